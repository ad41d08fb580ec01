// A build after an edit answers the pages the edit did not change with the HTML an earlier build made of them
// (`page-reuse.ts`), and its site is byte for byte the site a first build of the same content makes.
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cacheRoot } from '../../src/pipeline/index.ts';
import { astroRoot } from '../../src/site/server/astro-config.ts';
import { buildSite } from './helpers.ts';

let root: string;
let content: string;
let out: string;

const PAGE = (title: string, links: string) =>
	`== Overview ==\n${title} is a rule about warmup.\n\n== Related Pages ==\n${links}* [[domain::LLMs]]\n`;

/** Every file of a built site with its bytes, by path. */
async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
	const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
	const files = new Map<string, Buffer>();
	for (const e of names) {
		const path = join(e.parentPath, e.name);
		files.set(path.slice(dir.length), await readFile(path));
	}
	return files;
}

/** The pages a build said it reused (0 when it said nothing). */
const reusedIn = (log: string) => Number(/Reused the HTML of (\d+) pages?/u.exec(log)?.[1] ?? 0);

let round = 0;

/**
 * Builds the content again into `out` (reusing pages), then again with no page kept to reuse: the two sites must
 * be the same, file for file.
 * @returns how many pages the first build reused
 */
async function rebuildAndCompare(): Promise<number> {
	const { log } = await buildSite(content, out);
	await rm(join(astroRoot(content), 'pages'), { recursive: true, force: true });
	const { outDir } = await buildSite(content, join(root, `fresh-${++round}`));
	const [ours, theirs] = await Promise.all([siteFiles(out), siteFiles(outDir)]);
	expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
	const differing = [...ours].filter(([path, bytes]) => !bytes.equals(theirs.get(path)!)).map(([path]) => path);
	expect(differing).toEqual([]);
	return reusedIn(log);
}

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'wikikb-reuse-'));
	content = join(root, 'content');
	out = join(root, 'out');
	await mkdir(join(content, 'heuristics'), { recursive: true });
	const write = (name: string, links: string) =>
		writeFile(join(content, 'heuristics', `${name}.wiki`), PAGE(name.replace(/_/gu, ' '), links));
	await write('Alpha', '* [[Heuristic:Beta]]\n');
	await write('Beta', '');
	await write('Gamma', '* [[Heuristic:Alpha]]\n* [[Heuristic:Beta]]\n');
	await write('Delta', '');
	const { log } = await buildSite(content, out);
	expect(reusedIn(log)).toBe(0);
}, 300_000);

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
	// The build with the cache off kept Astro's project folder where a user's would be (no node_modules above tmp).
	const offRoot = join(cacheRoot(tmpdir(), { WIKIKB_CACHE_DIR: 'off' }), 'astro', basename(astroRoot(content)));
	await rm(offRoot, { recursive: true, force: true });
});

describe('a build after an edit', () => {
	test('renders again only the page whose text changed', async () => {
		await appendFile(join(content, 'heuristics', 'Delta.wiki'), '\nA sentence added at the end.\n');
		const reused = await rebuildAndCompare();
		// Four pages, the domain LLMs and the category pages of the namespace: all but Delta's are reused.
		expect(reused).toBeGreaterThan(3);
		expect(await readFile(join(out, 'heuristic', 'Delta', 'index.html'), 'utf8')).toContain('A sentence added');
	}, 300_000);

	test('renders again the page a new link points to, and the small graphs it changes', async () => {
		const before = await rebuildAndCompare();
		await appendFile(join(content, 'heuristics', 'Delta.wiki'), '\nSee also [[Heuristic:Beta]].\n');
		const reused = await rebuildAndCompare();
		// Delta (its text and graph) and Beta (a new backlink, a neighbour more); Alpha's and Gamma's graphs show only
		// their own neighbours, so they stay.
		expect(reused).toBe(before - 2);
		expect(await readFile(join(out, 'heuristic', 'Beta', 'index.html'), 'utf8')).toContain('/heuristic/Delta/');
	}, 300_000);

	test('renders every page again when the sidebar changes (a new page)', async () => {
		await writeFile(join(content, 'heuristics', 'Epsilon.wiki'), PAGE('Epsilon', ''));
		expect(await rebuildAndCompare()).toBe(0);
	}, 300_000);

	test('renders every page again when the build that kept the pages made a script this build does not', async () => {
		const record = join(astroRoot(content), 'pages', 'assets.json');
		const made = JSON.parse(await readFile(record, 'utf8')) as string[];
		expect(made.some((name) => name.endsWith('.css'))).toBe(true);
		await writeFile(record, JSON.stringify([...made, 'page.Gone1234.js']));
		expect(await rebuildAndCompare()).toBe(0);
	}, 300_000);

	test('reuses nothing when the cache is off', async () => {
		const { log } = await buildSite(content, out, [], { WIKIKB_CACHE_DIR: 'off' });
		expect(log).toContain('Built the site');
		expect(reusedIn(log)).toBe(0);
	}, 300_000);

	test('renders every page again for another base path', async () => {
		const { log } = await buildSite(content, out, ['--base', '/docs/']);
		expect(reusedIn(log)).toBe(0);
		const again = await buildSite(content, out, ['--base', '/docs/']);
		expect(reusedIn(again.log)).toBeGreaterThan(4);
	}, 300_000);
});
