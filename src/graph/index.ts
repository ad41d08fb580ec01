import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParsedPage } from '../parse/types.ts';
import type { Graph } from './types.ts';

export type * from './types.ts';
export { urlFor, slugSegment, type SiteUrl } from './url.ts';

/**
 * Turns parsed pages into the typed graph: nodes, facts as written, normalized edges; with the graph's diagnostics.
 * Never throws on bad input.
 */
export function buildGraph(pages: readonly ParsedPage[]): { graph: Graph; diagnostics: Diagnostic[] } {
	void pages;
	return { graph: { nodes: [], facts: [], edges: [] }, diagnostics: [] };
}
