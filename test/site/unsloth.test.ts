// The site built from the unsloth sample (41 pages, every link resolves), checked in Chromium.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroCacheDir } from '../../src/site/astro-config.ts';
import { UNSLOTH } from '../helpers/paths.ts';
import { loadEach, openSite, violationsOn, watchErrors, type OpenSite } from './helpers.ts';
import { expectSearchFloor } from './search-floor.ts';

const SEED = '/heuristic/Learning_Rate_Tuning/';

let outDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let pages: string[];

let site: OpenSite | undefined;

beforeAll(async () => {
	site = await openSite(UNSLOTH);
	({ outDir, server, browser, context, pages } = site);
}, 900_000);

afterAll(() => site?.close());

describe('unsloth-sample site', () => {
	test('one build writes the site, the JSON export under /api/ (with the MCP search index), the Markdown for language models and the Pagefind index', () => {
		for (const file of ['index.html', 'lr/index.html', 'graph/index.html', 'wanted/index.html', 'recent/index.html', 'api/graph.json', 'api/lr-rules.json', 'api/pages.json', 'api/schema/graph.schema.json', 'api/search.json', 'api/page/heuristic/Learning_Rate_Tuning.json', 'llms.txt', 'llms-full.txt', 'heuristic/Learning_Rate_Tuning.md', 'pagefind/pagefind.js', 'search/words.json']) {
			expect(existsSync(join(outDir, file)), file).toBe(true);
		}
	});

	test("a page links its JSON and its Markdown, and llms.txt's links all resolve", async () => {
		const page = await context.newPage();
		await page.goto(server.url + SEED);
		const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]));
		expect(alternates).toEqual([
			['application/json', '/api/page/heuristic/Learning_Rate_Tuning.json'],
			['text/markdown', '/heuristic/Learning_Rate_Tuning.md'],
		]);
		for (const [, href] of alternates) expect((await page.request.get(server.url + href!)).status(), href!).toBe(200);
		const llms = await (await page.request.get(`${server.url}/llms.txt`)).text();
		const links = [...llms.matchAll(/\]\((\/[^)]+)\)/gu)].map((m) => m[1]!);
		expect(links.length).toBe(41 + 4);
		for (const link of links) expect((await page.request.get(server.url + link)).status(), link).toBe(200);
		await page.close();
	});

	test('typed questions about the unsloth sample find a page that answers them in the top 3 of the search page', async () => {
		await expectSearchFloor(outDir, 'unsloth-sample', 0.7);
	});

	test("Astro's content store holds what lists show, not page bodies (Astro bundles the whole store as one module)", async () => {
		const store = await readFile(join(astroCacheDir(UNSLOTH), 'data-store.json'), 'utf8');
		expect(store).toContain('Learning Rate Tuning');
		expect(store).not.toContain('<table');
		expect(store).not.toContain('<h2');
		// the pages still show their bodies, read from the build's run
		expect(await readFile(join(outDir, SEED.slice(1), 'index.html'), 'utf8')).toContain('<table');
	});

	test('every page loads with status 200 and without console errors', async () => {
		expect(pages.length).toBeGreaterThan(41 + 5);
		const { failed, errors } = await loadEach(context, server.url, pages);
		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('every page file of the content folder has its page', () => {
		for (const type of ['heuristic', 'workflow', 'principle', 'implementation', 'environment']) {
			expect(pages.filter((p) => p.startsWith(`/${type}/`) && p !== `/${type}/`).length, type).toBeGreaterThan(0);
		}
		expect(pages).toContain(SEED);
	});

	test('search for "learning rate" finds Heuristic:Learning_Rate_Tuning first', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/`);
		await page.fill('#site-search', 'learning rate');
		await page.press('#site-search', 'Enter');
		await page.waitForURL(/\/search\/\?q=learning/);
		const first = page.locator('#search-results li a').first();
		await first.waitFor();
		expect(await first.getAttribute('href')).toBe(SEED);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('type and domain filters narrow the results', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/search/?q=training`);
		await page.locator('#search-results li').first().waitFor();
		const all = await resultCount(page);
		await page.check('#search-filters input[name="type"][value="Workflow"]');
		await expectCountBelow(page, all);
		const types = await page.locator('#search-results li .badge').allTextContents();
		expect(types.length).toBeGreaterThan(0);
		expect(new Set(types)).toEqual(new Set(['Workflow']));
		await page.uncheck('#search-filters input[name="type"][value="Workflow"]');
		await page.check('#search-filters input[name="domain"][value="Optimization"]');
		await expectCountBelow(page, all);
		await page.close();
	});

	test('the recommender answers with a range and the rules behind it', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/lr/`);
		await page.selectOption('#rec-task', 'sft');
		await page.fill('#rec-params', '7B');
		await page.selectOption('#rec-method', 'qlora');
		await page.click('#rec-form button[type="submit"]');
		const range = page.locator('#rec-range');
		await range.waitFor();
		expect(await range.textContent()).toMatch(/^Learning rate: \d/);
		const rules = page.locator('#rec-rules li a');
		expect(await rules.count()).toBeGreaterThan(0);
		expect(await rules.first().getAttribute('href')).toMatch(/^\/heuristic\//);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the LR table filter narrows the rows', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/lr/`);
		const rows = page.locator('#rules-table tbody tr');
		const total = await rows.count();
		expect(total).toBeGreaterThan(1);
		await page.selectOption('#rule-filter select[name="method"]', 'full');
		const visible = await page.locator('#rules-table tbody tr:not([hidden])').count();
		expect(visible).toBeLessThan(total);
		await page.close();
	});

	test('backlinks link back: every page listed under the heuristic links to it', async () => {
		const page = await context.newPage();
		await page.goto(server.url + SEED);
		const backlinks = await page.locator('.related-group[data-direction="in"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(backlinks.length).toBeGreaterThan(3);
		for (const href of backlinks) {
			await page.goto(server.url + href);
			expect(await page.locator(`main a[href="${SEED}"]`).count(), href).toBeGreaterThan(0);
		}
		await page.close();
	});

	test('a workflow lists its steps in order and a mermaid diagram renders', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/workflow/QLoRA_Finetuning/`);
		expect(await page.locator('.related-group[data-relation="step"][data-direction="out"] ol li').count()).toBeGreaterThan(1);
		await page.locator('pre.mermaid svg').first().waitFor({ timeout: 20_000 });
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the graph view draws the graph', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/graph/`);
		await page.locator('#graph-canvas canvas').first().waitFor({ timeout: 20_000 });
		await expect.poll(() => page.locator('#graph-status').textContent()).toMatch(/^\d+ nodes and \d+ connections shown\.$/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the theme toggle switches to dark and is remembered', async () => {
		const page = await context.newPage();
		await page.goto(server.url + SEED);
		await page.click('#theme-toggle');
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		await page.reload();
		expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
		await page.evaluate(() => localStorage.clear());
		await page.close();
	});

	test('pages are readable without JavaScript', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(server.url + SEED);
		expect(await page.locator('h1').textContent()).toBe('Learning Rate Tuning');
		expect(await page.locator('.factbox dt').count()).toBeGreaterThan(2);
		await page.goto(`${server.url}/lr/`);
		expect(await page.locator('#rules-table tbody tr').count()).toBeGreaterThan(1);
		expect(await page.locator('#recommender').isVisible()).toBe(false);
		await page.goto(`${server.url}/graph/`);
		expect(await page.locator('#graph-list li').count()).toBeGreaterThan(41);
		await noJs.close();
	});

	test('axe finds no serious or critical violations on the main page kinds', async () => {
		const kinds = ['/', SEED, '/workflow/QLoRA_Finetuning/', '/heuristic/', '/domain/', '/domain/Fine_Tuning/', '/source/', '/property/', '/property/Uses_heuristic/', '/lr/', '/graph/', '/search/?q=learning+rate', '/recent/', '/wanted/'];
		expect(await violationsOn(browser, server.url, kinds)).toEqual([]);
	});
});

async function resultCount(page: import('playwright-core').Page): Promise<number> {
	const text = (await page.locator('#search-status').textContent()) ?? '';
	return Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
}

async function expectCountBelow(page: import('playwright-core').Page, all: number): Promise<void> {
	await expect.poll(async () => ((await page.locator('#search-status').textContent()) ?? '').includes('(filtered)')).toBe(true);
	const narrowed = await resultCount(page);
	expect(narrowed).toBeGreaterThan(0);
	expect(narrowed).toBeLessThan(all);
}
