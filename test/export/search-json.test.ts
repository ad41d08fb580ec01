// api/search.json: the serialized index is made directly (no MiniSearch tree first); it must be what MiniSearch
// itself serializes for the same pages, written byte-stably.
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { searchDocuments, searchJsonText, stableStringify } from '../../src/export/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { SearchIndex, serializedIndexText, type SearchDocument } from '../../src/search/index.ts';
import { MINISEARCH_OPTIONS } from '../../src/search/engine.ts';
import { REPO_ROOT, UNSLOTH } from '../helpers/paths.ts';

/** MiniSearch's own index of the pages, added one by one in id order, with the options `SearchIndex` uses. */
function miniSearchJson(documents: readonly SearchDocument[]) {
	const engine = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS);
	engine.addAll([...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
	return engine.toJSON();
}

describe.each([
	['content', join(REPO_ROOT, 'content')],
	['unsloth-sample', UNSLOTH],
])('the search index of %s', (_name, dir) => {
	test('is what MiniSearch serializes for the same pages, term for term, and answers the same', async () => {
		const result = await runPipeline({ contentDir: dir });
		const documents = searchDocuments(result);
		const made = JSON.parse(serializedIndexText(documents)) as ReturnType<typeof miniSearchJson>;
		const reference = miniSearchJson(documents);
		const byTerm = (index: typeof made.index) => [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1));
		expect({ ...made, index: byTerm(made.index) }).toEqual({ ...reference, index: byTerm(reference.index) });
		const ours = SearchIndex.load(made);
		const theirs = SearchIndex.load(reference);
		// Terms are inserted in another order, so scores may differ in the last bit of their sums.
		const ranked = (index: SearchIndex, q: string) => index.search(q).map((h) => [h.id, h.score.toFixed(9)]);
		for (const q of ['learning rate for qlora', 'cuda out of memory', 'trainig', 'LR warmup'])
			expect(ranked(ours, q)).toEqual(ranked(theirs, q));
	});

	test('is written as stableStringify writes it (keys sorted), without sorting it', async () => {
		const text = searchJsonText(await runPipeline({ contentDir: dir }));
		expect(text).toBe(stableStringify(JSON.parse(text), { compact: true }));
	});
});
