// `wikikb mcp` as a client sees it: a child process spoken to over stdio with the SDK's own client.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CUSTOM_NAMESPACES, writeCustomNamespaceKb } from '../helpers/custom-namespace-kb.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const CLI = join(REPO_ROOT, 'scripts', 'wikikb.mjs');
let work: string;
let content: string;
let exported: string;

/** Every file under a folder with its size and modification time, to see that nothing was written. */
async function snapshot(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		const info = await stat(path);
		out.push(`${path} ${info.size} ${info.mtimeMs}`);
	}
	return out.sort();
}

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'wikikb-mcp-'));
	content = join(work, 'content');
	exported = join(work, 'export');
	await cp(join(REPO_ROOT, 'content'), content, { recursive: true });
	const run = spawnSync(process.execPath, [CLI, 'export', '--content', content, '--out', exported], {
		encoding: 'utf8',
	});
	expect(run.status, run.stderr).toBe(0);
}, 300_000);

afterAll(() => rm(work, { recursive: true, force: true }));

async function connect(args: string[]): Promise<{ client: Client; errors: Error[]; stderr: () => string }> {
	const transport = new StdioClientTransport({
		command: process.execPath,
		args: [CLI, 'mcp', ...args],
		stderr: 'pipe',
	});
	let stderr = '';
	transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
	const client = new Client({ name: 'wikikb-test', version: '1.0.0' });
	const errors: Error[] = [];
	// A line on stdout that is not a protocol message is reported here.
	client.onerror = (error) => errors.push(error);
	await client.connect(transport);
	return { client, errors, stderr: () => stderr };
}

const text = (result: object) => (result as { content?: { text?: string }[] }).content?.[0]?.text ?? '';

