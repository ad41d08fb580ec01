// A build replaces its output folder: pages removed from the content leave the site; a folder holding the content,
// wikikb itself or files wikikb did not write is refused before anything is touched.
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MERMAID_URL } from '../../src/site/server/vendor.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { buildSite } from './helpers.ts';

const run = promisify(execFile);
const exists = (path: string) =>
	access(path).then(
		() => true,
		() => false,
	);

let root: string;
let content: string;
let out: string;

const PAGE = (title: string, extra = '') =>
	`== Overview ==\n${title} is about warmup.\n${extra}\n== Related Pages ==\n* [[domain::LLMs]]\n`;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'wikikb-rebuild-'));
	content = join(root, 'content');
	out = join(root, 'out');
	await mkdir(join(content, 'heuristics'), { recursive: true });
	await writeFile(join(content, 'heuristics', 'Kept.wiki'), PAGE('Kept', '{{#mermaid:graph TD\n  A --> B\n}}\n'));
	await writeFile(join(content, 'heuristics', 'Removed.wiki'), PAGE('Removed'));
	await mkdir(join(out, '.git'), { recursive: true });
	await writeFile(join(out, '.git', 'HEAD'), 'ref: refs/heads/main\n');
	await buildSite(content, out);
}, 300_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('wikikb build into an existing folder', () => {
	test('the output holds this build only, with .git kept and mermaid beside the pages', async () => {
		expect(await exists(join(out, 'heuristic', 'Removed', 'index.html'))).toBe(true);
		expect(await exists(join(out, '.wikikb-build.json'))).toBe(true);
		expect(await readFile(join(out, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
		expect((await readFile(join(out, MERMAID_URL), 'utf8')).length).toBeGreaterThan(1000);
		const script = (await readdir(join(out, '_astro'))).find((f) => f.startsWith('Mermaid.astro'));
		expect(await readFile(join(out, '_astro', script!), 'utf8')).toContain(MERMAID_URL);
	});

	test('a page removed from the content is gone from the site, the export and the search index', async () => {
		await rm(join(content, 'heuristics', 'Removed.wiki'));
		await buildSite(content, out);
		expect(await exists(join(out, 'heuristic', 'Kept', 'index.html'))).toBe(true);
		expect(await exists(join(out, 'heuristic', 'Removed', 'index.html'))).toBe(false);
		expect(await readFile(join(out, 'api', 'graph.json'), 'utf8')).not.toContain('Heuristic:Removed');
		expect(await exists(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(await readFile(join(out, 'api', 'search.json'), 'utf8')).not.toContain('Heuristic:Removed');
		expect(await exists(join(out, 'heuristic', 'Removed.md'))).toBe(false);
		expect(await readFile(join(out, 'llms.txt'), 'utf8')).not.toContain('Removed');
	}, 300_000);

	test.each([
		['the content folder', () => content, /holds the content folder/],
		['a folder holding the content', () => root, /holds the content folder/],
		['the wikikb repository', () => REPO_ROOT, /holds wikikb itself/],
		['a folder inside the content', () => join(content, 'heuristics'), /inside the content folder/],
	])('refuses %s as output, touching nothing', async (_, target, reason) => {
		const before = await readdir(target());
		const failed = await run(
			process.execPath,
			[join(REPO_ROOT, 'scripts', 'wikikb.mjs'), 'build', '--content', content, '--out', target()],
			{ cwd: tmpdir() },
		).then(
			() => undefined,
			(error: { code: number; stderr: string }) => error,
		);
		expect(failed?.code).toBe(2);
		expect(failed?.stderr).toMatch(reason);
		expect(failed?.stderr).toContain('cannot be the output folder');
		expect(await readdir(target())).toEqual(before);
	});

	test('refuses an output folder holding a file it did not write, touching nothing', async () => {
		await writeFile(join(out, 'stale.html'), '<p>from somewhere else</p>');
		const before = await readdir(out, { recursive: true });
		const failed = await run(
			process.execPath,
			[join(REPO_ROOT, 'scripts', 'wikikb.mjs'), 'build', '--content', content, '--out', out],
			{ cwd: tmpdir() },
		).then(
			() => undefined,
			(error: { code: number; stderr: string }) => error,
		);
		expect(failed?.code).toBe(2);
		expect(failed?.stderr).toContain('holds 1 entry that an earlier wikikb command did not write: `stale.html`');
		expect(failed?.stderr).toContain('--force');
		expect(await readdir(out, { recursive: true })).toEqual(before);
		await rm(join(out, 'stale.html'));
	});
});
