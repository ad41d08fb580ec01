// Rendered bodies stay in the cache folder and are read back when a page is shown; without a cache they are held.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PipelineResult } from '../../src/pipeline/run.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { UNSLOTH } from '../helpers/paths.ts';

let cache: string;
let held: PipelineResult;

/** Every body of a run, read through the run's body store. */
async function allBodies(result: PipelineResult): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const id of result.bodies.ids()) out.set(id, JSON.stringify(await result.bodies.get(id)));
	return out;
}

beforeAll(async () => {
	cache = await mkdtemp(join(tmpdir(), 'wikikb-bodies-'));
	held = await runPipeline({ contentDir: UNSLOTH, render: true, cacheDir: false });
}, 300_000);

afterAll(() => rm(cache, { recursive: true, force: true }));

describe('rendered bodies', () => {
	test('stored in the cache, cold and warm, they read back as the bodies rendered without a cache', async () => {
		const expected = await allBodies(held);
		expect(expected.size).toBe(held.pages.length);
		const cold = await runPipeline({ contentDir: UNSLOTH, render: true, cacheDir: cache });
		expect(cold.stats.processed).toBe(held.pages.length);
		const bodyFiles = (await readdir(cache)).filter((f) => f.endsWith('.body.json'));
		expect(bodyFiles.length).toBe(held.pages.length);
		expect(await allBodies(cold)).toEqual(expected);
		const warm = await runPipeline({ contentDir: UNSLOTH, render: true, cacheDir: cache });
		expect(warm.stats.cached).toBe(held.pages.length);
		expect(await allBodies(warm)).toEqual(expected);
		for (const id of warm.bodies.ids()) expect(warm.bodies.info(id)).toEqual(held.bodies.info(id));
	});

	test('a run that does not render reuses the cache without reading bodies and has none', async () => {
		const exported = await runPipeline({ contentDir: UNSLOTH, cacheDir: cache });
		expect(exported.stats.cached).toBe(held.pages.length);
		expect(exported.bodies.size).toBe(0);
	});

	test('the digest tells bodies apart and the diagram flag follows the mermaid blocks', () => {
		const digests = [...held.bodies.ids()].map((id) => held.bodies.info(id)!.digest);
		expect(new Set(digests).size).toBe(digests.length);
		const withDiagrams = [...held.bodies.ids()].filter((id) => held.bodies.info(id)!.hasDiagrams);
		expect(withDiagrams.length).toBeGreaterThan(0);
		for (const id of withDiagrams) expect(held.pages.find((p) => p.id === id)!.diagrams.length, id).toBeGreaterThan(0);
	});

	test('a body whose cache file is gone is rendered again, as it was', async () => {
		const expected = await allBodies(held);
		const warm = await runPipeline({ contentDir: UNSLOTH, render: true, cacheDir: cache });
		for (const f of (await readdir(cache)).filter((n) => n.endsWith('.body.json'))) await rm(join(cache, f));
		expect(await allBodies(warm)).toEqual(expected);
	});
});
