// A site built from hostile pages (test/fixtures/hostile/ and test/fixtures/hostile-site/), visited page by page in
// Chromium: no dialog, no navigation, no request to another host, no CSP violation, nothing script-capable in the DOM.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/view/csp.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { buildSite, inTabs, launchBrowser, removeSite, serve, settle } from './helpers.ts';

const HOSTILE = join(REPO_ROOT, 'test', 'fixtures', 'hostile');
const HOSTILE_SITE = join(REPO_ROOT, 'test', 'fixtures', 'hostile-site');
const TYPE_FOLDERS = ['heuristics', 'workflows', 'principles', 'implementations', 'environments'];

// Pages whose file names hold quotes, angle brackets and characters that cannot be in a title. They are written
// at run time so that no checkout has to store such names (Windows cannot).
const ODD_FILES: Readonly<Record<string, string>> = {
	'heuristics/x" onmouseover="alert(1) \'q\'.wiki':
		'# Heuristic: <script>alert(1)</script> "quoted" \'title\'\n== Overview ==\nKEEP-o1 [[related::Principle:Hostile_Principle]]\n',
	"heuristics/Quote\"s 'and' <angles>.wiki": '== Overview ==\nKEEP-o2 <img src=x onerror=alert(1)>\n',
	'heuristics/<script>alert(1)<.md': '# <script>alert(1)</script>\nKEEP-o3\n',
	'heuristics/Bad#[name]{x}|y.wiki': '== Overview ==\nKEEP-o4\n',
	'workflows/"><img src=x onerror=alert(1)>.wiki': '== Overview ==\nKEEP-o5 [[step::Principle:Hostile_Principle]]\n',
	'principles/&lt;b&gt;entity&amp;name.wiki': '# Principle: &lt;script&gt;alert(1)&lt;/script&gt;\nKEEP-o6\n',
};

/** What went wrong on one visit, by kind; every list empty means the page is safe. */
interface Findings {
	dialogs: string[];
	navigations: string[];
	foreign: string[];
	csp: string[];
	errors: string[];
	dom: string[];
	/** Problems with the page's Content-Security-Policy <meta> (kept apart: a missing policy is a build fault). */
	policy: string[];
}

let contentDir: string;
let outDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let htmlFiles: string[];
let buildLog: string;
let checkLog: string;
/** Findings of every visit of the site's pages, by site path, for the policy test. */
const visits = new Map<string, Findings>();

/** Every HTML file of the built site except Pagefind's and Astro's assets, as paths relative to the site root. */
async function listHtml(root: string): Promise<string[]> {
	const out: string[] = [];
	const walk = async (dir: string): Promise<void> => {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!['_astro', '_vendor', 'pagefind'].includes(entry.name)) await walk(full);
			} else if (entry.name.endsWith('.html')) out.push(relative(root, full).split(sep).join('/'));
		}
	};
	await walk(root);
	return out.sort();
}

/** The URL path that serves a built HTML file, each segment percent-encoded (file names may hold quotes). */
function urlPath(file: string): string {
	const parts = file.split('/').map(encodeURIComponent);
	if (parts.at(-1) === 'index.html') parts[parts.length - 1] = '';
	return `/${parts.join('/')}`;
}

/**
 * Is the site's Content-Security-Policy <meta> in the page as served, before anything that could load?
 * Read from the HTML the server sends, not the live DOM: libraries may prepend their own <style> at run time,
 * after the policy is already in force.
 */
function policyFindings(page: Page): Promise<string[]> {
	return page.evaluate(async (policy) => {
		const found: string[] = [];
		const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
		// A meta policy covers only what comes after it.
		const csp = served.head.querySelector('meta[http-equiv="Content-Security-Policy" i]');
		if (!csp) return ['the page has no Content-Security-Policy <meta>'];
		if (csp.getAttribute('content') !== policy)
			found.push(`the page's policy is not the site's: ${csp.getAttribute('content')}`);
		for (let el = csp.previousElementSibling; el; el = el.previousElementSibling)
			if (!el.matches('meta[charset]'))
				found.push(`<${el.tagName.toLowerCase()}> comes before the Content-Security-Policy <meta>`);
		return found;
	}, CONTENT_SECURITY_POLICY);
}

