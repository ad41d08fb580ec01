/**
 * wikikb's library API: read a content folder of Semantic MediaWiki pages into pages, a typed graph and
 * learning-rate rules, ask the LR recommender, ask Semantic MediaWiki queries of the graph (`ask`), and search
 * the pages (a built or exported `api/search.json`: `SearchIndex.load(json.index)`).
 * @example
 * import { loadLrRules, recommendLr } from 'wikikb';
 * const rules = await loadLrRules('content');
 * console.log(recommendLr({ task: 'sft', params: 7e9, method: 'qlora' }, rules));
 */
export {
	loadContent,
	ContentError,
	parseTitle,
	type SourceFile,
	type PageId,
	type PageType,
	type Title,
} from './load/index.ts';
export { parsePage, type ParsedPage, type ParseResult, type Fact, type Table, type Section } from './parse/index.ts';
export { buildGraph, backlinks, urlFor, type Graph, type GraphNode, type Edge } from './graph/index.ts';
export {
	extractLrRules,
	LR_TASKS,
	LR_METHODS,
	formatLr,
	formatRange,
	recommendLr,
	parseLrQuery,
	type LrQueryInput,
} from './lr/index.ts';
export { loadLrRules, type LoadLrRulesOptions } from './api/index.ts';
export type {
	LrRule,
	LrCondition,
	LrQuery,
	LrTask,
	LrMethod,
	LrValue,
	LrSource,
	ModelParams,
	LrRuleKind,
	LrOrigin,
	Recommendation,
	RuleMatch,
	ConditionSplit,
	ConditionalAnswer,
	LrSplitCondition,
} from './lr/index.ts';
export {
	ask,
	askStore,
	queryStore,
	splitQuery,
	askApiJson,
	toCsv,
	toTextTable,
	type AskOptions,
	type AskResult,
	type AskApiJson,
	type ParsedQuery,
	type Printout,
	type QueryIssue,
	type ResultRow,
	type ResultValue,
	type ResultEntity,
	type QueryStore,
} from './query/index.ts';
export { renderPage, type RenderedPage } from './render/index.ts';
export {
	runPipeline,
	type PipelineResult,
	type PipelineOptions,
	type RenderedBodies,
	type BodyInfo,
	type PageMarkdown,
} from './pipeline/index.ts';
export { SearchIndex, type SearchHit, type SearchOptions, type SearchFilters } from './search/index.ts';
export { writeExport } from './export/index.ts';
export { formatDiagnostic, formatText, formatJson, type Diagnostic, type Severity } from './diagnostics/index.ts';
