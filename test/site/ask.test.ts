// The query pages of the site, in Chromium: a page's {{#ask:}} results, and the /ask/ page running queries in the
// browser on graph.json (the query in the address, problems with a caret, hostile text kept as text).
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SMW_QUERIES } from '../helpers/paths.ts';
import { loadStatus, openSite, watchErrors, type OpenSite } from './helpers.ts';

let site: OpenSite | undefined;
let context: BrowserContext;
let url: string;

const askUrl = (query: string) => `${url}/ask/?q=${encodeURIComponent(query)}`;

beforeAll(async () => {
	site = await openSite(SMW_QUERIES);
	context = site.context;
	url = site.server.url;
}, 900_000);

afterAll(() => site?.close());

test('every page loads without console errors, the /ask/ page among them', async () => {
	expect(site!.pages).toContain('/ask/');
	const page = await context.newPage();
	const errors = watchErrors(page);
	for (const path of site!.pages) expect(await loadStatus(page, url + path), path).toBe(200);
	expect(errors).toEqual([]);
	await page.close();
}, 300_000);

test("a page shows its queries' results", async () => {
	const page = await context.newPage();
	await page.goto(`${url}/page/Town_overview/`);
	expect(await page.locator('table.smwtable:not(.broadtable) tr td:first-child a').allTextContents()).toEqual([
		'Westport',
		'Nordhavn',
		'Millbrook',
		'Fjellby',
		'Isby',
	]);
	expect(await page.locator('p', { hasText: 'There are' }).textContent()).toBe('There are 5 towns.');
	await page.close();
});

test('/ask/ runs the query in the address on graph.json and links to the next results', async () => {
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(askUrl('[[Category:Town]]|?Population|?Located in=Country|sort=Population|order=desc|limit=3'));
	await page.locator('#ask-result table').waitFor();
	expect(await page.locator('#ask-result th').allTextContents()).toEqual(['Page', 'Population', 'Country']);
	expect(
		await page
			.locator('#ask-result tbody tr')
			.evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent))),
	).toEqual([
		['Westport', '2,100,000', 'Arland'],
		['Nordhavn', '709,000', ''],
		['Millbrook', '522,000', 'Arland'],
	]);
	expect(await page.locator('#ask-result tbody a', { hasText: 'Westport' }).getAttribute('href')).toBe(
		'/page/Westport/',
	);
	expect(await page.locator('#ask-result .meta-line').textContent()).toBe('Results 1 to 3 of 5. Next results');
	await page.locator('#ask-result a', { hasText: 'Next results' }).click();
	await page.waitForURL(/offset%3D3/u);
	await page.locator('#ask-result table').waitFor();
	expect(await page.locator('#ask-result tbody td:first-child').allTextContents()).toEqual(['Fjellby', 'Isby']);
	expect(errors).toEqual([]);
	await page.close();
});

test('/ask/ asks what is typed, keeps it in the address, and shows problems with a caret', async () => {
	const page = await context.newPage();
	await page.goto(`${url}/ask/`);
	await page.locator('#ask-query').fill('[[Population::>>abc]]|format=count');
	await page.locator('#ask-form button').click();
	await page.locator('.ask-count').waitFor();
	expect(decodeURIComponent(new URL(page.url()).searchParams.get('q')!)).toBe('[[Population::>>abc]]|format=count');
	expect(await page.locator('.ask-issues pre').textContent()).toBe(
		'error: The value `>>abc` of `Population` cannot be read: "abc" is not a number. The condition is read as "any value".\n  [[Population::>>abc]]|format=count\n                ^^^^^\n',
	);
	expect(await page.locator('.ask-count').textContent()).toBe('5');
	await page.goBack();
	await page.waitForURL(`${url}/ask/`);
	expect(await page.locator('#ask-query').inputValue()).toBe('');
	await page.close();
});

test('/ask/ shows csv and json as files; hostile query text stays text', async () => {
	const page = await context.newPage();
	await page.goto(askUrl('[[Category:Capital]]|?Population|format=csv'));
	await page.locator('.ask-file').waitFor();
	expect(await page.locator('.ask-file').textContent()).toBe(',Population\nNordhavn,"709,000"\nWestport,"2,100,000"\n');
	await page.goto(askUrl('[[Category:Capital]]|?Population|format=json'));
	await page.locator('.ask-file').waitFor();
	const json = JSON.parse((await page.locator('.ask-file').textContent())!) as {
		query: { results: Record<string, { fullurl: string }> };
	};
	expect(json.query.results.Westport!.fullurl).toBe(`${url}/page/Westport/`);
	let dialogs = 0;
	page.on('dialog', (d) => void (dialogs++, d.dismiss()));
	await page.goto(
		askUrl(
			'[[Category:<img src=x onerror=alert(1)>]]|?<script>alert(2)</script>|mainlabel=<b onmouseover=alert(3)>x</b>',
		),
	);
	await page.locator('#ask-result .meta-line').waitFor();
	expect(await page.locator('#ask-result img, #ask-result script, #ask-result b').count()).toBe(0);
	expect(dialogs).toBe(0);
	await page.close();
});

test('property and category pages link to /ask/ with their query', async () => {
	const page = await context.newPage();
	await page.goto(`${url}/property/Population/`);
	await page.locator('a', { hasText: 'Query the pages that have it' }).click();
	await page.locator('#ask-result table').waitFor();
	expect(await page.locator('#ask-query').inputValue()).toBe('[[Population::+]]|?Population');
	expect(await page.locator('#ask-result tbody tr').count()).toBe(5);
	await page.goto(`${url}/category/Capital/`);
	await page.locator('a', { hasText: 'Query the pages in this category' }).click();
	await page.locator('#ask-result table').waitFor();
	expect(await page.locator('#ask-result tbody td:first-child').allTextContents()).toEqual(['Nordhavn', 'Westport']);
	await page.close();
});
