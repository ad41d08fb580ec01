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
	/**
	 * A value made from the input (the search index, each page's search terms), kept for unchanged input under the
	 * digest of `parts` (what it is made from): see `PipelineResult.remember`.
	 */
	remember<T>(
		parts: readonly string[],
		isShaped: (value: unknown) => value is T,
		make: () => T | Promise<T>,
	): Promise<T>;
}
