import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

let root: string;

/** Writes pages under a fresh content folder and returns its path. */
async function content(name: string, pages: Record<string, string>): Promise<string> {
	const dir = join(root, name);
	for (const [rel, text] of Object.entries(pages)) {
		await mkdir(dirname(join(dir, rel)), { recursive: true });
		await writeFile(join(dir, rel), text);
	}
	return dir;
}

async function check(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await main(['check', ...args], {
		out: (t) => void (out += t),
		err: (t) => void (err += t),
		isTTY: false,
	});
	return { code, out, err };
}

const HEURISTIC = `== Overview ==
A rule.

== The Insight (Rule of Thumb) ==
* Use [[lerning_rate::2e-4]].

== Reasoning ==
Because.

== Related Pages ==
* [[used_by::Workflow:Nope]]
* [[last_updated::yesterday]]
`;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'wikikb-check-'));
	vi.stubEnv('WIKIKB_CACHE_DIR', 'off');
});
afterAll(async () => {
	vi.unstubAllEnvs();
	await rm(root, { recursive: true, force: true });
});

describe('wikikb check', () => {
	test('text output: compiler-style lines grouped by file, sorted by line, a summary; warnings exit 0', async () => {
		const dir = await content('warn', {
			'heuristics/H.wiki': HEURISTIC,
			'workflows/W.wiki': '== Overview ==\nSteps.\n\n== Related Pages ==\n',
		});
		const { code, out } = await check('--content', dir);
		expect(code).toBe(0);
		const lines = out.trimEnd().split('\n');
		const h = `${dir}/heuristics/H.wiki`;
		const w = `${dir}/workflows/W.wiki`;
		expect(lines.slice(0, -1).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
			`${h}:5:7 warning unknown-property`,
			`${h}:11:3 warning missing-page`,
			`${h}:12:3 warning malformed-date`,
			'',
			`${w}:1:1 warning missing-section`,
			'',
		]);
		expect(lines.at(-1)).toBe('0 errors, 4 warnings, 0 infos in 2 files');
		expect(out).toContain('Property `lerning_rate` is not in the registry; it is kept as written.');
		expect(out).toContain('points to `Workflow:Nope`, which has no page. Create `workflows/Nope.wiki`');
	});

	test('JSON output: { diagnostics: [{ file, line, col, severity, rule, message }] }', async () => {
		const dir = await content('json', { 'heuristics/H.wiki': HEURISTIC });
		const { code, out } = await check('--content', dir, '--format', 'json');
		expect(code).toBe(0);
		const parsed = JSON.parse(out) as { diagnostics: Record<string, unknown>[] };
		expect(parsed.diagnostics.map((d) => [d.line, d.rule])).toEqual([
			[5, 'unknown-property'],
			[11, 'missing-page'],
			[12, 'malformed-date'],
		]);
		for (const d of parsed.diagnostics)
			expect(Object.keys(d).sort()).toEqual(['col', 'file', 'line', 'message', 'rule', 'severity']);
	});

	test('two files with one title: reported with both files, exit 1', async () => {
		const dir = await content('dup', { 'heuristics/A_b.wiki': HEURISTIC, 'heuristics/A b.md': HEURISTIC });
		const text = await check('--content', dir);
		expect(text.code).toBe(1);
		expect(text.out).toContain('error duplicate-title');
		expect(text.out).toContain('heuristics/A b.md');
		expect(text.out).toContain('heuristics/A_b.wiki');
		expect(text.out).toMatch(/1 error, 0 warnings, 0 infos/u);
		const json = await check('--content', dir, '--format', 'json');
		expect(json.code).toBe(1);
		expect((JSON.parse(json.out) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule)).toEqual([
			'duplicate-title',
		]);
	});

	test('bad usage and an unreadable folder exit 2 with advice', async () => {
		expect((await check('--format', 'xml')).code).toBe(2);
		const missing = await check('--content', join(root, 'does-not-exist'));
		expect(missing.code).toBe(2);
		expect(missing.err).toContain('--content');
	});
});
