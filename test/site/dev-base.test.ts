// `wikikb dev --base /kb`: the site, the JSON export, the search index, mermaid and cytoscape are served under the base path,
// and nothing outside it.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CYTOSCAPE_URL, MERMAID_URL } from '../../src/site/server/vendor.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { acquireBuildLock, startDev } from './helpers.ts';

let server: ChildProcess | undefined;
let url: string;
let releaseLock: (() => Promise<void>) | undefined;

beforeAll(async () => {
	releaseLock = await acquireBuildLock();
	({ server, url } = await startDev(join(REPO_ROOT, 'content'), ['--base', 'kb']));
}, 300_000);

afterAll(async () => {
	server?.kill('SIGTERM');
	await releaseLock?.();
});

const status = async (path: string) => (await fetch(url + path)).status;

test('pages link under the base path', async () => {
	const html = await (await fetch(`${url}/kb/heuristic/Learning_Rate_Tuning/`)).text();
	// Vite's own modules in dev (`/@vite/client`, `/src/...`) are Astro's business, not links of the site.
	const links = [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/gu)]
		.map((m) => m[1]!)
		.filter((link) => !/^\/(?:@|node_modules\/|src\/)/u.test(link));
	expect(links.length).toBeGreaterThan(20);
	expect(links.filter((link) => !link.startsWith('/kb/'))).toEqual([]);
});

test.each([
	'/kb/api/graph.json',
	'/kb/api/schema/graph.schema.json',
	'/kb/api/search.json',
	'/kb/pagefind/pagefind.js',
	'/kb/search/words.json',
	'/kb/heuristic/Learning_Rate_Tuning.md',
	'/kb/llms.txt',
	'/kb/graph/data.json',
	`/kb${MERMAID_URL}`,
	`/kb${CYTOSCAPE_URL}`,
])('%s is served', async (path) => {
	expect(await status(path)).toBe(200);
});

test.each(['/api/graph.json', '/api/search.json', '/pagefind/pagefind.js', '/llms.txt', MERMAID_URL, CYTOSCAPE_URL])(
	'%s (outside the base) is not',
	async (path) => {
		expect(await status(path)).toBe(404);
	},
);
