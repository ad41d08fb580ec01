// The site built from kapso-wikis (634 machine-generated pages, many red links), checked in Chromium.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KAPSO } from '../helpers/paths.ts';
import { crawlSite } from './crawl.ts';
import { loadEach, openSite, violationsOn, watchErrors, type OpenSite } from './helpers.ts';
import { expectSearchFloor } from './search-floor.ts';
import { shoot } from './layout.ts';

let outDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let pages: string[];

/** Every n-th page, so the sample spreads over all types and stays the same from run to run. */
function spreadSample(list: readonly string[], size: number): string[] {
	const step = Math.max(1, Math.floor(list.length / size));
	return list.filter((_, i) => i % step === 0).slice(0, size);
}

let site: OpenSite | undefined;

beforeAll(async () => {
	site = await openSite(KAPSO);
	({ outDir, server, browser, context, pages } = site);
}, 900_000);

afterAll(() => site?.close());

describe('kapso-wikis site', () => {
	test('all index pages and a sample of 100 pages load with status 200 and without console errors', async () => {
		const indexes = pages.filter((p) => p.split('/').length <= 3);
		const nodes = pages.filter((p) => p.split('/').length > 3);
		expect(nodes.length).toBeGreaterThan(634);
		const sample = [...indexes, ...spreadSample(nodes, 100)];
		const { failed, errors } = await loadEach(context, server.url, sample);
		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('search for "learning rate" finds results, and the type filter narrows them', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/search/?q=learning+rate`);
		await page.locator('#search-results li').first().waitFor();
		const all = Number(/^(\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
		expect(all).toBeGreaterThan(1);
		await page.check('#search-filters input[name="type"][value="Principle"]');
		await expect.poll(async () => (await page.locator('#search-status').textContent()) ?? '').toContain('(filtered)');
		const narrowed = Number(/^(\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
		expect(narrowed).toBeGreaterThan(0);
		expect(narrowed).toBeLessThan(all);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a missing page says it does not exist and links back to the pages that link to it', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/wanted/`);
		const missing = page.locator('main table tbody tr td:first-child a').first();
		const href = (await missing.getAttribute('href'))!;
		await page.goto(server.url + href);
		expect(await page.locator('.notice').textContent()).toContain('does not exist');
		const linkers = await page
			.locator('.related-group a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(linkers.length).toBeGreaterThan(0);
		await page.goto(server.url + linkers[0]);
		expect(await page.locator(`main a[href="${href}"]`).count()).toBeGreaterThan(0);
		await page.close();
	});

	test('a wanted page whose name ends an existing page name points at that page', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/wanted/`);
		const row = page.locator('main table tbody tr', {
			has: page.locator('code', { hasText: /^Implementation:Benchmark_moe$/u }),
		});
		const meant = row.locator('.meta-line', { hasText: 'Did you mean' }).locator('a');
		expect(await meant.getAttribute('href')).toBe('/implementation/Vllm-project_vllm_Benchmark_moe/');
		const response = await page.goto(server.url + (await meant.getAttribute('href'))!);
		expect(response?.status()).toBe(200);
		expect(await page.locator('.notice', { hasText: 'does not exist' }).count()).toBe(0);
		// the red link's own page gives the same hint, and names the file in the format of the pages linking to it
		await page.goto(`${server.url}/implementation/Benchmark_moe/`);
		const notice = page.locator('.notice');
		expect(await notice.textContent()).toContain('Create implementations/Benchmark_moe.md to write it.');
		expect(await notice.locator('a').getAttribute('href')).toBe('/implementation/Vllm-project_vllm_Benchmark_moe/');
		await page.close();
	});

	test('a formula renders with KaTeX and a mermaid diagram draws', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/principle/Huggingface_peft_Adapter_Serialization/`);
		expect(await page.locator('.prose .katex').count()).toBeGreaterThan(0);
		await page.goto(`${server.url}/workflow/Huggingface_peft_Multi_Adapter_Management/`);
		await page.locator('pre.mermaid svg').first().waitFor({ timeout: 30_000 });
		expect(errors).toEqual([]);
		await page.close();
	});

	test('typed questions about the corpus find a page that answers them in the top 3 of the search page', async () => {
		await expectSearchFloor(outDir, 'kapso-wikis', 0.75);
	});

	test('every link, script, style and image of every page answers, and no count reads "1 pages"', async () => {
		const report = await crawlSite(outDir, server.url);
		expect(report.pages).toBeGreaterThan(634);
		expect(report.broken).toEqual([]);
		expect(report.plurals).toEqual([]);
	}, 600_000);

	test('a display title that spells the page name shows spaces', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/environment/Huggingface_peft_Core_Environment/`);
		expect(await page.locator('h1').textContent()).toBe('huggingface peft Core Environment');
		await page.close();
	});

	test("a page's badge counts its errors and warnings and leads to them on /diagnostics/, each with file and line", async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/diagnostics/`);
		// what each rule means reads as text: the names it quotes are code, not backticks
		const meanings = page.locator('#by-rule-heading + .table-wrap .rule-title');
		expect(await meanings.count()).toBeGreaterThan(2);
		expect((await meanings.allTextContents()).filter((t) => t.includes('`'))).toEqual([]);
		expect(await meanings.locator('code').count()).toBeGreaterThan(0);
		const heading = page.locator('.diag-file:has(.severity-warning) h3 a').first();
		const pageUrl = (await heading.getAttribute('href'))!;
		await page.goto(server.url + pageUrl);
		const badge = page.locator('.page-head a.badge-warning, .page-head a.badge-error');
		const label = (await badge.textContent()) ?? '';
		expect(label).toMatch(/^(?:\d+ errors?, )?\d+ warnings?$/u);
		expect(await badge.getAttribute('href')).toMatch(/^\/diagnostics\/#file-/u);
		await badge.click();
		const section = page.locator(':target');
		expect(await section.locator('h3 a').getAttribute('href')).toBe(pageUrl);
		expect(await section.locator('li.severity-warning').count()).toBe(Number(/(\d+) warnings?/u.exec(label)?.[1]));
		expect(await section.locator('.diag-place').first().textContent()).toMatch(/^[a-z]+s\/.+:\d+:\d+$/u);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the graph of 634 pages draws, and a screenshot of it and of /diagnostics/ is taken', async () => {
		const written = await shoot(browser, server.url, 'kapso', [
			'/graph/',
			'/diagnostics/',
			'/environment/Huggingface_peft_Core_Environment/',
		]);
		expect(written.length).toBe(12);
	}, 300_000);

	test('axe finds no serious or critical violations on the main page kinds', async () => {
		const kinds = [
			'/',
			'/diagnostics/',
			'/implementation/',
			'/principle/Huggingface_peft_Adapter_Serialization/',
			'/workflow/Huggingface_peft_Multi_Adapter_Management/',
			'/category/',
			'/wanted/',
			'/lr/',
		];
		expect(await violationsOn(browser, server.url, kinds)).toEqual([]);
	});
});
