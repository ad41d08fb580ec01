/**
 * Helpers of the built-site tests: build a site once (one build at a time in a test run), serve it on
 * 127.0.0.1, drive Debian's Chromium through playwright-core, check for console errors and run axe-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';
import { acquireLock } from '../helpers/lock.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

/**
 * Waits for the build lock of this test run: Astro builds are heavy, one at a time is enough. It is the run's,
 * not the machine's, so a build in another checkout's test run never stalls this one.
 */
export function acquireBuildLock(): Promise<() => Promise<void>> {
	// A lock older than any build is left over from a killed test file.
	return acquireLock(join(inject('runFolder'), 'site-build.lock'), 15 * 60_000);
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
	const release = await acquireBuildLock();
	try {
		return await work();
	} finally {
		await release();
	}
}

/**
 * Runs `wikikb build` on a content folder into `outDir` (default: a fresh temp folder), with any further
 * arguments; returns the folder and the CLI's stderr.
 */
export async function buildSite(
	contentDir: string,
	into?: string,
	args: readonly string[] = [],
	env: Readonly<Record<string, string>> = {},
): Promise<{ outDir: string; log: string }> {
	const outDir = into ?? (await mkdtemp(join(tmpdir(), 'wikikb-site-')));
	return withBuildLock(
		() =>
			new Promise((done, fail) => {
				const child = spawn(
					process.execPath,
					[join(REPO_ROOT, 'scripts', 'wikikb.mjs'), 'build', '--content', contentDir, '--out', outDir, ...args],
					{ cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
				);
				let log = '';
				child.stdout.on('data', (d) => (log += d));
				child.stderr.on('data', (d) => (log += d));
				child.on('error', fail);
				child.on('close', (code) =>
					code === 0 ? done({ outDir, log }) : fail(new Error(`wikikb build exited with ${code}:\n${log}`)),
				);
			}),
	);
}

/** Content types of a built site's files, as a static host sends them. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
};

/** A tiny static server for a built site: `/x/` serves `x/index.html`, unknown paths the 404 page. */
export async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = resolve(root, `.${path}`);
		if (file !== root && !file.startsWith(root + sep)) file = join(root, '404.html');
		if (path.endsWith('/')) file = join(file, 'index.html');
		try {
			const body = await readFile(file);
			res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html']! });
			res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
		}
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Every page of a built site, as site paths (`/heuristic/X/`), sorted. */
export async function sitePages(root: string): Promise<string[]> {
	const out: string[] = [];
	const walk = async (dir: string) => {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!['_astro', '_vendor', 'pagefind', 'api'].includes(entry.name)) await walk(full);
			} else if (entry.name === 'index.html') {
				const rel = relative(root, dir).split(sep).join('/');
				out.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	await walk(root);
	return out.sort();
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
}

/** Collects console errors, failed requests and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
	page.on('requestfailed', (request) => {
		// Leaving a page cancels its pending requests (favicon, prefetches): that is not a failure of the site.
		const reason = request.failure()?.errorText ?? '';
		if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${reason}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return errors;
}

/** axe-core violations of impact serious or critical on the page (axe is injected, so CSP is bypassed). */
export async function seriousViolations(context: BrowserContext, url: string): Promise<string[]> {
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.addScriptTag({ path: join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run: (
							ctx: Document,
							opts: object,
						) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
					};
				}
			).axe;
			const result = await axe.run(document, { resultTypes: ['violations'] });
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map(
					(v) =>
						`${v.id} (${v.impact}): ${v.help} at ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(', ')}`,
				);
		});
		return violations;
	} finally {
		await page.close();
	}
}

/**
 * Pages the browser works on at once. A visit mostly waits (network idle, client scripts), so a few tabs at a
 * time shorten the browser tests without changing what each visit checks.
 */
export const TABS = 4;

/** Runs `work` on every item, `TABS` at a time; results in the order of `items`. */
export function inTabs<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
	const limit = pLimit(TABS);
	return Promise.all(items.map((item) => limit(() => work(item))));
}

/**
 * Opens `address` and returns the status it answered with, once the page has loaded. The status is taken when the
 * response arrives: a redirect page's meta refresh (0 s) may start the next navigation before `load`, and
 * `page.goto(..., { waitUntil: 'load' })` then answers no response at all.
 */
