// `wikikb dev`: the site served from the content folder, updated when a page file changes, is added or removed.
import type { ChildProcess } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';
import { acquireBuildLock, launchBrowser, startDev, watchErrors } from './helpers.ts';

const SEED = '/heuristic/Learning_Rate_Tuning/';

let contentDir: string;
let server: ChildProcess | undefined;
let base: string;
let output: () => string;
let releaseLock: (() => Promise<void>) | undefined;

async function get(path: string): Promise<{ status: number; text: string }> {
	const response = await fetch(base + path);
	return { status: response.status, text: await response.text() };
}

/** Polls a page until `ready` holds (the dev server re-runs the pipeline after a change). */
async function waitFor(
	path: string,
	ready: (r: { status: number; text: string }) => boolean,
): Promise<{ status: number; text: string }> {
	let last = { status: 0, text: '' };
	for (let i = 0; i < 60; i++) {
		last = await get(path).catch(() => last);
		if (ready(last)) return last;
		await new Promise((r) => setTimeout(r, 500));
	}
	return last;
}

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'wikikb-dev-'));
	await cp(join(REPO_ROOT, 'content'), contentDir, { recursive: true });
	// The dev server writes Astro's files in the repository like a build does: hold the build lock meanwhile.
	releaseLock = await acquireBuildLock();
	// On every network address, as `--host` asks (a phone on the same network can open the site).
	({ server, url: base, output } = await startDev(contentDir, ['--host']));
}, 300_000);

afterAll(async () => {
	server?.kill('SIGTERM');
	await releaseLock?.();
	await rm(contentDir, { recursive: true, force: true });
});

describe('wikikb dev', () => {
	test('serves a page with its body, fact box and backlinks, the JSON export, both search indexes (MCP and Pagefind), and the Markdown', async () => {
		const page = await get(SEED);
		expect(page.status).toBe(200);
		expect(page.text).toContain('<table');
		expect(page.text).toContain('Used by');
		expect((await get('/api/graph.json')).status).toBe(200);
		expect((await get('/graph/data.json')).text).toContain('Heuristic:Learning_Rate_Tuning');
		expect((await get('/api/search.json')).text).toContain('"engine":"minisearch@7"');
		expect((await get('/pagefind/pagefind.js')).status).toBe(200);
		expect(JSON.parse((await get('/search/words.json')).text)).toContain('learning');
		expect((await get('/api/page/heuristic/Learning_Rate_Tuning.json')).text).toContain('"markdown"');
		expect((await get('/heuristic/Learning_Rate_Tuning.md')).text).toMatch(/^# Learning Rate Tuning\n/u);
		expect((await get('/llms.txt')).text).toMatch(/^# wikikb knowledge base\n/u);
	});

	test('a mermaid diagram draws (mermaid is served from its own browser build)', async () => {
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			const errors = watchErrors(page);
			await page.goto(`${base}/workflow/DPO_Alignment/`);
			await page.locator('pre.mermaid svg').first().waitFor({ timeout: 60_000 });
			expect(errors).toEqual([]);
		} finally {
			await browser.close();
		}
	}, 120_000);

	test('an edited page shows the edit', async () => {
		await appendFile(join(contentDir, 'heuristics', 'Learning_Rate_Tuning.wiki'), '\nDev reload marker 4711.\n');
		const page = await waitFor(SEED, (r) => r.text.includes('Dev reload marker 4711'));
		expect(page.text).toContain('Dev reload marker 4711');
	});

	test('an added page appears, and leaves the index when its file is removed', async () => {
		const file = join(contentDir, 'heuristics', 'Dev_Added_Page.wiki');
		await writeFile(file, "'''Dev added page''' about warmup.\n\n[[Category:Heuristics]]\n");
		const added = await waitFor(
			'/heuristic/Dev_Added_Page/',
			(r) => r.status === 200 && r.text.includes('Dev added page'),
		);
		expect(added.status).toBe(200);
		await unlink(file);
		const gone = await waitFor('/heuristic/', (r) => r.status === 200 && !r.text.includes('Dev_Added_Page'));
		expect(gone.text).not.toContain('/heuristic/Dev_Added_Page/');
	});
});

describe('wikikb dev for an author', () => {
	test('--host listens on every network address, which Astro lists', () => {
		expect(output()).toContain('on every network address');
		expect(output()).not.toContain('use --host to expose');
	});

	test('a save prints the diagnostics it brought and those that went away, in the format of check, and the page shows its own', async () => {
		const file = join(contentDir, 'heuristics', 'Learning_Rate_Tuning.wiki');
		const before = await readFile(file, 'utf8');
		const printed = output().length;
		await writeFile(file, `${before}\n[[lerning_rate::2e-4]]\n`);
		const line = before.split('\n').length + 1;
		const expected = new RegExp(
			`^${contentDir.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}/heuristics/Learning_Rate_Tuning\\.wiki:${line}:\\d+ warning unknown-property Property \`lerning_rate\` is not in the registry`,
			'mu',
		);
		await expect.poll(() => output().slice(printed), { timeout: 30_000 }).toMatch(expected);
		expect(output().slice(printed)).toContain('heuristics/Learning_Rate_Tuning.wiki changed: 1 new diagnostic.');
		const page = await waitFor(SEED, (r) => r.text.includes('lerning_rate'));
		expect(page.text).toMatch(/<aside class="dev-diagnostics"[^>]*>\s*<details open>/u);
		expect(page.text).toContain('1 warning, ');
		const fixed = output().length;
		await writeFile(file, before);
		await expect.poll(() => output().slice(fixed), { timeout: 30_000 }).toContain('No longer reported:');
		expect(output().slice(fixed)).toMatch(expected);
	});
});
