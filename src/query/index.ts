/**
 * Semantic MediaWiki's inline queries (`{{#ask:}}`, `{{#show:}}`, `api.php?action=ask`) over the graph: the query
 * language read as SMW reads it, facts matched as written, results ordered, paged and printed in SMW's formats.
 * Pure and browser-safe (no Node imports): the build, the CLI and the `/ask/` page run the same engine.
 */
export { ask, askStore, askString, type AskOptions } from './ask.ts';
export { queryStore, QueryStore, type Entity, type StoredValue, type StoreProperty } from './store.ts';
export { readQuery, splitQuery, type ReadOptions } from './read-query.ts';
export {
	askApiJson,
	type AskApiJson,
	type ApiOptions,
	type ApiPrintRequest,
	type ApiPage,
	type ApiResult,
} from './output/api-json.ts';
export { toCsv, csvField } from './output/csv.ts';
export { columnLabels, plainCells, toTextTable } from './output/text-table.ts';
export { resultWikitext, EXPORT_FORMATS } from './formats/index.ts';
export { showValue, type ShownValue, type ShowOptions } from './display/value.ts';
export { escapeWikitext } from './display/wikitext.ts';
export { queryText, askPageUrl } from './ask-url.ts';
export { issueWithCaret } from './caret.ts';
export type * from './types.ts';
