import type { Diagnostic } from '../diagnostics/index.ts';
import type { Graph } from '../graph/index.ts';
import type { PageId } from '../load/index.ts';
import type { LrRule } from '../lr/index.ts';
import type { ParsedPage } from '../parse/index.ts';

/**
 * What the JSON export is made of: a run's pages, graph, rules and diagnostics. `PipelineResult` (`runPipeline`)
 * satisfies it as it is; the export declares its own input so that it need not know the run that made it.
 */
export interface ExportInput {
	/** Parsed pages, sorted by relative path. */
	readonly pages: readonly ParsedPage[];
	readonly graph: Graph;
	readonly rules: readonly LrRule[];
	/** All diagnostics, sorted by file and line. */
	readonly diagnostics: readonly Diagnostic[];
	/** Each page's Markdown, read on demand; `undefined` when the run made none. */
	readonly markdown: { get(id: PageId): Promise<string | undefined> };
	/** A text made from the whole input (the search index), kept for unchanged input: see `PipelineResult.derived`. */
	derived(name: string, make: () => string): Promise<string>;
}
