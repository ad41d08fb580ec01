// A site built with a base path works under that path only: served by a server that answers nothing outside it,
// every page is visited and every request must stay under the base and succeed, search, the recommender, the
// graph, diagrams, the JSON export, the feed and the sitemap included. The content is the repository's own, plus
// pages whose titles differ only in letter case and pages with non-Latin titles, linked from each other.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';
import { buildSite, CONTENT_TYPES, launchBrowser, settle, sitePages } from './helpers.ts';

/** Given without its trailing slash, as users write it; the site lives at `/some/path/`. */
const BASE_OPTION = '/some/path';
const BASE = '/some/path/';
const SITE = 'https://kb.example.org';

const EXTRA: Readonly<Record<string, string>> = {
	'heuristics/Learning_rate_tuning.wiki':
		'== Overview ==\nA second page whose title differs from [[Heuristic:Learning Rate Tuning]] only in letter case.\n[[domain::LLMs]]\n== Related Pages ==\n* [[related::Heuristic:Größe der Lernrate]]\n',
	'heuristics/Größe_der_Lernrate.wiki':
		'== Overview ==\nGerman title. See [[Heuristic:Learning rate tuning]] and [[Heuristic:学习率]].\n[[domain::LLMs]]\n{{#mermaid:graph TD\n  A[Größe] --> B[学习率]\n}}\n== Related Pages ==\n* [[related::Heuristic:Learning Rate Tuning]]\n',
	'heuristics/学习率.wiki':
		'== Overview ==\n学习率 is the learning rate. Use 2e-4 for QLoRA on 7B models.\n[[domain::LLMs]]\n== Related Pages ==\n* [[related::Heuristic:Größe der Lernrate]]\n',
	// Semantic MediaWiki's page model under the base too: a property page, a category page, a template setting facts,
	// a subpage in another namespace, a redirect in the main namespace.
	'Property/Has_size.wiki':
		'[[Has type::Number]] The size of a model, in parameters, as [[Heuristic:Learning Rate Tuning]] states it.\n',
	'Category/Sized_pages.wiki': 'Pages that state a size.\n',
	'Template/Sized.wiki': '<includeonly>Size: [[Has size::{{{1}}}]][[Category:Sized pages]]</includeonly>\n',
	'Help/Guide/Intro.wiki':
		'== Overview ==\nA subpage of the guide. {{Sized|7e9}} See [[LR]] and [[Help:Guide/Intro#Overview|this section]].\n',
	'LR.wiki': '#REDIRECT [[Heuristic:Learning Rate Tuning]]\n',
};

let root: string;
let outDir: string;
let server: { url: string; close: () => Promise<void>; outside: string[] };
let browser: Browser;
let context: BrowserContext;
let pages: string[];

/**
 * A static server for a site built with a base path: it serves the site below `base` only (`base/x/` is
 * `x/index.html`); everything else, and every file missing below it, is a 404. Requests outside the base are
 * recorded.
 */
async function serveUnder(dir: string, base: string): Promise<typeof server> {
	const outside: string[] = [];
	const http: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const notFound = () => {
			res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html']! });
			res.end(readFileSync(join(dir, '404.html')));
		};
		if (!path.startsWith(base)) {
			outside.push(req.url ?? '');
			return notFound();
		}
		let file = resolve(dir, `./${path.slice(base.length)}`);
		if (file !== dir && !file.startsWith(dir + sep)) return notFound();
		if (path.endsWith('/')) file = join(file, 'index.html');
		try {
			const body = readFileSync(file);
			res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			notFound();
		}
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
	const address = http.address();
	return {
		url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
		outside,
		close: () => new Promise((r) => http.close(() => r())),
	};
}

