// A cache entry that is unreadable, truncated or of the wrong shape is a miss: the run gives what a run without a
// cache gives, and a damaged body is rendered again.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { REPO_ROOT, SMW_WIKI } from '../helpers/paths.ts';

const CONTENT = join(REPO_ROOT, 'content');

let cache: string;
let fresh: PipelineResult;

async function bodiesOf(result: PipelineResult): Promise<Record<string, unknown>> {
	const out: Record<string, unknown> = {};
	for (const id of result.bodies.ids()) out[id] = await result.bodies.get(id);
	return out;
}

/** What a run holds apart from where its bodies are kept and how much came from the cache. */
const essence = (r: PipelineResult) => ({
	files: r.files,
	pages: r.pages,
	graph: r.graph,
	rules: r.rules,
	diagnostics: r.diagnostics,
});

beforeAll(async () => {
	cache = mkdtempSync(join(tmpdir(), 'wikikb-cache-'));
	fresh = await runPipeline({ contentDir: CONTENT, render: true, cacheDir: false });
	await runPipeline({ contentDir: CONTENT, render: true, cacheDir: cache });
}, 300_000);

afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** Damage done to one entry file each: its text, or (for `folder`) a folder in its place. */
const DAMAGE: readonly [string, (text: string) => string | 'folder'][] = [
	['truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
	['empty', () => ''],
	['not JSON', () => '\u0000\u00ff garbage'],
	['null', () => 'null'],
	['a number where the page is', () => '{"page": 42}'],
	[
		'a page without its facts',
		(text) => JSON.stringify({ ...JSON.parse(text), page: { ...JSON.parse(text).page, facts: undefined } }),
	],
	['a fact with a text line', (text) => text.replace(/"line":(\d+)/u, '"line":"$1"')],
	['a section tree gone wrong', (text) => text.replace(/"children":\[/u, '"children":[7,')],
	['an unreadable entry (a folder)', () => 'folder'],
];

test('damaged page entries are misses: the run equals one without a cache', async () => {
	const entries = readdirSync(cache)
		.filter((f) => f.endsWith('.json') && !f.endsWith('.body.json'))
		.sort();
	expect(entries.length).toBe(fresh.pages.length);
	DAMAGE.forEach(([, damage], i) => {
		const file = join(cache, entries[i]!);
		const result = damage(readFileSync(file, 'utf8'));
		rmSync(file);
		if (result === 'folder') mkdirSync(file);
		else writeFileSync(file, result);
	});
	const warm = await runPipeline({ contentDir: CONTENT, render: true, cacheDir: cache });
	expect(warm.stats.processed).toBe(DAMAGE.length);
	expect(essence(warm)).toEqual(essence(fresh));
	expect(await bodiesOf(warm)).toEqual(await bodiesOf(fresh));
});

test('damaged bodies are rendered again, as they were', async () => {
	const warm = await runPipeline({ contentDir: CONTENT, render: true, cacheDir: cache });
	expect(warm.stats.cached).toBe(fresh.pages.length - 1); // the entry that became a folder cannot be stored again
	const bodies = readdirSync(cache)
		.filter((f) => f.endsWith('.body.json'))
		.sort();
	writeFileSync(join(cache, bodies[0]!), '{"html": 5, "headings": []}');
	writeFileSync(join(cache, bodies[1]!), readFileSync(join(cache, bodies[1]!), 'utf8').slice(0, 10));
	rmSync(join(cache, bodies[2]!));
	expect(await bodiesOf(warm)).toEqual(await bodiesOf(fresh));
});

test('every page of the SMW test wiki (redirects, subobjects, templates, display titles) is a cache hit when unchanged', async () => {
	// The cache checks an entry's shape: a field the schema forgets would make every such page a miss, silently.
	const dir = mkdtempSync(join(tmpdir(), 'wikikb-cache-smw-'));
	try {
		const cold = await runPipeline({ contentDir: SMW_WIKI, render: true, cacheDir: dir });
		const warm = await runPipeline({ contentDir: SMW_WIKI, render: true, cacheDir: dir });
		expect(warm.stats.processed).toBe(0);
		expect(essence(warm)).toEqual(essence(cold));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
