/** The sources an LR rule carries: its page's sources, as the graph reads them. Pure. */
import { nodeById, pageSources, type Graph } from '../graph/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import type { LrSource } from './types.ts';

/**
 * The sources of a page, from its graph node when the graph has it (so a rule and its page always cite the
 * same sources), else read from the page the same way the graph reads them.
 */
export function ruleSources(page: ParsedPage, graph: Graph): readonly LrSource[] {
	const node = nodeById(graph, page.id);
	return node?.kind === 'page' ? node.sources : pageSources(page);
}
