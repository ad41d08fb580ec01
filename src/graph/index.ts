// Placeholder until the graph issue (#3) lands: the pipeline's contract only.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParsedPage } from '../parse/types.ts';

export interface Graph {
	readonly nodes: readonly unknown[];
	readonly facts: readonly unknown[];
	readonly edges: readonly unknown[];
}

export function buildGraph(pages: readonly ParsedPage[]): { graph: Graph; diagnostics: Diagnostic[] } {
	void pages;
	return { graph: { nodes: [], facts: [], edges: [] }, diagnostics: [] };
}
