import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';
import { E2E_FIXTURES, readExpectation } from './case.ts';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'scripts', 'wikikb.mjs');
const CASE = join(E2E_FIXTURES, 'wiki-mix');
const EXPORTED = ['graph', 'lr-rules', 'pages'] as const;

/** Runs the wikikb CLI the way a user does; never throws on a non-zero exit, returns it instead. */
async function wikikb(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
			cwd: REPO_ROOT,
			env: { ...process.env, WIKIKB_CACHE_DIR: 'off' },
			maxBuffer: 64 << 20,
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code?: number; stdout?: string; stderr?: string };
		return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
	}
}

/** The `check --format json` shape of SPEC 2 (the CLI ships no schema for it, so the spec's words are the schema). */
const CHECK_SCHEMA = {
	type: 'object',
	required: ['diagnostics'],
	properties: {
		diagnostics: {
			type: 'array',
			items: {
				type: 'object',
				required: ['file', 'line', 'col', 'severity', 'rule', 'message'],
				properties: {
					file: { type: 'string', minLength: 1 },
					line: { type: 'integer', minimum: 0 },
					col: { type: 'integer', minimum: 0 },
					severity: { enum: ['error', 'warning', 'info'] },
					rule: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
					message: { type: 'string', minLength: 1 },
				},
			},
		},
	},
} as const;

function ajv(): Ajv2020 {
	const instance = new Ajv2020({ strict: true, allErrors: true });
	addFormats.default ? addFormats.default(instance) : (addFormats as unknown as (a: Ajv2020) => void)(instance);
	return instance;
}

describe('wikikb export on a wiki it has never seen', () => {
	let out = '';
	let again = '';
	let exported: { code: number; stdout: string; stderr: string };

	beforeAll(async () => {
		out = await mkdtemp(join(tmpdir(), 'wikikb-e2e-'));
		again = await mkdtemp(join(tmpdir(), 'wikikb-e2e-again-'));
		exported = await wikikb(['export', '--content', CASE, '--out', out]);
		await wikikb(['export', '--content', CASE, '--out', again]);
	}, 300_000);

	afterAll(async () => {
		await rm(out, { recursive: true, force: true });
		await rm(again, { recursive: true, force: true });
	});

	test('exits 0: warnings do not stop an export', () => {
		expect(exported.code, exported.stderr).toBe(0);
	});

	for (const name of EXPORTED)
		test(`api/${name}.json validates against api/schema/${name}.schema.json`, async () => {
			const schema = JSON.parse(await readFile(join(out, 'api', 'schema', `${name}.schema.json`), 'utf8'));
			const data = JSON.parse(await readFile(join(out, 'api', `${name}.json`), 'utf8'));
			const validate = ajv().compile(schema);
			expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
			expect(typeof data.schemaVersion).toBe('string');
		});

	test('the same input gives byte-identical files', async () => {
		const files = (await readdir(join(out, 'api'), { recursive: true })).filter((f) => f.endsWith('.json')).sort();
		expect(files.length).toBeGreaterThanOrEqual(6);
		for (const f of files)
			expect(await readFile(join(again, 'api', f), 'utf8'), f).toBe(await readFile(join(out, 'api', f), 'utf8'));
	});

	test('graph.json carries the reader-visible facts of the pages (spot check against the hand-written expectation)', async () => {
		const graph = JSON.parse(await readFile(join(out, 'api', 'graph.json'), 'utf8')) as {
			nodes: { id: string; domains: string[]; lastUpdated?: string; missing: boolean }[];
			facts: { subject: string; property: string; value: string; line: number }[];
			edges: { from: string; to: string; relation: string; facts: number[] }[];
		};
		const want = readExpectation('wiki-mix');
		const sheet = graph.nodes.find((n) => n.id === 'Heuristic:Learning_rate_cheatsheet');
		expect(sheet?.domains).toEqual(['Fine Tuning', 'LLMs']);
		expect(sheet?.lastUpdated).toBe('2025-12-12T00:00:00Z');
		expect(graph.nodes.find((n) => n.id === 'Concept:Learning_Rate')?.missing).toBe(true);
		const facts = graph.facts.filter((f) => f.subject === 'Heuristic:Learning_rate_cheatsheet');
		expect(facts.map((f) => [f.property, f.value, f.line])).toEqual(
			(
				want.pages['heuristics/learning rate cheatsheet.wiki']!.facts as {
					property: string;
					value: string;
					line: number;
				}[]
			).map((f) => [f.property, f.value, f.line]),
		);
		for (const edge of graph.edges)
			for (const i of edge.facts)
				expect(graph.facts[i], `edge ${edge.from} -> ${edge.to} points at fact ${i}`).toBeDefined();
	});

	test('pages.json lists every page with id, title, type, file, sections and a summary of its text', async () => {
		const { pages } = JSON.parse(await readFile(join(out, 'api', 'pages.json'), 'utf8')) as {
			pages: { id: string; title: string; type: string; file: string; sections: unknown[]; summary: string }[];
		};
		const want = readExpectation('wiki-mix');
		expect(pages.map((p) => p.file).sort()).toEqual([...want.pageFiles].sort());
		const sheet = pages.find((p) => p.id === 'Heuristic:Learning_rate_cheatsheet');
		expect(sheet).toMatchObject({
			title: 'Learning rate cheatsheet',
			type: 'Heuristic',
			file: 'heuristics/learning rate cheatsheet.wiki',
		});
		expect(sheet!.sections.length).toBe(4);
		// A summary is what the page says, not the labels of its fact box.
		expect(sheet!.summary).toContain('Learning rates for LoRA and QLoRA adapters');
		expect(sheet!.summary).not.toContain('Knowledge Sources');
	});

	test('page URLs are stable and readable (spaces become _, first letter capitalised)', async () => {
		const graph = JSON.parse(await readFile(join(out, 'api', 'graph.json'), 'utf8')) as {
			nodes: { id: string; url: string }[];
		};
		const url = (id: string) => graph.nodes.find((n) => n.id === id)?.url;
		expect(url('Heuristic:Learning_rate_cheatsheet')).toMatch(/^\/heuristic\/Learning_rate_cheatsheet\/?$/);
		expect(url('Workflow:Preference_Tuning')).toMatch(/^\/workflow\/Preference_Tuning\/?$/);
		expect(new Set(graph.nodes.map((n) => n.url)).size).toBe(graph.nodes.length);
	});

	test('lr-rules.json holds one rule per stated recommendation of the pages', async () => {
		const { rules } = JSON.parse(await readFile(join(out, 'api', 'lr-rules.json'), 'utf8')) as {
			rules: { page: string; line: number }[];
		};
		const want = readExpectation('wiki-mix');
		const expected = Object.values(want.pages)
			.flatMap((p) => (p.rules ?? []).map((r) => `${(p.page as { id: string }).id}:${r.line}`))
			.sort();
		expect(rules.map((r) => `${r.page}:${r.line}`).sort()).toEqual(expected);
	});
});

