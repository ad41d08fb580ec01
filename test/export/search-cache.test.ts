// The search index through the cache folder: a warm run reads it back, a run after an edit analyses the edited
// page only, and what comes out is what a run without a cache makes.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { searchText } from '../../src/export/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { UNSLOTH } from '../helpers/paths.ts';

let dir = '';
let cache = '';
const run = (cacheDir: string | false = cache) => runPipeline({ contentDir: dir, cacheDir, threads: 1 });

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'wikikb-search-cache-content-'));
	cache = await mkdtemp(join(tmpdir(), 'wikikb-search-cache-'));
	await cp(UNSLOTH, dir, { recursive: true });
}, 120_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
	await rm(cache, { recursive: true, force: true });
});

test('a cold run analyses every page, a warm one none, and one after an edit the edited page only', async () => {
	const cold = await run();
	const coldText = await searchText(cold);
	expect(cold.made.get('search-terms')).toBe(cold.pages.length);
	expect(cold.made.get('search-json')).toBe(1);

	const warm = await run();
	expect(await searchText(warm)).toBe(coldText);
	expect(warm.made.get('search-terms')).toBeUndefined();
	expect(warm.made.get('search-json')).toBeUndefined();

	const file = join(dir, 'heuristics', 'Learning_Rate_Tuning.md');
	await writeFile(file, `${await readFile(file, 'utf8')}\nA new paragraph about zyzzyvas.\n`);
	const edited = await run();
	const editedText = await searchText(edited);
	expect(edited.made.get('search-terms')).toBe(1);
	expect(edited.made.get('search-json')).toBe(1);
	expect(editedText).toContain('"zyzzyva"');
	expect(editedText).toBe(await searchText(await run(false)));
});

test('damaged stored analyses and index texts are made again, and the index is the same', async () => {
	const before = await searchText(await run(false));
	// The index text itself and every page's terms: make each entry unreadable in a different way.
	const entries = (await readdir(cache)).filter((f) => f.endsWith('.json') && !f.includes('.md.'));
	let damaged = 0;
	for (const name of entries) {
		const text = await readFile(join(cache, name), 'utf8');
		const terms = text.startsWith('{"lengths"');
		if (!terms && !text.startsWith('"{\\"engine\\"')) continue;
		// Cut short (not JSON), or JSON of the wrong shape (a word where a count is).
		await writeFile(
			join(cache, name),
			terms && damaged % 2 === 1 ? text.replace(/"counts":\[\[/u, '"counts":[["x",') : text.slice(0, 40),
		);
		damaged++;
	}
	expect(damaged).toBeGreaterThan(1);
	const again = await run();
	expect(await searchText(again)).toBe(before);
	expect(again.made.get('search-json')).toBe(1);
	expect(again.made.get('search-terms')).toBe(again.pages.length);
});
