import { buildGraph } from '../../src/graph/index.ts';
import { corpusPages } from '../helpers/corpus-pages.ts';

/** The pages and graph of a corpus folder, built in-process (no workers) from its pages parsed once per test run. */
export async function graphOf(dir: string) {
	const pages = await corpusPages(dir);
	return { pages, ...buildGraph(pages) };
}

/** Counts items by a key, keys sorted, for stating figures in tests. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
