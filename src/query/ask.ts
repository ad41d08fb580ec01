import type { Graph } from '../graph/index.ts';
import { issueWithCaret } from './caret.ts';
import { cellValues } from './cells.ts';
import { Evaluator } from './evaluate.ts';
import { readQuery, splitQuery } from './read-query.ts';
import { resultEntity } from './result-entity.ts';
import { orderResults } from './sort.ts';
import { queryStore, type QueryStore } from './store.ts';
import type { AskResult, ParsedQuery, Printout, ResultFormat } from './types.ts';

/** How a query is asked. */
export interface AskOptions {
	/** `#show` (the first argument is a page; no subject column) or `#ask` (default). */
	readonly mode?: 'ask' | 'show';
	/** The query stands on a page (`{{#ask:}}`): `limit` is at most 500 there, as `smwgQMaxInlineLimit`. */
	readonly inline?: boolean;
}

/** The subject column: the page or subobject of each row, headed by `mainlabel`. */
function subjectColumn(label: string): Printout {
	return { mode: 'this', label, type: '_wpg', params: {}, written: '' };
}

/**
 * The columns of a result as Semantic MediaWiki lays them out: the subject first, headed by `mainlabel` (none with
 * `mainlabel=-`, in `#show`, or where `?#` puts it), then the printouts in the order written.
 */
function columnsOf(query: ParsedQuery): Printout[] {
	if (query.mode === 'show' || query.printouts.some((p) => p.mode === 'this') || query.params.mainlabel?.trim() === '-')
		return [...query.printouts];
	return [subjectColumn(query.params.mainlabel ?? ''), ...query.printouts];
}

/** `format=auto` (the default): a table for two columns or more, else a plain list, as Semantic MediaWiki decides. */
function resolvedFormat(format: ResultFormat | 'auto', columns: number): ResultFormat {
	if (format !== 'auto') return format;
	return columns >= 2 ? 'table' : 'plainlist';
}

/**
 * Runs a query read from its arguments against a store: finds the matching pages and subobjects, orders them,
 * takes the asked page of them (`offset`, `limit`) and fills each printout's cell. A query whose conditions could
 * not be read at all (nothing but errors) has no results, as in Semantic MediaWiki; `limit=0` runs no query.
 */
export function askStore(store: QueryStore, args: readonly string[], options: AskOptions = {}): AskResult {
	const query = readQuery(store, args, options);
	const columns = columnsOf(query);
	const format = resolvedFormat(query.params.format, columns.length);
	const { params } = query;
	const unreadable = query.condition.kind === 'thing' && query.issues.some((i) => i.severity === 'error');
	const found = unreadable
		? []
		: orderResults(store, new Evaluator(store).matches(query.condition), params, query.conditions);
	const page = params.limit > 0 && format !== 'count' ? found.slice(params.offset, params.offset + params.limit) : [];
	const rows = page.map((entity) => ({
		subject: resultEntity(store, entity),
		cells: columns.map((c) => cellValues(store, entity, c)),
	}));
	const further =
		format === 'count' ? false : params.limit <= 0 ? found.length > 0 : found.length > params.offset + params.limit;
	return { query, columns, format, rows, count: found.length, further, issues: query.issues };
}

/**
 * Asks a Semantic MediaWiki query of a graph: the query as `api.php?action=ask&query=` takes it
 * (`[[Category:City]][[Population::>1000000]]|?Population|sort=Population|order=desc|limit=10`), or its arguments
 * as `{{#ask:}}` has them. Pure (no Node imports): the same call answers in the browser, on `graph.json`.
 * Never throws: what cannot be read is in `issues`, each with the argument and offset it is at.
 * @example ask('[[Category:Mountains]]|?Has height|sort=Has height|order=desc', graph).rows[0]?.subject.fulltext // 'Mount Everest'
 */
export function ask(query: string | readonly string[], graph: Graph, options: AskOptions = {}): AskResult {
	const args = typeof query === 'string' ? splitQuery(query).map((p) => p.text) : query;
	return askStore(queryStore(graph), args, options);
}

/**
 * Asks a query written as one string (`[[A]]|?P|limit=5`) of a store, as the CLI, the `/ask/` page and the MCP tool
 * take it: the result, and each of its issues for a reader, with a caret under its place in the string.
 */
export function askString(
	store: QueryStore,
	query: string,
	options: AskOptions = {},
): { result: AskResult; carets: string[] } {
	const parts = splitQuery(query);
	const result = askStore(
		store,
		parts.map((p) => p.text),
		options,
	);
	const starts = parts.map((p) => p.start);
	return { result, carets: result.issues.map((issue) => issueWithCaret(query, starts, issue)) };
}