/** What in the live DOM could run script or leave the site: on* attributes, foreign scripts, script URLs, refreshes. */
function domFindings(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const describe = (el: Element) =>
			`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> in ${el.parentElement?.closest('[id]')?.id ?? 'document'}`;
		// Browsers drop whitespace and control characters inside a scheme, so `java\tscript:` is `javascript:`.
		const scriptUrl = (value: string) =>
			/^(?:javascript|data|vbscript):/iu.test(value.replace(/[\u0000-\u0020\u007f-\u00a0]/gu, ''));
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/iu.test(attr.name)) found.push(`${describe(el)} has the event attribute ${attr.name}="${attr.value}"`);
			}
		}
		for (const script of document.querySelectorAll('script')) {
			const src = script.getAttribute('src') ?? script.getAttribute('href') ?? script.getAttribute('xlink:href');
			if (src === null) {
				// Inline data blocks are inert; inline code is not (the CSP would block it, but it must not be there).
				if (!/^application\/(?:ld\+)?json$/iu.test(script.type))
					found.push(`${describe(script)} is an inline script: ${script.textContent?.slice(0, 80)}`);
				continue;
			}
			const url = new URL(src, location.href);
			if (url.origin !== location.origin || !/^\/(?:_astro|pagefind)\//u.test(url.pathname))
				found.push(`${describe(script)} loads ${src}`);
		}
		for (const link of document.querySelectorAll('a, area')) {
			for (const name of ['href', 'xlink:href']) {
				const value = link.getAttribute(name);
				if (value !== null && scriptUrl(value)) found.push(`${describe(link)} links to ${value}`);
			}
		}
		for (const el of document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv="refresh" i]'))
			found.push(`${describe(el)} is present: ${el.outerHTML.slice(0, 120)}`);
		for (const form of document.forms) {
			const action = new URL(form.getAttribute('action') ?? '', location.href);
			if (action.origin !== location.origin) found.push(`${describe(form)} submits to ${action.href}`);
		}
		return found;
	});
}

/** Visits one URL in a fresh page and reports everything unsafe that happened or is left in the DOM. */
async function visit(url: string): Promise<Findings> {
	const findings: Findings = { dialogs: [], navigations: [], foreign: [], csp: [], errors: [], dom: [], policy: [] };
	const page = await context.newPage();
	const origin = new URL(server.url).origin;
	const visited = new URL(url);
	page.on('dialog', (dialog) => {
		findings.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss().catch(() => undefined);
	});
	page.on('framenavigated', (frame) => {
		if (frame !== page.mainFrame()) return;
		// The search page rewrites its query string with history.replaceState; the document must stay the same.
		const now = new URL(frame.url());
		if (now.origin !== visited.origin || now.pathname !== visited.pathname) findings.navigations.push(frame.url());
	});
	page.on('popup', (popup) => findings.navigations.push(`popup ${popup.url()}`));
	page.on('websocket', (socket) => findings.foreign.push(`websocket ${socket.url()}`));
	await page.route('**/*', (route) => {
		const target = route.request().url();
		if (new URL(target).origin === origin) return route.continue();
		findings.foreign.push(`${route.request().resourceType()} ${target}`);
		return route.abort();
	});
	page.on('console', (msg) => {
		const text = msg.text();
		if (/Content.Security.Policy/iu.test(text)) findings.csp.push(text);
		// A missing same-origin file is not a safety matter (requests to other hosts are caught by the route above).
		else if (
			msg.type() === 'error' &&
			!/^Failed to load resource: the server responded with a status of 404/u.test(text)
		)
			findings.errors.push(`console: ${text}`);
	});
	page.on('pageerror', (error) => findings.errors.push(`exception: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
		);
	});
	try {
		await page.goto(url, { waitUntil: 'load' });
		await settle(page);
		findings.dom = await domFindings(page);
		findings.policy = await policyFindings(page);
	} catch (error) {
		// A page that navigates away under the checks destroys their context: that is a finding, not a crash.
		findings.errors.push(
			`the checks could not finish: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
		);
	} finally {
		await page.close();
	}
	return findings;
}

