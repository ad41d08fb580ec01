import type { Diagnostic } from '../diagnostics/index.ts';
import type { PageFile } from '../export/index.ts';
import { type Graph, type GraphNode, nodeById } from '../graph/index.ts';
import { parseTitle } from '../load/index.ts';
import type { LrRule } from '../lr/index.ts';
import type { SearchIndex } from '../search/index.ts';
import { foldName } from '../text/index.ts';

/**
 * What the MCP tools answer from: one knowledge base, loaded from a content folder (through the cache) or from a
 * JSON export. Read-only: nothing here writes to the content.
 */
export interface Knowledge {
	/** Where it was loaded from (`content/`, `dist/api/`), for messages. */
	readonly origin: string;
	readonly graph: Graph;
	readonly rules: readonly LrRule[];
	/** Plain-text summary of each page, by page id. */
	readonly summaries: ReadonlyMap<string, string>;
	/** The search index over the pages (made or read on first use, then kept). */
	searchIndex(): Promise<SearchIndex>;
	/** One page as the export's per-page JSON, or undefined when there is no page with this id. */
	page(id: string): Promise<PageFile | undefined>;
	/** Every diagnostic about the content, as `wikikb check` lists them. */
	diagnostics(): Promise<readonly Diagnostic[]>;
}

/** The pages (files) of a knowledge base, sorted by id. */
export function pageNodes(knowledge: Knowledge): GraphNode[] {
	return knowledge.graph.nodes.filter((n) => n.kind === 'page');
}

/**
 * Finds the page a title names, as a reader writes it: its id (`Heuristic:Learning_Rate_Tuning`, any case of the
 * first letter, spaces or `_`; a redirect's id gives the page it leads to), its display title or its name
 * (`Learning Rate Tuning`) without case.
 * @returns the page, or the pages it could mean when it is ambiguous (none when nothing fits)
 */
export function findPage(knowledge: Knowledge, title: string): { page?: GraphNode; candidates: GraphNode[] } {
	const parsed = parseTitle(title);
	const exact = parsed ? nodeById(knowledge.graph, parsed.id) : undefined;
	if (exact?.kind === 'page') return { page: exact, candidates: [] };
	// A redirect's title names the page it leads to, as a link to it does.
	const target = exact?.redirectTo ? nodeById(knowledge.graph, exact.redirectTo) : undefined;
	if (target?.kind === 'page') return { page: target, candidates: [] };
	const wanted = foldName(parsed?.namespace ? title.slice(title.indexOf(':') + 1) : title);
	const pages = pageNodes(knowledge).filter((n) => !parsed?.namespace || n.namespace === parsed.namespace);
	const matches = pages.filter((n) => foldName(n.title) === wanted || foldName(n.name) === wanted);
	if (matches.length === 1) return { page: matches[0]!, candidates: [] };
	return { candidates: matches };
}
