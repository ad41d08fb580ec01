// The site of the Semantic MediaWiki-style test wiki, checked in Chromium: property pages, categories, redirects.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SMW_WIKI } from '../helpers/paths.ts';
import { openSite, watchErrors, type OpenSite } from './helpers.ts';

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
			const response = await page.goto(url + path, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
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
		expect(await page.locator('#members-heading + .table-wrap tbody tr td:first-child > a').allTextContents()).toEqual(['Kangchenjunga', 'Lhotse', 'Mount Everest']);
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
		expect(await page.locator('.factbox, [aria-label^="Facts"], section').filter({ hasText: 'Has summit temperature' }).count()).toBeGreaterThan(0);
		await page.goto(`${url}/help/Datatypes/`);
		expect(await page.locator('.prose').textContent()).toContain('Mount Everest has a page. 2 + 3 × 4 = 14.');
		await page.close();
	});
});
