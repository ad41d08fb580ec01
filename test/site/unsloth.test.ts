// The site built from the unsloth sample (41 pages, every link resolves), checked in Chromium.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroCacheDir } from '../../src/site/server/astro-config.ts';
import { UNSLOTH } from '../helpers/paths.ts';
import { crawlSite } from './crawl.ts';
import { loadEach, openSite, violationsOn, watchErrors, type OpenSite } from './helpers.ts';
import { expectSearchFloor } from './search-floor.ts';
import { brokenWords, overlapsOfFloats, shoot } from './layout.ts';

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
		for (const file of [
			'index.html',
			'lr/index.html',
			'graph/index.html',
			'wanted/index.html',
			'recent/index.html',
			'api/graph.json',
			'api/lr-rules.json',
			'api/pages.json',
			'api/schema/graph.schema.json',
			'api/search.json',
			'api/page/heuristic/Learning_Rate_Tuning.json',
			'llms.txt',
			'llms-full.txt',
			'heuristic/Learning_Rate_Tuning.md',
			'pagefind/pagefind.js',
			'search/words.json',
		]) {
			expect(existsSync(join(outDir, file)), file).toBe(true);
		}
	});

	test("a page links its JSON and its Markdown, and llms.txt's links all resolve", async () => {
		const page = await context.newPage();
		await page.goto(server.url + SEED);
		const alternates = await page
			.locator('link[rel="alternate"]')
			.evaluateAll((links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]));
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

	test('the build prints one line per phase outside a terminal, the site pages rendered as many as the HTML files indexed', () => {
		const lines = site!.log.trim().split('\n');
		expect(lines.map((l) => l.replace(outDir, 'OUT').replace(/\d+(?:\.\d+)?/gu, 'N'))).toEqual([
			'Parsed N pages in Ns.',
			"Bundled the site's code in Ns.",
			'Rendered N site pages in Ns.',
			'Indexed N HTML files for search in Ns.',
			'Built the site of N pages into OUT in Ns; N errors, N warnings, N infos in N files.',
		]);
		expect(/Rendered (\d+)/u.exec(site!.log)![1]).toBe(/Indexed (\d+)/u.exec(site!.log)![1]);
		expect(site!.log).not.toMatch(/\r|\x1b/u);
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

	test('on a phone the filters start closed, so the first result is in the window; a chosen filter keeps them open', async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await phone.newPage();
		await page.goto(`${server.url}/search/?q=learning+rate`);
		const first = page.locator('#search-results li').first();
		await first.waitFor();
		expect(await page.locator('#search-filters-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect((await first.boundingBox())!.y).toBeLessThan(844);
		await page.click('#search-filters-fold > summary');
		await page.check('#search-filters input[name="type"][value="Heuristic"]');
		expect(await page.locator('#search-filters-fold .filter-count').textContent()).toBe(' (1 chosen)');
		await page.reload();
		await page.locator('#search-results li').first().waitFor();
		expect(await page.locator('#search-filters-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await phone.close();
	});

	test('on a desktop the filters sit open beside the results', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/search/?q=learning+rate`);
		await page.locator('#search-results li').first().waitFor();
		expect(await page.locator('#search-filters-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
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
		const backlinks = await page
			.locator('.related-group[data-direction="in"] a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
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
		expect(
			await page.locator('.related-group[data-relation="step"][data-direction="out"] ol li').count(),
		).toBeGreaterThan(1);
		await page.locator('pre.mermaid svg').first().waitFor({ timeout: 20_000 });
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the graph view draws the graph', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.url}/graph/`);
		await page.locator('#graph-canvas canvas').first().waitFor({ timeout: 20_000 });
		await expect
			.poll(() => page.locator('#graph-status').textContent())
			.toMatch(/^\d+ nodes and \d+ connections shown\.$/);
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

	test('the theme button says what a press does, in its label and its accessible name, and carries no pressed state', async () => {
		for (const scheme of ['light', 'dark'] as const) {
			const themed = await browser.newContext({ colorScheme: scheme });
			const page = await themed.newPage();
			await page.goto(server.url + SEED);
			const button = page.getByRole('button', {
				name: scheme === 'light' ? 'Switch to the dark theme' : 'Switch to the light theme',
			});
			expect(await button.locator('.theme-label').textContent()).toBe(
				scheme === 'light' ? 'Dark theme' : 'Light theme',
			);
			expect(await button.getAttribute('aria-pressed')).toBeNull();
			await button.click();
			expect(await page.locator('html').getAttribute('data-theme')).toBe(scheme === 'light' ? 'dark' : 'light');
			expect(await page.locator('#theme-toggle .theme-label').textContent()).toBe(
				scheme === 'light' ? 'Light theme' : 'Dark theme',
			);
			expect(await page.locator('#theme-toggle').getAttribute('aria-label')).toBe(
				scheme === 'light' ? 'Switch to the light theme' : 'Switch to the dark theme',
			);
			await themed.close();
		}
	});

	test('every link, script, style and image of every page answers, and no count reads "1 pages"', async () => {
		const report = await crawlSite(outDir, server.url);
		expect(report.pages).toBeGreaterThan(41);
		expect(report.targets).toBeGreaterThan(report.pages);
		expect(report.broken).toEqual([]);
		expect(report.plurals).toEqual([]);
	});

	test('titles show spaces, as MediaWiki shows them: links without text, fact box values, graph labels', async () => {
		const page = await context.newPage();
		await page.goto(server.url + SEED);
		// `[[uses_heuristic::Workflow:QLoRA_Finetuning]]` in the body, with no text of its own
		const bodyLink = page.locator('.prose a[href="/workflow/QLoRA_Finetuning/"]').first();
		expect(await bodyLink.textContent()).toBe('Workflow:QLoRA Finetuning');
		const linkTexts = await page.locator('main a').allTextContents();
		expect(
			linkTexts.filter((t) => /^(?:Workflow|Heuristic|Principle|Implementation|Environment):\S*_/u.test(t)),
		).toEqual([]);
		expect(await page.locator('.factbox a[href="/domain/fine_tuning/"]').first().textContent()).toBe('Fine Tuning');
		const graph = (await (await page.request.get(`${server.url}/graph/data.json`)).json()) as {
			nodes: { kind: string; title: string }[];
		};
		expect(graph.nodes.filter((n) => n.kind === 'page' && n.title.includes('_'))).toEqual([]);
		await page.close();
	});

	test('LR conditions and notes read as text: code as code, no backticks or asterisks', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/lr/`);
		const text = (await page.locator('#rules-table tbody').textContent()) ?? '';
		expect(text).toContain('Start with 2e-4');
		expect(text).not.toMatch(/`|\*\*/u);
		expect(await page.locator('#rules-table tbody .meta-line code', { hasText: '2e-4' }).count()).toBeGreaterThan(0);
		await page.close();
	});

	test('empty sections are left out: no category or wanted-page link when there are none, no badge for infos alone', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		const nav = await page.locator('#site-nav a').allTextContents();
		expect(nav.join('|')).not.toMatch(/Categories|Wanted pages/u);
		expect(nav.join('|')).toMatch(/Domains/u);
		expect(await page.locator('main a[href="/wanted/"], main a[href="/category/"]').count()).toBe(0);
		// the seed page has infos only: no badge, and the dev panel is never in a build
		await page.goto(server.url + SEED);
		expect(await page.locator('.page-head a[href^="/diagnostics/"]').count()).toBe(0);
		expect(await page.locator('.dev-diagnostics').count()).toBe(0);
		await page.close();
	});

	test('/diagnostics/ lists every finding by rule and by page, each naming its file and line', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/diagnostics/`);
		const check = JSON.parse(await readFile(join(outDir, 'api', 'pages.json'), 'utf8')) as {
			pages: { diagnostics: number }[];
		};
		const total = check.pages.reduce((n, p) => n + p.diagnostics, 0);
		expect(total).toBeGreaterThan(0);
		expect(await page.locator('.diag-file ul.diagnostics li').count()).toBe(total);
		expect(await page.locator('.diag-file .diag-place').first().textContent()).toMatch(
			/^heuristics\/[^:]+\.(?:md|wiki|mediawiki|txt):\d+:\d+$/u,
		);
		await page.click('table a[href="/diagnostics/convention-mismatch/"]');
		expect(await page.locator('h1').textContent()).toBe('convention-mismatch');
		expect(await page.locator('ul.diagnostics li').count()).toBeGreaterThan(0);
		await page.close();
	});

	test('on a phone, cards, headings, badges and the navigation never break inside a word', async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await phone.newPage();
		for (const path of ['/', '/domain/', SEED, '/lr/', '/graph/', '/diagnostics/']) {
			await page.goto(server.url + path);
			expect(await brokenWords(page, '.card, h1, h2, h3, .badge, #site-nav a, .site-header, .lead'), path).toEqual([]);
		}
		await phone.close();
	});

	test('a learning rate never breaks inside a number, and the diagnostics by rule fit a phone without scrolling sideways', async () => {
		// 820 and 1100 px squeeze the rate column of this corpus's table most: there "5e-4" broke at its minus
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 820, height: 900 },
			{ width: 1100, height: 900 },
			{ width: 1366, height: 900 },
		]) {
			const sized = await browser.newContext({ viewport });
			const page = await sized.newPage();
			await page.goto(`${server.url}/lr/`);
			expect(await page.locator('#rules-table .lr-range').count()).toBeGreaterThan(0);
			expect(await brokenWords(page, '#rules-table .lr-range'), `${viewport.width}px`).toEqual([]);
			await page.goto(`${server.url}/diagnostics/`);
			const wrap = page.locator('#by-rule-heading + .table-wrap');
			if (viewport.width < 400) {
				expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
				// nor does a finding's quoted wikitext run off the screen
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
			}
			expect(await wrap.locator('tbody tr .rule-title').first().textContent()).not.toBe('');
			// what a rule means reads as text: a name it quotes is code, not backticks
			expect((await wrap.locator('tbody tr .rule-title').allTextContents()).filter((t) => t.includes('`'))).toEqual([]);
			await sized.close();
		}
	});

	test('a heading beside a floated infobox ends where the box begins, and the sidebar rule runs the height of the page', async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(server.url + SEED);
		expect(await page.locator('.prose [style*="float"]').count()).toBeGreaterThan(0);
		expect(await overlapsOfFloats(page)).toEqual([]);
		const rule = await page.evaluate(() => {
			const content = document.querySelector('.content')!.getBoundingClientRect();
			const footer = document.querySelector('.site-footer')!.getBoundingClientRect();
			const sidebar = document.querySelector('.sidebar')!.getBoundingClientRect();
			return {
				border: getComputedStyle(document.querySelector('.content')!).borderLeftWidth,
				gap: Math.abs(footer.top - content.bottom),
				contentTall: content.height > sidebar.height,
				left: Math.abs(content.left - sidebar.right),
			};
		});
		expect(rule).toEqual({ border: '1px', gap: 0, contentTall: true, left: 0 });
		await page.close();
	});

	test('the graph comes out the same on every load, without console warnings, and focuses on one page from the address', async () => {
		const page = await context.newPage();
		const warnings: string[] = [];
		page.on('console', (msg) =>
			msg.type() === 'warning' || msg.type() === 'error' ? warnings.push(msg.text()) : undefined,
		);
		const picture = async () => {
			await page.goto(`${server.url}/graph/`);
			await expect
				.poll(() => page.locator('#graph-status').textContent())
				.toMatch(/^\d+ nodes and \d+ connections shown\.$/u);
			await page.waitForTimeout(300);
			return page.locator('#graph-canvas').screenshot();
		};
		const first = await picture();
		expect((await picture()).equals(first)).toBe(true);
		await page.goto(`${server.url}/graph/?focus=Heuristic:Learning_Rate_Tuning&depth=2`);
		await expect
			.poll(() => page.locator('#graph-status').textContent())
			.toMatch(/^Learning Rate Tuning: \d+ pages within 2 steps\.$/u);
		expect(await page.inputValue('#graph-find')).toBe('Learning Rate Tuning');
		await page.selectOption('#graph-depth', '1');
		await expect.poll(() => page.locator('#graph-status').textContent()).toMatch(/within 1 step\.$/u);
		expect(new URL(page.url()).search).toBe('?focus=Heuristic%3ALearning_Rate_Tuning&depth=1');
		await page.click('#graph-whole');
		await expect.poll(() => page.locator('#graph-status').textContent()).toMatch(/connections shown\.$/u);
		expect(new URL(page.url()).search).toBe('');
		expect(warnings).toEqual([]);
		await page.close();
	});

	test('each page has a small graph of its neighbours, loaded only when it scrolls into view, and a list without JavaScript', async () => {
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => (request.resourceType() === 'script' ? scripts.push(request.url()) : undefined));
		await page.goto(server.url + SEED, { waitUntil: 'networkidle' });
		const before = scripts.length;
		expect(await page.locator('#local-graph').getAttribute('data-drawn')).toBeNull();
		await page.locator('#local-graph').scrollIntoViewIfNeeded();
		await page.locator('#local-graph[data-drawn] canvas').first().waitFor({ timeout: 20_000 });
		expect(scripts.length).toBeGreaterThan(before);
		expect(await page.locator('#local-graph a').getAttribute('href')).toBe(
			'/graph/?focus=Heuristic%3ALearning_Rate_Tuning&depth=2',
		);
		await page.close();
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto(server.url + SEED);
		expect(await plain.locator('#local-graph').isVisible()).toBe(false);
		expect(await plain.locator('.related-group a').count()).toBeGreaterThan(3);
		await noJs.close();
	});

	test('screenshots of the main page kinds, phone and desktop, light and dark, for a person to look at', async () => {
		const written = await shoot(browser, server.url, 'unsloth', [
			'/',
			SEED,
			'/graph/',
			'/graph/?focus=Heuristic:Learning_Rate_Tuning&depth=2',
			'/lr/',
			'/diagnostics/',
			'/domain/',
		]);
		expect(written.length).toBe(7 * 4);
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
		const kinds = [
			'/',
			SEED,
			'/workflow/QLoRA_Finetuning/',
			'/heuristic/',
			'/domain/',
			'/domain/Fine_Tuning/',
			'/source/',
			'/property/',
			'/property/Uses_heuristic/',
			'/lr/',
			'/graph/',
			'/search/?q=learning+rate',
			'/recent/',
			'/wanted/',
		];
		expect(await violationsOn(browser, server.url, kinds)).toEqual([]);
	});
});

async function resultCount(page: import('playwright-core').Page): Promise<number> {
	const text = (await page.locator('#search-status').textContent()) ?? '';
	return Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
}

async function expectCountBelow(page: import('playwright-core').Page, all: number): Promise<void> {
	await expect
		.poll(async () => ((await page.locator('#search-status').textContent()) ?? '').includes('(filtered)'))
		.toBe(true);
	const narrowed = await resultCount(page);
	expect(narrowed).toBeGreaterThan(0);
	expect(narrowed).toBeLessThan(all);
}
