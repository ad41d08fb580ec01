import { compareDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { buildGraph, type Graph } from '../graph/index.ts';
import { loadContent, type NamespaceSettings, type SourceFile } from '../load/index.ts';
import { extractLrRules, type LrRule } from '../lr/index.ts';
import type { ParsedPage, WikiSource } from '../parse/index.ts';
import type { RenderedBodies } from './bodies.ts';
import { pageCacheDir } from './cache-root.ts';
import type { ShapeCheck } from './cache-schemas.ts';
import type { PageMarkdown } from './markdown.ts';
import { markdownLinks } from './markdown-links.ts';
import { PageStore, type PageOutputs } from './page-store.ts';
import type { QueryAnswers } from './queries.ts';

/** Everything one run over a content folder produces, before anything is written. */
export interface PipelineResult {
	readonly files: readonly SourceFile[];
	/** Parsed pages, in the order of `files` (sorted by relative path). */
	readonly pages: readonly ParsedPage[];
	readonly graph: Graph;
	readonly rules: readonly LrRule[];
	/** Rendered page bodies by page id, when the run was asked to render (read on demand). */
	readonly bodies: RenderedBodies;
	/** Each page's Markdown, when the run was asked for it (read on demand). */
	readonly markdown: PageMarkdown;
	/** All diagnostics of all stages, sorted by file and line. */
	readonly diagnostics: readonly Diagnostic[];
	/** How many pages came from the cache and how many were processed. */
	readonly stats: { readonly cached: number; readonly processed: number };
	/**
	 * A value made from the run (the search index, each page's search terms), kept in the cache folder under the
	 * digest of `parts` (what it is made from) and wikikb's code: a later run asking with the same parts reads it
	 * back instead of making it again.
	 */
	remember<T>(parts: readonly string[], isShaped: ShapeCheck<T>, make: () => T | Promise<T>): Promise<T>;
	/** How many values `remember` has made so far instead of reading them back, by the first of their parts. */
	readonly made: ReadonlyMap<string, number>;
}

/** Options of a pipeline run. */
export interface PipelineOptions {
	readonly contentDir: string;
	/** Also render every page's HTML (the site); the JSON export does not need it. */
	readonly render?: boolean;
	/** Also make every page's Markdown (the JSON export's per-page files, the site's `.md` files). */
	readonly markdown?: boolean;
	/** Parsed-page cache folder; `false` disables caching. Default: `pages/` in the cache folder (`cacheRoot()`). */
	readonly cacheDir?: string | false;
	/** Worker threads; default: every core. */
	readonly threads?: number;
	/** Called as pages are done (progress reporting). */
	readonly onPage?: (done: number, total: number) => void;
	/** Custom namespaces (`wikikb.config.json`'s `namespaces`). */
	readonly namespaces?: NamespaceSettings;
}

/**
 * The flow, written once: load -> pages (parsed, and rendered, on every core through the cache) -> graph -> lr,
 * then the queries, which need the whole graph. Output depends only on the input files, never on scheduling or
 * cache state. Throws `ContentError` only when output is impossible (unreadable folder, two files with one title).
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	const outputs = { render: options.render ?? false, markdown: options.markdown ?? false };
	const namespaces = options.namespaces ?? [];
	const loaded = await loadContent(options.contentDir, namespaces);
	const store = await PageStore.open(loaded.files, {
		...outputs,
		cacheDir: options.cacheDir ?? pageCacheDir(),
		namespaces,
	});
	const pages = await store.pages({ threads: options.threads, onPage: options.onPage });
	const graph = buildGraph(pages);
	const lr = extractLrRules(pages, graph.graph);
	const answers = await answerQueries(store, pages, graph.graph, outputs);
	store.fill(answers);
	const diagnostics = [
		...loaded.diagnostics,
		...pages.flatMap((p) => p.diagnostics),
		...graph.diagnostics,
		...lr.diagnostics,
		...answers.diagnostics,
	].sort(compareDiagnostics);
	return {
		files: loaded.files,
		pages,
		graph: graph.graph,
		rules: lr.rules,
		bodies: store.bodies,
		markdown: store.markdown,
		diagnostics,
		stats: { ...store.stats },
		remember: (parts, isShaped, make) => store.remember(parts, isShaped, make),
		made: store.made,
	};
}

/** The results of the pages' queries (`#ask`, `#show`, concepts), which need the whole graph. */
async function answerQueries(
	store: PageStore,
	pages: readonly ParsedPage[],
	graph: Graph,
	outputs: PageOutputs,
): Promise<QueryAnswers> {
	// Loaded only for pages with queries, like the parser: answering renders wikitext.
	if (!pages.some((p) => p.queries && p.queries.length > 0))
		return { html: new Map(), markdown: new Map(), diagnostics: [] };
	const wiki: WikiSource = { pageText: (id) => store.pageText(id), exists: (id) => store.ids.has(id) };
	const { answerQueries: answer } = await import('./queries.ts');
	return answer({
		pages,
		graph,
		wiki,
		existing: store.ids,
		render: outputs.render,
		...(outputs.markdown ? { markdown: markdownLinks(store.ids) } : {}),
	});
}