describe('wikikb check --format json', () => {
	let checked: { code: number; stdout: string; stderr: string };
	beforeAll(async () => {
		checked = await wikikb(['check', '--content', CASE, '--format', 'json']);
	}, 300_000);

	test('exits 0 (the case has warnings, no errors) and prints JSON of the documented shape', () => {
		expect(checked.code, checked.stderr).toBe(0);
		const data = JSON.parse(checked.stdout);
		const validate = ajv().compile(CHECK_SCHEMA);
		expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
	});

	test('lists the diagnostics a reviewer expects, with file and line', () => {
		const { diagnostics } = JSON.parse(checked.stdout) as {
			diagnostics: { file: string; line: number; rule: string }[];
		};
		for (const d of readExpectation('wiki-mix').diagnostics ?? []) {
			expect(
				diagnostics.filter((x) => x.file.endsWith(`/${d.file}`)).map((x) => `${x.line} ${x.rule}`),
				d.file,
			).toContain(`${d.line} ${d.rule}`);
		}
	});
});

test('wikikb check prints `file:line:col severity rule message` lines', async () => {
	const { code, stdout } = await wikikb(['check', '--content', CASE]);
	expect(code).toBe(0);
	expect(stdout).toMatch(/learning rate cheatsheet\.wiki:59:\d+ warning reversed-range \S/);
	expect(stdout).toMatch(/GPU_Box\.md:13:\d+ warning malformed-date .*`sometime in December`/);
}, 300_000);

describe('wikikb lr on a wiki it has never seen', () => {
	test('GRPO at 7B: the 7-8B GRPO row (5e-6) is the most specific rule', async () => {
		const { code, stdout, stderr } = await wikikb([
			'lr',
			'--content',
			join(E2E_FIXTURES, 'lr-forms'),
			'--task',
			'grpo',
			'--params',
			'7B',
			'--json',
		]);
		expect(code, stderr).toBe(0);
		const rec = JSON.parse(stdout) as { lr?: { min: number; max: number } };
		expect(rec.lr).toEqual({ min: 5e-6, max: 5e-6 });
	});
});