export async function loadStatus(page: Page, address: string): Promise<number | undefined> {
	// The status is read from the response itself: a redirect page's refresh (its own, or that of a redirect page
	// opened just before) may replace the navigation before `goto` returns it, or interrupt it.
	const wanted = new URL(address).href;
	let status: number | undefined;
	const onResponse = (response: Response) => {
		if (status === undefined && response.url() === wanted && response.request().isNavigationRequest())
			status = response.status();
	};
	page.on('response', onResponse);
	try {
		for (let attempt = 0; attempt < 2 && status === undefined; attempt++) {
			const response = await page.goto(address, { waitUntil: 'commit' }).catch(() => null);
			status ??= response?.status();
		}
		await page.waitForLoadState('load');
	} finally {
		page.off('response', onResponse);
	}
	return status;
}

/** Loads every path in `TABS` tabs; returns the paths that did not answer 200 and every error the pages gave. */
export async function loadEach(
	context: BrowserContext,
	baseUrl: string,
	paths: readonly string[],
): Promise<{ failed: string[]; errors: string[] }> {
	const failed: string[] = [];
	const errors: string[] = [];
	const queue = [...paths];
	await inTabs(
		Array.from({ length: Math.min(TABS, queue.length) }, (_, i) => i),
		async () => {
			const page = await context.newPage();
			const seen = watchErrors(page);
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				const status = await loadStatus(page, baseUrl + path);
				if (status !== 200) failed.push(`${path}: ${status}`);
			}
			await page.close();
			errors.push(...seen);
		},
	);
	return { failed: failed.sort(), errors };
}

/** axe-core's serious and critical violations on each path (`path: violation`), in a context without CSP. */
export async function violationsOn(browser: Browser, baseUrl: string, paths: readonly string[]): Promise<string[]> {
	const axeContext = await browser.newContext({ bypassCSP: true });
	try {
		const found = await inTabs(paths, async (path) =>
			(await seriousViolations(axeContext, baseUrl + path)).map((v) => `${path}: ${v}`),
		);
		return found.flat();
	} finally {
		await axeContext.close();
	}
}

/** Removes a built site. */
export async function removeSite(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
}

/** A site built from a content folder, served, with a browser open on it. */
export interface OpenSite {
	readonly outDir: string;
	readonly server: { url: string; close: () => Promise<void> };
	readonly browser: Browser;
	readonly context: BrowserContext;
	/** Every page path of the built site. */
	readonly pages: string[];
	/** What the build printed (stdout and stderr, not a terminal). */
	readonly log: string;
	/** Closes the browser and the server and removes the site. */
	close(): Promise<void>;
}

/** Builds a site from `contentDir` (printing the CLI's summary line), serves it and opens Chromium on it. */
export async function openSite(contentDir: string): Promise<OpenSite> {
	const { outDir, log } = await buildSite(contentDir);
	console.info(log.trim().split('\n').at(-1));
	const server = await serve(outDir);
	const browser = await launchBrowser();
	const context = await browser.newContext();
	const pages = await sitePages(outDir);
	return {
		outDir,
		server,
		browser,
		context,
		pages,
		log,
		async close() {
			await browser.close();
			await server.close();
			await removeSite(outDir);
		},
	};
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createTcpServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

/**
 * Starts `wikikb dev` on a content folder (with any further arguments) on a free port, and waits until it
 * serves. The caller stops it (`server.kill('SIGTERM')`) and should hold the build lock meanwhile.
 * @returns the server process, its address (`http://localhost:<port>`) and what it has printed so far
 */
export async function startDev(
	contentDir: string,
	args: readonly string[] = [],
): Promise<{ server: ChildProcess; url: string; output: () => string }> {
	const port = await freePort();
	const server = spawn(
		process.execPath,
		[join(REPO_ROOT, 'scripts', 'wikikb.mjs'), 'dev', '--content', contentDir, '--port', String(port), ...args],
		{ cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let log = '';
	await new Promise<void>((ready, fail) => {
		const onData = (d: Buffer) => {
			log += d;
			if (log.includes('Serving on')) ready();
		};
		server.stdout!.on('data', onData);
		server.stderr!.on('data', onData);
		server.on('exit', (code) => fail(new Error(`wikikb dev exited with ${code}:\n${log}`)));
	});
	return { server, url: `http://localhost:${port}`, output: () => log };
}

/** Waits until the client scripts of the page are done: diagrams drawn or given up, search answered, graph drawn. */
export async function settle(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLElement>('pre.mermaid')].every(
				(b) => b.dataset.processed === 'true' || b.dataset.error !== undefined,
			),
		undefined,
		{ timeout: 30_000 },
	);
	if (await page.locator('#search-status').count())
		await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '', undefined, {
			timeout: 30_000,
		});
	if (await page.locator('#graph-status').count())
		await page.waitForFunction(
			() => /nodes and|could not/u.test(document.getElementById('graph-status')?.textContent ?? ''),
			undefined,
			{ timeout: 30_000 },
		);
	await page.waitForLoadState('networkidle');
}
