import { inRanges, literalRanges } from './literal-ranges.ts';
import type { PageQuery, QueryArg } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

/** Semantic MediaWiki's query parser functions. */
const QUERY_FUNCTIONS = new Set(['ask', 'show', 'concept']);

/** Parser functions whose arguments are data, not page text: a query written in one is part of that argument. */
const DATA_FUNCTIONS = new Set([...QUERY_FUNCTIONS, 'set', 'subobject', 'mermaid']);

/** Is the token inside another query, `#set`, `#subobject` or diagram (whose text holds it as data)? */
function insideData(token: Token): boolean {
	for (let p = token.parentNode as Token | undefined; p; p = p.parentNode as Token | undefined)
		if (p.type === 'magic-word' && DATA_FUNCTIONS.has(p.name ?? '')) return true;
	return false;
}

/** The arguments of a call, each trimmed, placed at its first non-blank character. */
function argsOf(ctx: WikiContext, token: Token): QueryArg[] {
	return token.childNodes
		.filter((c) => c.type === 'parameter')
		.map((c) => {
			const raw = c.toString();
			const lead = raw.length - raw.trimStart().length;
			return { text: raw.trim(), ...ctx.place(offsetOf(c as Token) + lead) };
		});
}

/**
 * The page's `{{#ask:}}`, `{{#show:}}` and `{{#concept:}}` calls, as written, in page order, for the query engine to
 * read once the graph is built; calls in code, comments or nowiki, and calls inside another query's arguments, are
 * not queries. A call a template wrote is placed at the template's call and names it.
 * @example `{{#ask: [[Category:City]] |?Population}}` // [{ kind: 'ask', args: [{ text: '[[Category:City]]' }, { text: '?Population' }], ... }]
 */
export function extractQueries(ctx: WikiContext): PageQuery[] {
	const calls = tokensOf(ctx.root, 'magic-word').filter((t) => QUERY_FUNCTIONS.has(t.name ?? '') && !insideData(t));
	if (calls.length === 0) return [];
	// the page's literal ranges count the queries themselves as literal (no facts in them): leave those out here
	const literal = literalRanges(ctx.root, { queries: false });
	const queries: PageQuery[] = [];
	for (const token of calls) {
		const offset = offsetOf(token);
		if (inRanges(literal, offset)) continue;
		const template = ctx.callAt?.(offset);
		queries.push({
			kind: token.name as PageQuery['kind'],
			offset,
			args: argsOf(ctx, token),
			...ctx.place(offset),
			...(template === undefined ? {} : { template }),
		});
	}
	return queries;
}
