// A run after one page file changed parses that page only, and gives what a run without a cache gives.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

let dir = '';
let cache = '';
const run = (cacheDir: string | false = cache) =>
	runPipeline({ contentDir: dir, cacheDir, render: true, markdown: true, threads: 2 });

/** What a run holds apart from where its outputs are kept and how much came from the cache. */
const essence = (r: PipelineResult) => ({ pages: r.pages, graph: r.graph, rules: r.rules, diagnostics: r.diagnostics });

async function outputsOf(result: PipelineResult): Promise<Record<string, unknown>> {
	const out: Record<string, unknown> = {};
	for (const page of result.pages)
		out[page.id] = { body: await result.bodies.get(page.id), markdown: await result.markdown.get(page.id) };
	return out;
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wikikb-edit-content-'));
	cache = await mkdtemp(join(tmpdir(), 'wikikb-edit-cache-'));
	await cp(join(REPO_ROOT, 'content'), dir, { recursive: true });
	await run();
}, 300_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
	await rm(cache, { recursive: true, force: true });
});

test('after one edit only the edited page is parsed, and the run equals one without a cache', async () => {
	const file = join(dir, 'heuristics', 'Learning_Rate_Tuning.wiki');
	await writeFile(file, `${await readFile(file, 'utf8')}\nA new paragraph about [[zyzzyvas]].\n`);
	const edited = await run();
	expect(edited.stats).toEqual({ cached: edited.pages.length - 1, processed: 1 });
	const fresh = await run(false);
	expect(essence(edited)).toEqual(essence(fresh));
	expect(await outputsOf(edited)).toEqual(await outputsOf(fresh));
	expect(JSON.stringify(edited.pages)).toContain('zyzzyvas');
}, 300_000);
