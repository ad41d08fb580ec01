// Ctrl+C (SIGINT) or SIGTERM while `wikikb export` runs: the previous output stays as it was, and the unfinished
// output and the lock beside it are removed before the command ends.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sidePath } from '../../src/output/location.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { snapshot } from './helpers.ts';

const CLI = join(REPO_ROOT, 'scripts', 'wikikb.mjs');
let root: string;
let out: string;

function exportTo(): ReturnType<typeof spawn> {
	return spawn(process.execPath, [CLI, 'export', '--content', join(REPO_ROOT, 'content'), '--out', out], {
		cwd: tmpdir(),
		stdio: 'ignore',
		env: { ...process.env, WIKIKB_CACHE_DIR: 'off' },
	});
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'wikikb-interrupt-'));
	out = join(root, 'export');
	const first = exportTo();
	expect(await new Promise((r) => first.once('exit', r))).toBe(0);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

test.each(['SIGINT', 'SIGTERM'] as const)(
	'%s cleans up at once and leaves the previous output',
	async (signal) => {
		const before = snapshot(out);
		const run = exportTo();
		const tmp = sidePath(out, 'tmp', run.pid!);
		for (let i = 0; i < 600 && !existsSync(tmp); i++) await new Promise((r) => setTimeout(r, 10));
		expect(existsSync(tmp)).toBe(true);
		const ended = new Promise<NodeJS.Signals | null>((r) => run.once('exit', (_code, by) => r(by)));
		run.kill(signal);
		expect(await ended).toBe(signal);
		expect(readdirSync(root)).toEqual(['export']);
		expect(snapshot(out)).toEqual(before);
	},
	120_000,
);