/** Everything that went wrong on a page: requests outside the base, failed requests and responses, console errors. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && !url.pathname.startsWith(BASE))
			problems.push(`outside the base: ${request.url()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('requestfailed', (request) => {
		if (request.failure()?.errorText !== 'net::ERR_ABORTED')
			problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
	return problems;
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'wikikb-base-'));
	const content = join(root, 'content');
	cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
	for (const [file, text] of Object.entries(EXTRA)) {
		mkdirSync(dirname(join(content, file)), { recursive: true });
		writeFileSync(join(content, file), text);
	}
	({ outDir } = await buildSite(content, join(root, 'site'), ['--base', BASE_OPTION, '--site', SITE]));
	server = await serveUnder(outDir, BASE);
	browser = await launchBrowser();
	context = await browser.newContext();
	pages = await sitePages(outDir);
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

/** A site path of the build as the browser requests it. */
const at = (path: string) => `${server.url}${BASE}${path.slice(1)}`;

test('every page loads under the base, and so does everything it asks for', async () => {
	expect(pages.length).toBeGreaterThan(80);
	const page = await context.newPage();
	const problems = watch(page);
	const links = new Set<string>();
	for (const path of pages) {
		const response = await page.goto(at(path));
		expect(response?.status(), path).toBe(200);
		await settle(page);
		for (const link of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
			links.add(link);
	}
	await page.close();
	expect(problems).toEqual([]);
	// Every link to this site, from any page, names a file of the build (pages, API files, feed).
	const broken: string[] = [];
	for (const link of links) {
		const url = new URL(link);
		if (url.origin !== server.url) continue;
		const response = await fetch(url.href.replace(url.hash, ''));
		if (response.status !== 200 || !url.pathname.startsWith(BASE)) broken.push(`${response.status} ${link}`);
	}
	expect(broken).toEqual([]);
	expect(server.outside).toEqual([]);
	// A crawl of every page: its time grows with the pages and the machine's load, not a measure of anything.
}, 600_000);

test('the pages whose titles differ only in case are two pages, each linked where it is named', async () => {
	const page = await context.newPage();
	await page.goto(at('/heuristic/Größe_der_Lernrate/'));
	const lower = page.locator('.prose a', { hasText: 'Heuristic:Learning rate tuning' }).first();
	await lower.click();
	await page.waitForLoadState();
	expect(new URL(page.url()).pathname).toMatch(/^\/some\/path\/heuristic\/Learning_rate_tuning~~case-[0-9a-f]{8}\/$/u);
	expect(await page.locator('h1').textContent()).toBe('Learning rate tuning');
	await page.goto(at('/heuristic/Learning_Rate_Tuning/'));
	expect(await page.locator('h1').textContent()).toBe('Learning Rate Tuning');
	await page.close();
});

describe('the parts that run in the browser', () => {
	test('search finds pages and links to them under the base', async () => {
		const page = await context.newPage();
		const problems = watch(page);
		await page.goto(at('/search/?q=learning'));
		await page.locator('#search-results li a').first().waitFor();
		const results = await page
			.locator('#search-results li a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(results.length).toBeGreaterThan(0);
		for (const link of results) expect(link.startsWith(BASE), link).toBe(true);
		await page.locator('#search-results li a').first().click();
		await page.waitForLoadState('networkidle');
		expect(await page.locator('main h1').count()).toBe(1);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('the header search box submits to the search page under the base', async () => {
		const page = await context.newPage();
		const problems = watch(page);
		await page.goto(at('/'));
		await page.fill('#site-search', '学习率');
		await page.press('#site-search', 'Enter');
		await page.locator('#search-results li a').first().waitFor();
		expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
		expect(await page.locator('#search-results li a').first().textContent()).toBe('学习率');
		expect(problems).toEqual([]);
		await page.close();
	});

	test('the recommender links the rules behind its answer under the base', async () => {
		const page = await context.newPage();
		const problems = watch(page);
		await page.goto(at('/lr/'));
		await page.selectOption('#rec-task', 'sft');
		await page.fill('#rec-params', '7B');
		await page.selectOption('#rec-method', 'qlora');
		await page.click('#rec-form button[type="submit"]');
		await page.locator('#rec-rules li a').first().waitFor();
		const links = await page.locator('#rec-rules li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		for (const link of links)
			expect(
				link.startsWith(`${BASE}heuristic/`) ||
					link.startsWith(`${BASE}workflow/`) ||
					link.startsWith(`${BASE}principle/`) ||
					link.startsWith(`${BASE}implementation/`) ||
					link.startsWith(`${BASE}environment/`),
				link,
			).toBe(true);
		await page.locator('#rec-rules li a').first().click();
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
		await page.close();
	});

	test('the graph view loads its data from under the base and lists its pages there', async () => {
		const page = await context.newPage();
		const problems = watch(page);
		const data = page.waitForResponse((r) => r.url().endsWith('/graph/data.json'));
		const drawer = page.waitForResponse((r) => r.url().includes('cytoscape'));
		await page.goto(at('/graph/'));
		expect(new URL((await drawer).url()).pathname).toMatch(
			new RegExp(`^${BASE}_vendor/cytoscape@[^/]+/cytoscape\\.esm\\.min\\.mjs$`, 'u'),
		);
		expect(new URL((await data).url()).pathname).toBe(`${BASE}graph/data.json`);
		await settle(page);
		expect(await page.locator('#graph-status').textContent()).toMatch(/^\d+ nodes and \d+ connections/u);
		const listed = await page.locator('#graph-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(listed.length).toBeGreaterThan(30);
		for (const link of listed) expect(link.startsWith(BASE), link).toBe(true);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('diagrams are drawn with mermaid loaded from under the base', async () => {
		const page = await context.newPage();
		const problems = watch(page);
		const loaded: string[] = [];
		page.on('request', (r) => (r.url().includes('mermaid') ? loaded.push(new URL(r.url()).pathname) : undefined));
		await page.goto(at('/heuristic/Größe_der_Lernrate/'));
		await settle(page);
		expect(await page.locator('pre.mermaid[data-processed="true"] svg').count()).toBe(1);
		expect(loaded.length).toBeGreaterThan(0);
		for (const path of loaded) expect(path.startsWith(`${BASE}_vendor/mermaid@`), path).toBe(true);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('the 404 page links under the base from any address below it', async () => {
		const page = await context.newPage();
		const response = await page.goto(at('/no/such/page/'));
		expect(response?.status()).toBe(404);
		const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links).toEqual([`${BASE}search/`, BASE]);
		expect(
			await page
				.locator('link[rel="stylesheet"]')
				.evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!).every((h) => h.startsWith('/some/path/_astro/'))),
		).toBe(true);
		await page.close();
	});
});

describe('with a site address', () => {
	test('each knowledge page has a canonical address, social metadata and JSON-LD naming its sources', async () => {
		const html = readFileSync(join(outDir, 'heuristic', 'Learning_Rate_Tuning', 'index.html'), 'utf8');
		expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}heuristic/Learning_Rate_Tuning/">`);
		expect(html).toContain('<meta property="og:title" content="Learning Rate Tuning">');
		expect(html).toMatch(/<meta name="twitter:description" content="[^"]+">/u);
		const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html)![1]!) as {
			citation: { url?: string }[];
			dateModified: string;
			url: string;
		};
		expect(ld.url).toBe(`${SITE}${BASE}heuristic/Learning_Rate_Tuning/`);
		expect(ld.citation.length).toBeGreaterThan(0);
		expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
	});

	test('JSON-LD does not trip the Content-Security-Policy', async () => {
		const page = await context.newPage();
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				((window as unknown as { violations: string[] }).violations ??= []).push(
					`${e.violatedDirective} ${e.blockedURI}`,
				),
			),
		);
		await page.goto(at('/heuristic/Learning_Rate_Tuning/'));
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
		expect(
			await page.evaluate(
				() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!)['@type'],
			),
		).toBe('TechArticle');
		await page.close();
	});

	test('the sitemap and the feed list pages at their public addresses', async () => {
		const index = await (await fetch(at('/sitemap-index.xml'))).text();
		expect(index).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
		const sitemap = await (await fetch(at('/sitemap-0.xml'))).text();
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
		expect(locs.length).toBe(pages.filter((p) => p !== '/404/').length);
		for (const loc of locs) expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
		const feed = await (await fetch(at('/feed.xml'))).text();
		const items = [...feed.matchAll(/<item><title>([^<]+)<\/title><link>([^<]+)<\/link>/gu)];
		expect(items.length).toBeGreaterThan(10);
		for (const [, , link] of items) expect(link!.startsWith(`${SITE}${BASE}`), link).toBe(true);
	});
});
