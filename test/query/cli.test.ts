// `wikikb ask 'QUERY'`: the outputs, the exit codes (0 results, 1 none, 2 unreadable) and the caret under a problem,
// on a content folder and on an export.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SMW_QUERIES } from '../helpers/paths.ts';

let work: string;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await main(['ask', ...args], { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false });
	return { code, out, err };
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'wikikb-ask-'));
	let err = '';
	const code = await main(['export', '--content', SMW_QUERIES, '--out', work], {
		out: () => undefined,
		err: (t) => void (err += t),
		isTTY: false,
	});
	if (code > 1) throw new Error(err);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a table of the results on a content folder, exit 0', async () => {
	const { code, out, err } = await run(
		'[[Category:Town]][[Population::>500000]]|?Population|?Located in=Country|sort=Population|order=desc',
		'--content',
		SMW_QUERIES,
	);
	expect(err).toBe('');
	expect(out).toBe(
		[
			'Page       Population  Country',
			'---------  ----------  -------',
			'Westport   2,100,000   Arland',
			'Nordhavn   709,000',
			'Millbrook  522,000     Arland',
			'',
			'3 results',
			'',
		].join('\n'),
	);
	expect(code).toBe(0);
});

test('the export answers as the content folder does, in csv, count and json', async () => {
	const query = '[[Located in.Member of::Western Union]]|?Population';
	expect((await run(query, '--export', work, '--format', 'csv')).out).toBe(
		',Population\nMillbrook,"522,000"\nWestport,"2,100,000"\n',
	);
	expect((await run(query, '--export', join(work, 'api', 'graph.json'), '--format', 'count')).out).toBe('2\n');
	const json = JSON.parse((await run(query, '--export', work, '--format', 'json')).out) as {
		query: { results: Record<string, { fullurl: string; namespace: number }>; meta: { count: number } };
	};
	expect(Object.keys(json.query.results)).toEqual(['Millbrook', 'Westport']);
	expect(json.query.results.Millbrook).toMatchObject({ fullurl: '/page/Millbrook/', namespace: 0 });
	expect(json.query.meta.count).toBe(2);
	// the query's own format, when --format is not given
	expect((await run(`${query}|format=count`, '--export', work)).out).toBe('2\n');
});

test('no result is exit 1', async () => {
	const { code, out } = await run('[[Category:Nothing here]]', '--export', work);
	expect(code).toBe(1);
	expect(out).toContain('0 results');
});

test('a query that cannot be read is exit 2, with a caret under the problem', async () => {
	const query = '[[Category:Town]] [[Population::>>abc]]|?Population';
	const { code, out, err } = await run(query, '--export', work);
	expect(code).toBe(2);
	expect(out).toBe('');
	const lines = err.split('\n');
	expect(lines[0]).toMatch(/^error: The value `>>abc` of `Population` cannot be read/u);
	expect(lines[1]).toBe(`  ${query}`);
	expect(lines[2]).toBe(`  ${' '.repeat(query.indexOf('>>abc'))}^^^^^`);
});

test('a warning is printed with its caret, and the results still come', async () => {
	const { code, err } = await run('[[Category:Capital]]|limt=1', '--export', work);
	expect(code).toBe(0);
	expect(err.split('\n').slice(0, 3)).toEqual([
		'warning: `limt` is not a query parameter, so it is ignored. Check its spelling (parameters: `format`, `limit`, `offset`, `sort`, `order`, `mainlabel`, `headers`, `link`, `default`, `intro`, `outro`, `searchlabel`, `sep`, `valuesep`, `propsep`, `template`, `named args`, `userparam`, `introtemplate`, `outrotemplate`, `class`, `embedformat`, `embedonly`, `transpose`, `columns`).',
		'  [[Category:Capital]]|limt=1',
		`  ${' '.repeat(21)}^^^^^^`,
	]);
});

test('bad usage is exit 2 with a message: no query, two queries, an unknown format, a file that is no graph or of another major version', async () => {
	expect(await run('--export', work)).toMatchObject({ code: 2, err: expect.stringContaining('needs a query') });
	expect(await run('[[A]]', '[[B]]', '--export', work)).toMatchObject({
		code: 2,
		err: expect.stringContaining('takes one query, not 2'),
	});
	expect(await run('[[A]]', '--format', 'xml', '--export', work)).toMatchObject({
		code: 2,
		err: expect.stringContaining('`--format xml` is not an output'),
	});
	const bad = join(work, 'bad.json');
	writeFileSync(bad, '{"nodes": 1}');
	expect(await run('[[A]]', '--export', bad)).toMatchObject({
		code: 2,
		err: expect.stringContaining('is not a wikikb graph'),
	});
	writeFileSync(bad, '{"schemaVersion": "2.0.0", "nodes": [], "facts": [], "properties": []}');
	expect(await run('[[A]]', '--export', bad)).toMatchObject({
		code: 2,
		err: expect.stringContaining('has schemaVersion `2.0.0`, but this wikikb reads 1.x'),
	});
});

test('an export without subobjects or concepts (graph.json leaves them out) is asked like any other', async () => {
	const content = mkdtempSync(join(tmpdir(), 'wikikb-ask-plain-'));
	const out = join(work, 'plain');
	try {
		writeFileSync(join(content, 'Alpha.wiki'), "'''Alpha''' is [[Has colour::red]].\n");
		writeFileSync(join(content, 'Beta.wiki'), "'''Beta''' is [[Has colour::blue]].\n");
		expect(
			await main(['export', '--content', content, '--out', out], {
				out: () => undefined,
				err: () => undefined,
				isTTY: false,
			}),
		).toBeLessThan(2);
		const { code, out: printed } = await run('[[Has colour::+]]|?Has colour|format=count', '--export', out);
		expect(printed).toBe('2\n');
		expect(code).toBe(0);
	} finally {
		rmSync(content, { recursive: true, force: true });
	}
});