const CLEAN: Findings = { dialogs: [], navigations: [], foreign: [], csp: [], errors: [], dom: [], policy: [] };

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'wikikb-hostile-content-'));
	for (const folder of TYPE_FOLDERS)
		await cp(join(HOSTILE_SITE, folder), join(contentDir, folder), { recursive: true });
	// The security engineer's fixtures, each as a heuristic page of its own.
	for (const name of await readdir(HOSTILE))
		await cp(join(HOSTILE, name), join(contentDir, 'heuristics', `Hostile_${name}`));
	for (const [file, text] of Object.entries(ODD_FILES)) await writeFile(join(contentDir, file), text);
	({ outDir, log: buildLog } = await buildSite(contentDir));
	console.info(buildLog.trim().split('\n').at(-1));
	// `check` prints every diagnostic (the build prints a summary); it exits 1 on errors, which are expected here.
	checkLog = await new Promise((done) =>
		execFile(
			process.execPath,
			[join(REPO_ROOT, 'scripts', 'wikikb.mjs'), 'check', '--content', contentDir],
			{ cwd: tmpdir() },
			(_error, stdout, stderr) => done(stdout + stderr),
		),
	);
	htmlFiles = await listHtml(outDir);
	server = await serve(outDir);
	browser = await launchBrowser();
	context = await browser.newContext();
}, 900_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (outDir) await removeSite(outDir);
	if (contentDir) await rm(contentDir, { recursive: true, force: true });
});

