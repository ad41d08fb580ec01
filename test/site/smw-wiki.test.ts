// The site of the Semantic MediaWiki-style test wiki, checked in Chromium: property pages, categories, redirects,
// and the site's pages for a wiki of namespaces other than kapso's page types (home, graph, diagnostics).
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SMW_WIKI } from '../helpers/paths.ts';
import { crawlSite } from './crawl.ts';
import { loadStatus, openSite, watchErrors, type OpenSite } from './helpers.ts';

let site: OpenSite | undefined;
let context: BrowserContext;
let url: string;

beforeAll(async () => {
	site = await openSite(SMW_WIKI);
	context = site.context;
	url = site.server.url;
}, 900_000);

afterAll(() => site?.close());

describe('SMW test wiki site', () => {
	test('every page loads without console errors', async () => {
		const page = await context.newPage();
		const errors = watchErrors(page);
		for (const path of site!.pages) {
			expect(await loadStatus(page, url + path), path).toBe(200);
		}
		expect(errors).toEqual([]);
		await page.close();
	}, 300_000);

	test('property pages show their declared type and declaration, or the default type', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/property/Has_height/`);
		expect(await page.locator('.declaration [data-type]').textContent()).toBe('Quantity');
		expect(await page.locator('.declaration').textContent()).toContain('3.28084 ft, feet');
		expect(await page.locator('.prose').textContent()).toContain('The height of a mountain above sea level.');
		await page.goto(`${url}/property/Located_in/`);
		expect(await page.locator('.declaration a[href="/property/Has_country/"]').textContent()).toBe('Has country');
		await page.goto(`${url}/property/Has_type/`);
		expect(await page.locator('.declaration').textContent()).toContain('predefined by Semantic MediaWiki');
		await page.close();
	});

	test('a category page shows its text, its subcategories and its pages in sort-key order', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/category/Eight-thousanders/`);
		// sort keys: Everest (|Everest), K2 (|K2), Kangchenjunga (|Kangchenjunga), Lhotse (DEFAULTSORT "Lhotse, Mount")
		const members = await page.locator('#members-heading + .table-wrap tbody tr td:first-child > a').allTextContents();
		expect(members).toEqual(['Mount Everest', 'K2', 'Kangchenjunga', 'Lhotse']);
		expect(await page.locator('.prose').textContent()).toContain('higher than 8,000 metres');
		await page.goto(`${url}/category/Mountains/`);
		expect(await page.locator('.category-members a').allTextContents()).toEqual(['Eight-thousanders']);
		await page.goto(`${url}/category/Peaks_in_Nepal/`);
		expect(await page.locator('#members-heading + .table-wrap tbody tr td:first-child > a').allTextContents()).toEqual([
			'Kangchenjunga',
			'Lhotse',
			'Mount Everest',
		]);
		await page.close();
	});

	test('a redirect page sends the reader to its target without script, also from a link to it', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/page/Chomolungma/`);
		await page.waitForURL(`${url}/page/Mount_Everest/`);
		expect(await page.locator('h1').textContent()).toBe('Mount Everest');
		const noScript = await context.browser()!.newContext({ javaScriptEnabled: false });
		const plain = await noScript.newPage();
		const response = await plain.request.get(`${url}/page/Everest/`);
		const html = await response.text();
		expect(html).toContain('<link rel="canonical" href="/page/Mount_Everest/">');
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/page/Mount_Everest/">');
		expect(html).toMatch(/<a href="\/page\/Mount_Everest\/"[^>]*>Mount Everest<\/a>/u);
		// a redirect in a loop says so instead of refreshing forever
		const loop = await (await plain.request.get(`${url}/page/Loop_A/`)).text();
		expect(loop).not.toContain('http-equiv="refresh"');
		expect(loop).toContain('go round in a loop');
		await noScript.close();
		// as in MediaWiki, a link names the redirect, whose page sends the reader on
		await page.goto(`${url}/page/Main_Page/`);
		await page.locator('.prose a', { hasText: 'Chomolungma' }).click();
		await page.waitForURL(`${url}/page/Mount_Everest/`);
		await page.close();
	});

	test('a page shows its expanded template: the infobox table and the facts it set', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/page/Mount_Everest/`);
		expect(await page.locator('.prose table.infobox').textContent()).toContain('29032 ft');
		expect(await page.locator('.prose').textContent()).not.toContain('DISPLAYTITLE');
		expect(
			await page
				.locator('.factbox, [aria-label^="Facts"], section')
				.filter({ hasText: 'Has summit temperature' })
				.count(),
		).toBeGreaterThan(0);
		await page.goto(`${url}/help/Datatypes/`);
		expect(await page.locator('.prose').textContent()).toContain('Mount Everest has a page. 2 + 3 × 4 = 14.');
		await page.close();
	});

	test('every link, script, style and image of every page answers, and no count reads "1 pages"', async () => {
		const report = await crawlSite(site!.outDir, url);
		expect(report.pages).toBeGreaterThan(39);
		expect(report.broken).toEqual([]);
		expect(report.plurals).toEqual([]);
	}, 300_000);

	test('the home page names what the wiki has: its namespaces, and no "0 domains" or empty "By type"', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/`);
		expect(await page.locator('.lead').first().textContent()).toBe('34 pages.');
		expect(await page.locator('#types-heading').count()).toBe(0);
		expect(await page.locator('section[aria-labelledby="namespaces-heading"] .label').allTextContents()).toEqual([
			'Main namespace',
			'Concept',
			'Help',
			'Template',
		]);
		expect(await page.locator('a.card[href="/search/"] p').textContent()).toBe(
			'Full-text search with filters by namespace.',
		);
		await page.close();
	});

	test("the graph draws the wiki's namespaces, links and categories; a redirect is no node, and its name focuses on its target", async () => {
		const page = await context.newPage();
		const warnings: string[] = [];
		page.on('console', (msg) =>
			msg.type() === 'warning' || msg.type() === 'error' ? warnings.push(msg.text()) : undefined,
		);
		await page.goto(`${url}/graph/`);
		await expect
			.poll(() => page.locator('#graph-status').textContent())
			.toMatch(/^\d+ nodes and \d+ connections shown\.$/u);
		const status = (await page.locator('#graph-status').textContent())!;
		expect(Number(/^(\d+) nodes/u.exec(status)![1])).toBeGreaterThan(30);
		expect(Number(/and (\d+) connections/u.exec(status)![1])).toBeGreaterThan(30);
		expect(
			await page
				.locator('#graph-controls input[name="show"]:checked')
				.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
		).toEqual(['', 'Concept', 'Help', 'Property', 'Category']);
		expect(await page.locator('#graph-controls input[name="links"]').isChecked()).toBe(true);
		const data = (await (await page.request.get(`${url}/graph/data.json`)).json()) as {
			nodes: { id: string; kind: string; aliases?: { id: string }[] }[];
			edges: { relation: string }[];
		};
		expect(data.nodes.filter((n) => n.kind === 'redirect')).toEqual([]);
		expect(data.edges.filter((e) => e.relation === 'redirect')).toEqual([]);
		expect(data.nodes.find((n) => n.id === 'Mount_Everest')?.aliases?.map((a) => a.id)).toEqual([
			'Chomolungma',
			'Everest',
		]);
		expect(await page.locator('#graph-titles option[value="Chomolungma"]').count()).toBe(1);
		await page.goto(`${url}/graph/?focus=Everest`);
		await expect
			.poll(() => page.locator('#graph-status').textContent())
			.toMatch(/^Mount Everest: \d+ pages within 1 step\.$/u);
		expect(await page.inputValue('#graph-find')).toBe('Mount Everest');
		await page.fill('#graph-find', 'Chomolungma');
		await page.press('#graph-find', 'Enter');
		expect(new URL(page.url()).searchParams.get('focus')).toBe('Mount_Everest');
		expect(warnings).toEqual([]);
		await page.close();
	});

	test("a page's small graph has no redirect among its neighbours; a category page lists its members once and no empty columns", async () => {
		const page = await context.newPage();
		await page.goto(`${url}/page/Mount_Everest/`);
		const hood = JSON.parse((await page.locator('#local-graph-data').textContent())!) as { nodes: { id: string }[] };
		expect(hood.nodes.map((n) => n.id)).toContain('Nepal');
		expect(hood.nodes.map((n) => n.id)).not.toContain('Everest');
		expect(hood.nodes.map((n) => n.id)).not.toContain('Chomolungma');
		await page.locator('#local-graph').scrollIntoViewIfNeeded();
		await page.locator('#local-graph[data-drawn] canvas').first().waitFor({ timeout: 20_000 });
		await page.goto(`${url}/category/Mountains/`);
		expect(await page.locator('.related-group[data-relation="category"]').count()).toBe(0);
		expect(await page.locator('#local-graph').count()).toBe(0);
		expect(await page.locator('#members-heading + .table-wrap th').allTextContents()).toEqual(['Page']);
		await page.close();
	});

	test('on a phone the navigation below the page spans its width, however short its links', async () => {
		const phone = await site!.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await phone.newPage();
		await page.goto(`${url}/category/Mountains/`);
		const nav = (await page.locator('#site-nav').boundingBox())!;
		expect([nav.x, nav.width]).toEqual([0, 390]);
		await phone.close();
	});

	test('a property that redirects links its target and shows no empty table', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/property/Has_elevation/`);
		expect(await page.locator('.declaration a[href="/property/Has_height/"]').textContent()).toBe('Has height');
		expect(await page.locator('main').textContent()).not.toContain('#REDIRECT');
		expect(await page.locator('main table').count()).toBe(0);
		expect(await page.locator('main .lead').textContent()).toBe('No page states this property under this name.');
		await page.goto(`${url}/property/`);
		expect(await page.locator('main .lead').textContent()).toContain(
			'and 1 more is declared by a Property: page but not used',
		);
		await page.close();
	});

	test('/diagnostics/ lists the rules of redirects and stored annotations, each with what it means', async () => {
		const page = await context.newPage();
		await page.goto(`${url}/diagnostics/`);
		const rows = await page
			.locator('#by-rule-heading + .table-wrap tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.querySelector('code')!.textContent,
					tr.querySelector('.rule-title')!.textContent!.length > 20,
				]),
			);
		expect(rows).toEqual([
			['redirect-loop', true],
			['redirect-chain', true],
			['annotation-not-stored', true],
		]);
		expect(await page.locator('main').textContent()).toContain('1 annotation of this page is not a fact');
		await page.goto(`${url}/diagnostics/redirect-loop/`);
		expect(await page.locator('main').textContent()).toContain('2 findings in 2 files.');
		await page.close();
	});
});
