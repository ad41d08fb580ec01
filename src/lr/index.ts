/**
 * The LR stage: pages -> the learning-rate rules they state (SPEC 2.2 `lr-rules.json`), and the recommender.
 */
import { compareDiagnostics, diag, type Diagnostic } from '../diagnostics/index.ts';
import type { Graph } from '../graph/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import { rulesFromProse } from './from-prose.ts';
import { rulesFromTables } from './from-tables.ts';
import { finishRules } from './rule.ts';
import { ruleSources } from './sources.ts';
import type { LrRule } from './types.ts';
import { compareCodeUnits } from '../text/index.ts';

export type * from './types.ts';
export { LR_METHODS, LR_TASKS } from './types.ts';
export { recommendLr } from './recommend.ts';
export { readParamCount, readTask, readMethodInput } from './conditions.ts';
export { formatLr, formatRange } from './numbers.ts';
export { formatRecommendation, type QueryInputNames } from './format.ts';
export { parseLrQuery, type LrQueryInput } from './query.ts';
export { lrRuleSchema, modelParamsSchema } from './schema.ts';

/**
 * Reads the LR rules every page states, from tables and prose (never from code), in a deterministic order:
 * by page id, then line. One bad page never stops the others: a page that cannot be read gives no rules.
 * Each rule carries its page's sources as the graph's node of the page holds them (facts, else metadata).
 */
export function extractLrRules(
	pages: readonly ParsedPage[],
	graph: Graph,
): { rules: LrRule[]; diagnostics: Diagnostic[] } {
	const rules: LrRule[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const page of [...pages].sort((a, b) => compareCodeUnits(a.id, b.id))) {
		try {
			const tables = rulesFromTables(page);
			const finished = finishRules(page, [...tables.drafts, ...rulesFromProse(page)], ruleSources(page, graph));
			rules.push(...finished.rules);
			diagnostics.push(...tables.diagnostics, ...finished.diagnostics);
		} catch (error) {
			// A bug must not cost the other pages their rules; report it on the page instead.
			diagnostics.push(diag(page.path, 0, 0, 'unreadable-lr', 'pageFailed', { reason: (error as Error).message }));
		}
	}
	return { rules, diagnostics: diagnostics.sort(compareDiagnostics) };
}
export { formatModelParams, methodLabel } from './labels.ts';
