import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { buildGraph, type Graph } from '../graph/index.ts';
import { loadContent } from '../load/discover.ts';
import type { SourceFile } from '../load/types.ts';
import { extractLrRules, type LrRule } from '../lr/index.ts';
import { parsePage } from '../parse/index.ts';
import type { ParsedPage } from '../parse/types.ts';

/** Everything one run over a content folder produces, before anything is written. */
export interface PipelineResult {
	readonly files: readonly SourceFile[];
	readonly pages: readonly ParsedPage[];
	readonly graph: Graph;
	readonly rules: readonly LrRule[];
	/** All diagnostics of all stages, sorted by file and line. */
	readonly diagnostics: readonly Diagnostic[];
}

/** Options of a pipeline run. */
export interface PipelineOptions {
	readonly contentDir: string;
	/** Called after each parsed page (progress reporting). */
	readonly onPage?: (done: number, total: number) => void;
}

/**
 * The flow, written once: load -> parse -> graph -> lr.
 * Throws `ContentError` only when output is impossible (unreadable folder, two files with one title).
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	const loaded = await loadContent(options.contentDir);
	const pages: ParsedPage[] = [];
	for (const file of loaded.files) {
		pages.push(parsePage(file).page);
		options.onPage?.(pages.length, loaded.files.length);
	}
	const graph = buildGraph(pages);
	const lr = extractLrRules(pages, graph.graph);
	const diagnostics = [...loaded.diagnostics, ...pages.flatMap((p) => p.diagnostics), ...graph.diagnostics, ...lr.diagnostics].sort(compareDiagnostics);
	return { files: loaded.files, pages, graph: graph.graph, rules: lr.rules, diagnostics };
}
