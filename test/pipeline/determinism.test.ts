import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT, UNSLOTH } from '../helpers/paths.ts';

const run = promisify(execFile);
let work: string;

/** Runs `wikikb export` in a child process with its own environment and returns the exported files. */
async function exportWith(content: string, name: string, env: Record<string, string>): Promise<Map<string, string>> {
	const out = join(work, name);
	await run(process.execPath, [join(REPO_ROOT, 'scripts/wikikb.mjs'), 'export', '--content', content, '--out', out], {
		env: { ...process.env, ...env },
		cwd: REPO_ROOT,
	});
	const files = new Map<string, string>();
	for (const f of await readdir(join(out, 'api'), { recursive: true }))
		if (f.endsWith('.json')) files.set(`api/${f}`, await readFile(join(out, 'api', f), 'utf8'));
	return files;
}

/** Copies a content folder file by file in reverse order, so directory order differs from the original. */
async function copyReversed(from: string, to: string): Promise<void> {
	for (const type of (await readdir(from)).reverse()) {
		const names = (await readdir(join(from, type)).catch(() => [])).reverse();
		for (const n of names) await cp(join(from, type, n), join(to, type, n));
	}
}

describe('export is byte-identical', () => {
	let reference: Map<string, string>;
	beforeAll(async () => {
		work = await mkdtemp(join(tmpdir(), 'wikikb-det-'));
		reference = await exportWith(UNSLOTH, 'a', { WIKIKB_CACHE_DIR: 'off', TZ: 'UTC', LC_ALL: 'C' });
	});
	afterAll(() => rm(work, { recursive: true, force: true }));

	test('writes the four files, one file per page and their schemas', () => {
		const names = [...reference.keys()].sort();
		expect(names.filter((n) => !n.startsWith('api/page/'))).toEqual([
			'api/graph.json',
			'api/lr-rules.json',
			'api/pages.json',
			'api/schema/graph.schema.json',
			'api/schema/lr-rules.schema.json',
			'api/schema/page.schema.json',
			'api/schema/pages.schema.json',
			'api/schema/search.schema.json',
			'api/search.json',
		]);
		expect(names.filter((n) => n.startsWith('api/page/'))).toHaveLength(41);
		expect(names).toContain('api/page/heuristic/Learning_Rate_Tuning.json');
	});

	test('with input order reversed, another time zone and locale, cache cold and warm', async () => {
		const reversed = join(work, 'reversed');
		await copyReversed(UNSLOTH, reversed);
		const cache = join(work, 'cache');
		// content paths differ, so compare through the content-relative parts only
		const normalize = (m: Map<string, string>, dir: string) =>
			new Map([...m].map(([k, v]) => [k, v.split(dir).join('<content>')]));
		const base = normalize(reference, UNSLOTH);
		const cold = await exportWith(reversed, 'b', {
			WIKIKB_CACHE_DIR: cache,
			TZ: 'Asia/Kolkata',
			LC_ALL: 'de_DE.UTF-8',
			LANG: 'tr_TR.UTF-8',
		});
		const warm = await exportWith(reversed, 'c', {
			WIKIKB_CACHE_DIR: cache,
			TZ: 'America/Los_Angeles',
			LC_ALL: 'ja_JP.UTF-8',
		});
		expect(normalize(cold, reversed)).toEqual(base);
		expect(normalize(warm, reversed)).toEqual(base);
	});
});
