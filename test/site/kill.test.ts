// A build killed with SIGKILL while it builds its pages, and again while it indexes them for search, leaves the
// previous site byte-identical (its `.git` and the user's kept files included); the next build cleans up after it.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sidePath } from '../../src/output/location.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { snapshot } from '../output/helpers.ts';
import { acquireBuildLock, buildSite } from './helpers.ts';

const CLI = join(REPO_ROOT, 'scripts', 'wikikb.mjs');

let root: string;
let content: string;
let out: string;
let previous: string[];
let release: () => Promise<void>;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'wikikb-kill-'));
	content = join(root, 'content');
	out = join(root, 'site');
	cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
	mkdirSync(join(out, '.git'), { recursive: true });
	writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
	writeFileSync(join(out, 'CNAME'), 'kb.example.org\n');
	await buildSite(content, out, ['--force']);
	previous = snapshot(out);
	// The next builds would change the site: one more page.
	writeFileSync(
		join(content, 'heuristics', 'Added_Later.wiki'),
		'== Overview ==\nA page added after the first build.\n',
	);
	release = await acquireBuildLock();
}, 600_000);

afterAll(async () => {
	await release?.();
	rmSync(root, { recursive: true, force: true });
});

/** Child processes of a process, with their command lines (Linux `/proc`). */
function childrenOf(pid: number): { pid: number; cmd: string }[] {
	try {
		const ids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
			.trim()
			.split(/\s+/u)
			.filter(Boolean)
			.map(Number);
		return ids.map((id) => ({ pid: id, cmd: readFileSync(`/proc/${id}/cmdline`, 'utf8').replace(/\0/gu, ' ') }));
	} catch {
		return [];
	}
}

const alive = (pid: number) =>
	existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

async function until(what: string, ready: () => boolean, timeoutMs = 300_000): Promise<void> {
	const start = Date.now();
	while (!ready()) {
		if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}.`);
		await new Promise((r) => setTimeout(r, 20));
	}
}

function startBuild(): ChildProcess {
	return spawn(process.execPath, [CLI, 'build', '--content', content, '--out', out], {
		cwd: tmpdir(),
		stdio: 'ignore',
	});
}

async function killed(build: ChildProcess): Promise<void> {
	const exited = new Promise((r) => build.once('exit', r));
	build.kill('SIGKILL');
	await exited;
}

test('killed while its pages are built: the previous site is unchanged and the page builder stops', async () => {
	const build = startBuild();
	const tmp = sidePath(out, 'tmp', build.pid!);
	let builder: number | undefined;
	// The page phase: the child process that runs Astro has written its first pages into the new output.
	await until('the first built page', () => {
		builder ??= childrenOf(build.pid!).find((c) => c.cmd.includes('wikikb.mjs'))?.pid;
		return builder !== undefined && existsSync(join(tmp, '404.html'));
	});
	await killed(build);
	expect(snapshot(out)).toEqual(previous);
	await until('the page builder to stop', () => !alive(builder!), 60_000);
	expect(existsSync(tmp)).toBe(true); // left for the next build to remove
}, 600_000);

test('killed while the site is indexed for search: the previous site is unchanged, and the last stray was removed', async () => {
	const build = startBuild();
	const tmp = sidePath(out, 'tmp', build.pid!);
	// The index phase: the pages are built (their builder has ended) and Pagefind's indexer runs.
	await until('the search indexer', () => childrenOf(build.pid!).some((c) => c.cmd.includes('pagefind')));
	expect(childrenOf(build.pid!).some((c) => c.cmd.includes('wikikb.mjs'))).toBe(false);
	const strays = readdirSync(root).filter((n) => n.includes('.wikikb-tmp-'));
	expect(strays).toEqual([join(tmp).slice(root.length + 1)]);
	await killed(build);
	expect(snapshot(out)).toEqual(previous);
}, 600_000);

test('the next build succeeds, removes the strays and keeps .git and the kept file', async () => {
	await release();
	await buildSite(content, out);
	release = await acquireBuildLock();
	expect(readdirSync(root).filter((n) => n.includes('.wikikb-'))).toEqual([]);
	expect(existsSync(join(out, 'heuristic', 'Added_Later', 'index.html'))).toBe(true);
	expect(readFileSync(join(out, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
	expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('kb.example.org\n');
}, 600_000);