describe('wikikb tells the user what went wrong', () => {
	test('an unreadable content folder: exit 2 and a message naming the folder', async () => {
		const missing = join(E2E_FIXTURES, 'no-such-folder');
		const { code, stdout, stderr } = await wikikb(['check', '--content', missing]);
		expect(code).toBe(2);
		expect(stdout + stderr).toContain('no-such-folder');
	});

	test('export stops on two files with one title and names both files', async () => {
		const out = await mkdtemp(join(tmpdir(), 'wikikb-e2e-clash-'));
		try {
			const { code, stdout, stderr } = await wikikb([
				'export',
				'--content',
				join(E2E_FIXTURES, 'title-clash'),
				'--out',
				out,
			]);
			expect(code).not.toBe(0);
			expect(stdout + stderr).toContain('Batch size.md');
			expect(stdout + stderr).toContain('batch_size.wiki');
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});

	test('an unknown task: exit 2 and the list of known tasks', async () => {
		const { code, stdout, stderr } = await wikikb([
			'lr',
			'--content',
			join(E2E_FIXTURES, 'lr-forms'),
			'--task',
			'pretraining-from-scratch',
		]);
		expect(code).toBe(2);
		expect(stdout + stderr).toContain('continued-pretraining');
	});
});

describe('bad input is reported, and output is still produced unless --strict', () => {
	const broken = join(E2E_FIXTURES, 'broken-input');

	test('check exits 1 on errors (an unclosed table)', async () => {
		const { code, stdout } = await wikikb(['check', '--content', broken, '--format', 'json']);
		expect(code).toBe(1);
		const { diagnostics } = JSON.parse(stdout) as { diagnostics: { line: number; rule: string; severity: string }[] };
		expect(diagnostics).toContainEqual(
			expect.objectContaining({ line: 12, rule: 'unclosed-table', severity: 'error' }),
		);
	});

	test('export still writes the JSON files; --strict makes the errors fatal', async () => {
		const out = await mkdtemp(join(tmpdir(), 'wikikb-e2e-broken-'));
		try {
			const lenient = await wikikb(['export', '--content', broken, '--out', out]);
			expect(lenient.code, lenient.stderr).toBe(0);
			const graph = JSON.parse(await readFile(join(out, 'api', 'graph.json'), 'utf8')) as { facts: { line: number }[] };
			expect(graph.facts.map((f) => f.line)).toEqual([3, 4, 5, 6, 18, 19, 21]);
			const strict = await wikikb(['export', '--content', broken, '--out', out, '--strict']);
			expect(strict.code).not.toBe(0);
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});
});

describe('custom namespaces from the config file', () => {
	test('export and check read `namespaces` of --config: a folder of Tool: pages, linked from another page', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'wikikb-e2e-ns-'));
		try {
			await mkdir(join(dir, 'kb', 'tools'), { recursive: true });
			await mkdir(join(dir, 'kb', 'heuristics'), { recursive: true });
			await writeFile(join(dir, 'kb', 'tools', 'Vllm.wiki'), '== Overview ==\nA serving engine.\n');
			await writeFile(join(dir, 'kb', 'heuristics', 'Serve.wiki'), '== Overview ==\nServe with [[uses::Tool:Vllm]].\n');
			await writeFile(
				join(dir, 'cfg.json'),
				JSON.stringify({ content: 'kb', namespaces: [{ name: 'Tool', folder: 'tools' }] }),
			);
			const exported = await wikikb(['export', '--config', join(dir, 'cfg.json'), '--out', join(dir, 'out')]);
			expect(exported.code, exported.stderr).toBe(0);
			const graph = JSON.parse(await readFile(join(dir, 'out', 'api', 'graph.json'), 'utf8')) as {
				nodes: { id: string; kind: string; file?: string }[];
			};
			expect(graph.nodes.find((n) => n.id === 'Tool:Vllm')).toMatchObject({ kind: 'page', file: 'tools/Vllm.wiki' });
			const checked = await wikikb(['check', '--config', join(dir, 'cfg.json'), '--format', 'json']);
			expect(checked.stdout).not.toContain('Tool:Vllm');
			// without the declaration, `tools/` is a folder of main-namespace subpages and the link is red
			const plain = await wikikb(['check', '--content', join(dir, 'kb'), '--format', 'json']);
			expect(plain.stdout).toContain('Tool:Vllm');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
