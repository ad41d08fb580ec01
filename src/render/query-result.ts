import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ParseResult } from '../parse/types.ts';
import { renderPage } from './index.ts';
import type { RenderContext } from './types.ts';

/** A link a query's result ends with: more results or the file of a `csv`/`json` query, on the `/ask/` page. */
export interface QueryLink {
	/** Site path (`/ask/?q=...`). */
	readonly href: string;
	readonly label: string;
	/** Semantic MediaWiki's class of the link's span (`smw-table-furtherresults`, `smw-csv-furtherresults`). */
	readonly className: string;
}

/** Text with `` `code` `` spans as `<code>`, as diagnostics write values. */
function withCode(message: string): ElementContent[] {
	return message.split('`').map((part, i): ElementContent => (i % 2 === 1 ? { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: part }] } : { type: 'text', value: part }));
}

/**
 * The HTML of one query's result on a page: the result's wikitext rendered like page text (sanitized, links to
 * site paths), then the links to the `/ask/` page, then the query's problems in a note (Semantic MediaWiki shows
 * them after the result too). Built from text nodes: nothing in a query or a value can become markup here.
 * @param fragment the parsed wikitext of the result (none when the format writes no text)
 */
export async function renderQueryResult(fragment: ParseResult | undefined, ctx: RenderContext, links: readonly QueryLink[], problems: readonly string[]): Promise<string> {
	const body = fragment ? (await renderPage(fragment, ctx)).html : '';
	const extra: Element[] = links.map((l) => ({ type: 'element', tagName: 'span', properties: { className: [l.className] }, children: [{ type: 'element', tagName: 'a', properties: { href: l.href }, children: [{ type: 'text', value: l.label }] }] }));
	if (problems.length > 0) {
		// spans (shown as blocks by the style sheet), so that a query written inside a paragraph keeps valid HTML
		extra.push({
			type: 'element',
			tagName: 'span',
			properties: { className: ['smw-query-errors'], role: 'note' },
			children: [
				{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: problems.length === 1 ? 'Problem with this query: ' : 'Problems with this query:' }] },
				...(problems.length === 1 ? withCode(problems[0]!) : problems.map((p): ElementContent => ({ type: 'element', tagName: 'span', properties: { className: ['smw-query-error'] }, children: withCode(p) }))),
			],
		});
	}
	const root: Root = { type: 'root', children: extra };
	return body + toHtml(root);
}