describe.each([
	['--export', () => ['--export', exported]],
	['--content', () => ['--content', content]],
])('wikikb mcp %s', (_mode, args) => {
	let client: Client;
	let errors: Error[];
	let before: string[];
	let schemas: Map<string, object>;
	const ajv = new Ajv({ strict: false, allErrors: true });

	beforeAll(async () => {
		before = await snapshot(content);
		({ client, errors } = await connect(args()));
		const { tools } = await client.listTools();
		schemas = new Map(tools.map((t) => [t.name, t.outputSchema as object]));
	}, 120_000);

	afterAll(async () => {
		await client?.close();
	});

	/** Calls a tool and checks its structured result against the output schema it lists. */
	async function call(name: string, args: Record<string, unknown>) {
		const result = await client.callTool({ name, arguments: args });
		expect(result.isError, text(result)).toBeFalsy();
		const validate = ajv.compile(schemas.get(name)!);
		expect(validate(result.structuredContent), JSON.stringify(validate.errors)).toBe(true);
		expect(text(result).length).toBeGreaterThan(0);
		return result;
	}

	test('lists the four tools, each with an input and an output JSON Schema', async () => {
		const { tools } = await client.listTools();
		expect(tools.map((t) => t.name)).toEqual(['search', 'ask', 'get_page', 'recommend_lr', 'check']);
		for (const tool of tools) {
			expect(tool.inputSchema.type).toBe('object');
			expect(tool.outputSchema?.type).toBe('object');
			expect(tool.description!.length).toBeGreaterThan(50);
		}
	});

	test('search ranks the page that answers a question first and lists its connected pages', async () => {
		const result = await call('search', { query: 'which learning rate for a QLoRA fine-tune', top_k: 5 });
		const { results } = result.structuredContent as {
			results: { id: string; summary: string; connected: { id: string }[] }[];
		};
		expect(results.slice(0, 3).map((r) => r.id)).toContain('Heuristic:Learning_Rate_Tuning');
		expect(results.length).toBeLessThanOrEqual(5);
		expect(results[0]!.summary.length).toBeGreaterThan(20);
		expect(results.some((r) => r.connected.length > 0)).toBe(true);
	});

	test('search filters by type, domain and property value', async () => {
		const byType = (await call('search', { query: 'learning rate', type: ['Implementation'] })).structuredContent as {
			results: { type: string }[];
		};
		expect(byType.results.length).toBeGreaterThan(0);
		expect(byType.results.every((r) => r.type === 'Implementation')).toBe(true);
		const byDomain = (await call('search', { query: '', domain: ['alignment'] })).structuredContent as {
			results: { domains: string[] }[];
		};
		expect(byDomain.results.length).toBeGreaterThan(0);
		expect(byDomain.results.every((r) => r.domains.some((d) => d.toLowerCase() === 'alignment'))).toBe(true);
		const bySource = (await call('search', { query: '', property: [{ name: 'source', value: 'Paper' }] }))
			.structuredContent as { results: { id: string }[] };
		expect(bySource.results.length).toBeGreaterThan(0);
		const page = (await call('get_page', { title: bySource.results[0]!.id })).structuredContent as {
			sources: { type: string }[];
		};
		expect(page.sources.some((s) => s.type === 'Paper')).toBe(true);
	});

	test('get_page returns the page as Markdown with facts, edges both ways and LR rules', async () => {
		const result = await call('get_page', { title: 'learning rate tuning' });
		const page = result.structuredContent as {
			id: string;
			markdown: string;
			facts: unknown[];
			incoming: { pages: unknown[] }[];
			lrRules: unknown[];
		};
		expect(page.id).toBe('Heuristic:Learning_Rate_Tuning');
		expect(page.markdown).toMatch(/^\| Task Type +\| Recommended LR/mu);
		expect(page.markdown).toContain('```python');
		expect(page.facts.length).toBeGreaterThan(3);
		expect(page.incoming.flatMap((g) => g.pages).length).toBeGreaterThan(0);
		expect(page.lrRules.length).toBeGreaterThan(3);
		expect(text(result)).toMatch(/^# Learning Rate Tuning/u);
	});

	test('recommend_lr answers with the range and the rules behind it', async () => {
		const result = await call('recommend_lr', { task: 'sft', params: '7B', method: 'qlora' });
		const rec = result.structuredContent as { lr?: { min: number; max: number }; rules: { page: string }[] };
		expect(rec.lr?.min).toBeGreaterThan(0);
		expect(rec.rules.length).toBeGreaterThan(0);
		expect(text(result)).toContain('Recommended LR for task sft');
	});

	test('ask runs a Semantic MediaWiki query: columns, rows with plain-text values, the count before the limit', async () => {
		const result = await call('ask', {
			query: '[[uses_heuristic::Heuristic:Learning Rate Tuning]]|?uses_heuristic=Heuristics|sort=|limit=2',
		});
		const answer = result.structuredContent as {
			columns: string[];
			rows: { page: string; values: string[][] }[];
			count: number;
			further: boolean;
		};
		expect(answer.columns).toEqual(['Page', 'Heuristics']);
		expect(answer.rows).toHaveLength(2);
		expect(answer.count).toBeGreaterThan(2);
		expect(answer.further).toBe(true);
		for (const row of answer.rows) expect(row.values[1]).toContain('Heuristic:Learning Rate Tuning');
		expect(answer.rows.map((r) => r.page)).toEqual([...answer.rows.map((r) => r.page)].sort());
		expect(text(result)).toMatch(/^Page +Heuristics\n/u);
		const unreadable = await client.callTool({ name: 'ask', arguments: { query: '[[uses_heuristic::+' } });
		expect(unreadable.isError).toBe(true);
		expect(text(unreadable)).toContain('is not closed by a matching `]]`');
		expect(text(unreadable)).toMatch(/\n +\^/u);
	});

	test('check lists the diagnostics of a page and of every page', async () => {
		const all = (await call('check', {})).structuredContent as {
			counts: { info: number };
			diagnostics: { file: string }[];
		};
		expect(all.diagnostics.length).toBe(all.counts.info);
		const file = all.diagnostics[0]!.file;
		const one = (await call('check', { page: 'Heuristic:Learning_Rate_Tuning' })).structuredContent as {
			page: string;
			diagnostics: { file: string }[];
		};
		expect(one.page).toBe('Heuristic:Learning_Rate_Tuning');
		expect(one.diagnostics.every((d) => d.file.endsWith('Learning_Rate_Tuning.wiki'))).toBe(true);
		expect(file).toMatch(/\.wiki$/u);
	});

	test('bad arguments get MCP errors and the server keeps answering', async () => {
		const bad = [
			await client.callTool({ name: 'search', arguments: { query: 42 } }),
			await client.callTool({ name: 'search', arguments: { query: 'x', top_k: 500 } }),
			await client.callTool({ name: 'get_page', arguments: {} }),
			await client.callTool({ name: 'get_page', arguments: { title: 'No Such Page Anywhere' } }),
			await client.callTool({ name: 'recommend_lr', arguments: { task: 'juggling' } }),
			await client.callTool({ name: 'recommend_lr', arguments: { task: 'sft', params: 'huge' } }),
			await client.callTool({ name: 'check', arguments: { page: 'No Such Page Anywhere' } }),
			await client.callTool({ name: 'no_such_tool', arguments: {} }),
		];
		for (const result of bad) expect(result.isError, text(result)).toBe(true);
		expect(text(bad[3]!)).toContain('No single page is titled `No Such Page Anywhere`');
		expect(text(bad[4]!)).toContain('The task `juggling` is not one wikikb knows');
		await expect(client.readResource({ uri: 'wikikb://page/Heuristic%3ANope' })).rejects.toThrow(/no page/u);
		await call('search', { query: 'warmup' });
	});

	test('every page is a resource, read as Markdown', async () => {
		const { resources } = await client.listResources();
		expect(resources.length).toBe(34);
		const read = await client.readResource({
			uri: resources.find((r) => r.name === 'Heuristic:Learning_Rate_Tuning')!.uri,
		});
		const first = read.contents[0] as { mimeType: string; text: string };
		expect(first.mimeType).toBe('text/markdown');
		expect(first.text).toMatch(/^# Learning Rate Tuning\n/u);
	});

	test('writes nothing but protocol messages to stdout, and nothing to the content', async () => {
		expect(errors).toEqual([]);
		expect(await snapshot(content)).toEqual(before);
	});
});

test('wikikb mcp refuses a folder that is no export, with a message on stderr', async () => {
	const { client, stderr } = await connect(['--export', content]);
	const result = await client.callTool({ name: 'search', arguments: { query: 'x' } });
	expect(result.isError).toBe(true);
	expect(text(result)).toContain('holds no JSON export');
	await client.close();
	expect(stderr()).toContain('holds no JSON export');
	const missing = spawnSync(process.execPath, [CLI, 'mcp', '--export', join(work, 'nope')], { encoding: 'utf8' });
	expect(missing.status).toBe(2);
	expect(missing.stdout).toBe('');
	expect(missing.stderr).toContain('is not a folder');
	expect(await readFile(join(exported, 'api', 'graph.json'), 'utf8')).toContain('"schemaVersion"');
}, 60_000);

test('wikikb mcp --content reads the config file: a custom namespace is a page type to filter by, a redirect gives its target', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'wikikb-mcp-ns-'));
	try {
		await writeCustomNamespaceKb(dir);
		await writeFile(join(dir, 'cfg.json'), JSON.stringify({ content: 'kb', namespaces: CUSTOM_NAMESPACES }));
		const { client } = await connect(['--config', join(dir, 'cfg.json')]);
		const { tools } = await client.listTools();
		const ajv = new Ajv({ strict: false, allErrors: true });
		const call = async (name: string, args: Record<string, unknown>) => {
			const result = await client.callTool({ name, arguments: args });
			expect(result.isError, text(result)).toBeFalsy();
			const validate = ajv.compile(tools.find((t) => t.name === name)!.outputSchema as object);
			expect(validate(result.structuredContent), JSON.stringify(validate.errors)).toBe(true);
			return result.structuredContent as Record<string, unknown>;
		};
		const found = (await call('search', { query: 'serving engine', type: ['Tool'] })) as {
			results: { id: string; type: string }[];
		};
		expect(found.results.map((r) => [r.id, r.type])).toEqual([['Tool:Vllm', 'Tool']]);
		expect(await call('get_page', { title: 'Fast Serving' })).toMatchObject({ id: 'Tool:Vllm', type: 'Tool' });
		await client.close();
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}, 120_000);