describe('a site built from hostile pages, in Chromium', () => {
	test('the build kept every hostile page and reported the file names that cannot be titles', () => {
		const pages = htmlFiles.filter((f) =>
			/^(?:heuristic|workflow|principle|implementation|environment)\/[^/]+\/index\.html$/u.test(f),
		);
		// 9 fixtures of test/fixtures/hostile, 5 pages of hostile-site, 2 odd names that are valid titles.
		expect(pages.length, pages.join('\n')).toBeGreaterThanOrEqual(16);
		const badNames = checkLog.split('\n').filter((line) => / error bad-file-name /u.test(line));
		expect(badNames, checkLog).toHaveLength(4);
		for (const name of [
			'Bad#[name]{x}|y.wiki',
			'<script>alert(1)<.md',
			"Quote\"s 'and' <angles>.wiki",
			'"><img src=x onerror=alert(1)>.wiki',
		])
			expect(badNames.join('\n')).toContain(`\`${name}\``);
	});

	test('no page opens a dialog, navigates, loads from another host, violates the CSP or leaves script in the DOM', async () => {
		const urls = [
			...htmlFiles.map((f) => server.url + urlPath(f)),
			`${server.url}/search/?q=${encodeURIComponent('<script>alert(1)</script>')}`,
			`${server.url}/search/?q=<img src=x onerror=alert(1)>`,
			`${server.url}/search/?q=zqxhostile`,
		];
		for (const must of ['/lr/', '/graph/', '/search/']) expect(urls).toContain(server.url + must);
		const unsafe: Record<string, Omit<Findings, 'policy'>> = {};
		const found = await inTabs(urls, visit);
		for (const [i, url] of urls.entries()) {
			const { policy, ...findings } = found[i]!;
			const path = decodeURIComponent(url.slice(server.url.length));
			visits.set(path, { ...findings, policy });
			if (Object.values(findings).some((list) => list.length > 0)) unsafe[path] = findings;
		}
		expect(visits.size).toBe(urls.length);
		expect(unsafe).toEqual({});
	}, 600_000);

	test("every page carries the site's Content-Security-Policy before anything else", () => {
		expect(visits.size).toBeGreaterThan(0);
		const missing = Object.fromEntries(
			[...visits].filter(([, f]) => f.policy.length > 0).map(([path, f]) => [path, f.policy]),
		);
		expect(missing).toEqual({});
	});

	test('/diagnostics/ names the hostile file names as text, never as markup', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/diagnostics/bad-file-name/`);
		const text = (await page.locator('main').textContent()) ?? '';
		for (const name of ['<script>alert(1)<.md', '"><img src=x onerror=alert(1)>.wiki']) expect(text).toContain(name);
		expect(await page.locator('main script, main img').count()).toBe(0);
		await page.close();
	});

	test('the hostile search term is found and its snippet stays text', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/search/?q=zqxhostile`);
		const excerpt = page.locator('#search-results li p').first();
		await excerpt.waitFor();
		expect(await excerpt.textContent()).toMatch(/<img src=x onerror=alert\(1\)>|<script>alert\(1\)<\/script>/u);
		expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
		await page.close();
	});

	test('diagrams with click callbacks are drawn or refused, never left half-done', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/workflow/Hostile_Diagram_Workflow/`);
		await settle(page);
		const blocks = await page
			.locator('pre.mermaid')
			.evaluateAll((els) => els.map((el) => ((el as HTMLElement).dataset.processed === 'true' ? 'drawn' : 'refused')));
		expect(blocks.length).toBeGreaterThanOrEqual(4);
		expect(blocks).toContain('drawn');
		await page.close();
	});

	test('each check can fail: planted pages are caught', async () => {
		// A built page with exactly the site's policy (whether or not this build wrote it), and one without.
		const bare = (await readFile(join(outDir, 'lr', 'index.html'), 'utf8')).replace(
			/<meta http-equiv="Content-Security-Policy"[^>]*>/u,
			'',
		);
		const template = bare.replace(
			'<meta charset="utf-8">',
			`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
		);
		expect(template).not.toBe(bare);
		const plant = async (name: string, head: string, body: string, csp = true): Promise<string> => {
			await mkdir(join(outDir, '_canary', name), { recursive: true });
			const base = csp ? template : bare;
			await writeFile(
				join(outDir, '_canary', name, 'index.html'),
				base.replace('</head>', `${head}</head>`).replace('</main>', `${body}</main>`),
			);
			return `${server.url}/_canary/${name}/`;
		};
		// A same-origin script passes the CSP, so it can open a dialog and navigate.
		await mkdir(join(outDir, '_canary'), { recursive: true });
		await writeFile(join(outDir, '_canary', 'alert.js'), 'alert(1);');
		await writeFile(join(outDir, '_canary', 'go.js'), "location.href = '/recent/';");
		// The CSP stops requests to other hosts before they start, so that canary runs without it.
		const cases: [string, string, string, keyof Findings, boolean?][] = [
			['dialog', '', '<script src="/_canary/alert.js"></script>', 'dialogs'],
			['navigation', '', '<script src="/_canary/go.js"></script>', 'navigations'],
			['refresh', '<meta http-equiv="refresh" content="0;url=/recent/">', '', 'navigations'],
			['foreign', '', '<img src="https://evil.example/pixel.png" alt="">', 'foreign', false],
			['blocked', '', '<img src="https://evil.example/pixel.png" alt="">', 'csp'],
			['inline', '', '<script>alert(1)</script>', 'csp'],
			['handler', '', '<span onclick="alert(1)">x</span>', 'dom'],
			['script-url', '', '<a href=" java\tscript:alert(1)">x</a>', 'dom'],
			['no-policy', '', '', 'policy', false],
		];
		const found = await inTabs(cases, async ([name, head, body, , csp]) => visit(await plant(name, head, body, csp)));
		for (const [i, [name, , , kind]] of cases.entries())
			expect(found[i]![kind], `${name}: ${JSON.stringify(found[i])}`).not.toEqual([]);
		// The inline script is also left in the DOM, and the planted pages differ from the template only by the plant.
		expect((await visit(`${server.url}/_canary/inline/`)).dom).not.toEqual([]);
		expect(await visit(await plant('control', '', ''))).toEqual(CLEAN);
	}, 120_000);
});
