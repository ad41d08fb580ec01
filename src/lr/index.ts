// Placeholder until the LR issue (#4) lands: the pipeline's contract only.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Graph } from '../graph/index.ts';
import type { ParsedPage } from '../parse/types.ts';

export type LrRule = Record<string, unknown>;

export function extractLrRules(pages: readonly ParsedPage[], graph: Graph): { rules: LrRule[]; diagnostics: Diagnostic[] } {
	void pages;
	void graph;
	return { rules: [], diagnostics: [] };
}
