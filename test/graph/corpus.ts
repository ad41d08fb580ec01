import { buildGraph } from '../../src/graph/index.ts';
import { loadContent } from '../../src/load/discover.ts';
import { parsePage } from '../../src/parse/index.ts';
import type { ParsedPage } from '../../src/parse/types.ts';

/** Loads, parses and graphs a corpus folder in-process (no workers, no cache). */
export async function graphOf(dir: string) {
	const loaded = await loadContent(dir);
	const pages: ParsedPage[] = loaded.files.map((f) => parsePage(f).page);
	return { pages, ...buildGraph(pages) };
}

/** Counts items by a key, keys sorted, for stating figures in tests. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
