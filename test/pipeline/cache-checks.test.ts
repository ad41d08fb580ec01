// The compiled package checks cache entries with code ajv wrote at compile time (`checksModuleSource`); a run from
// the sources compiles the same schemas when it starts. Both must give the same verdicts.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checksModuleSource, compiledChecks, type CacheChecks } from '../../src/pipeline/cache-schemas.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

let dir = '';
let written: CacheChecks;
const atStart = compiledChecks();
const entries: unknown[] = [];
const bodies: unknown[] = [];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wikikb-cache-checks-'));
	const module = join(dir, 'checks.mjs');
	await writeFile(module, checksModuleSource());
	written = (await import(pathToFileURL(module).href)) as CacheChecks;
	const cache = join(dir, 'cache');
	await runPipeline({ contentDir: join(REPO_ROOT, 'content'), cacheDir: cache, render: true, threads: 1 });
	for (const name of (await readdir(cache)).sort()) {
		const value: unknown = JSON.parse(await readFile(join(cache, name), 'utf8'));
		if (name.endsWith('.body.json')) bodies.push(value);
		else if (!name.endsWith('.md.json')) entries.push(value);
	}
}, 300_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Ways an entry can be damaged and still be JSON. */
const DAMAGE: readonly ((entry: Record<string, unknown>) => unknown)[] = [
	() => null,
	() => 42,
	() => ({ page: 42 }),
	(entry) => ({ ...entry, page: { ...(entry.page as object), facts: undefined } }),
	(entry) => JSON.parse(JSON.stringify(entry).replace(/"line":(\d+)/u, '"line":"$1"')),
	(entry) => JSON.parse(JSON.stringify(entry).replace(/"children":\[/u, '"children":[7,')),
	(entry) => ({ ...entry, body: { digest: 'x' } }),
];

test('the checks written beforehand accept every stored entry and body, as the checks compiled at start do', () => {
	expect(entries.length).toBeGreaterThan(30);
	expect(bodies.length).toBe(entries.length);
	for (const entry of entries) {
		expect(written.isCacheEntry(entry)).toBe(true);
		expect(atStart.isCacheEntry(entry)).toBe(true);
	}
	for (const body of bodies) {
		expect(written.isRenderedHtml(body)).toBe(true);
		expect(atStart.isRenderedHtml(body)).toBe(true);
	}
});

test('the checks written beforehand reject damaged entries and bodies, as the checks compiled at start do', () => {
	const entry = entries.find((e) => JSON.stringify(e).includes('"children":[{')) as Record<string, unknown>;
	for (const damage of DAMAGE) {
		const damaged = damage(entry);
		expect(written.isCacheEntry(damaged)).toBe(false);
		expect(atStart.isCacheEntry(damaged)).toBe(false);
	}
	for (const body of [null, 'html', { html: 1, headings: [] }, { html: '', headings: [{ depth: '1' }] }]) {
		expect(written.isRenderedHtml(body)).toBe(false);
		expect(atStart.isRenderedHtml(body)).toBe(false);
	}
});
