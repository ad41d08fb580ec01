import type { Element, ElementContent } from 'hast';
import type { RenderState } from './state.ts';

/** The tag name of the marker where a query's result starts; the result ends at `QUERY_END_TAG`. */
export const QUERY_TAG = 'wikikb-query';
const QUERY_END_TAG = 'wikikb-query-end';

/**
 * What holds the place of a query's result in a rendered body: a `<div class="smw-query">` when the call stands on a
 * line of its own, else a `<span>`, holding the call as a visible box between two markers (`<wikikb-query n="0">`
 * for the page's first query, and `<wikikb-query-end>`). A query's result needs the whole graph, which a page's
 * render does not have: the pipeline replaces what is between the markers once the graph is built
 * (`fillQueries`); a page rendered alone (`renderPage`) keeps the box. Page text cannot write the markers (the
 * sanitiser allows no such tag), so every one in a body is ours.
 * @param box the call as a visible box (`templateBox`)
 */
export function queryPlaceholder(state: RenderState, index: number, block: boolean, box: ElementContent): Element {
	const start = state.slots.slot({
		type: 'element',
		tagName: QUERY_TAG,
		properties: { n: String(index) },
		children: [],
	});
	const end = state.slots.slot({ type: 'element', tagName: QUERY_END_TAG, properties: {}, children: [] });
	return state.slots.trust(
		{ type: 'element', tagName: block ? 'div' : 'span', properties: {}, children: [start, box, end] },
		{ className: ['smw-query'] },
	);
}

const PLACEHOLDER =
	/<(div|span) class="smw-query"><wikikb-query n="(\d+)"><\/wikikb-query>[\s\S]*?<wikikb-query-end><\/wikikb-query-end><\/\1>/gu;

/** Block elements: a result holding one cannot stand inside a paragraph's `<span>` without its own wrapper. */
const BLOCK = /<\/?(?:p|div|ul|ol|dl|table|h[1-6]|pre|blockquote)[\s>]/u;

/**
 * Puts each query's result into a rendered body in place of its placeholder: in the `<div>` when the call stood on a
 * line of its own, else in the `<span>` (a result rendered as one paragraph, with the links and notes after it,
 * loses its `<p>` there).
 * @param results the HTML of each query of the page, by index
 * @example fillQueries('<p>a <span class="smw-query"><wikikb-query n="0"></wikikb-query>…<wikikb-query-end></wikikb-query-end></span></p>', ['<p>3</p>']) // '<p>a <span class="smw-query">3</span></p>'
 */
export function fillQueries(html: string, results: readonly string[]): string {
	return html.replace(PLACEHOLDER, (_m, tag: string, n: string) => {
		const inner = results[Number(n)] ?? '';
		if (tag === 'div') return `<div class="smw-query">${inner}</div>`;
		const single = /^<p>((?:(?!<\/?p[\s>]).)*)<\/p>(.*)$/su.exec(inner.trim());
		return `<span class="smw-query">${single && !BLOCK.test(single[1]!) && !BLOCK.test(single[2]!) ? single[1]! + single[2]! : inner}</span>`;
	});
}

const MD_OPEN = '\uE004';
const MD_CLOSE = '\uE005';
const MD_MARKER = /([ \t]*)\uE004query (\d+)( block)?\uE005([ \t]*)/gu;

/** The characters of the Markdown markers of queries (removed from page text, which must not hold them). */
export const QUERY_MARKS = /[\uE004\uE005]/gu;

/**
 * What holds the place of a query's result in a page's Markdown (written as raw Markdown, so never escaped): the
 * pipeline puts the result there (`fillQueryMarkdown`). Page text cannot write it: `hastToMarkdown` removes the
 * marks' characters from all text, code included.
 * @param block the call stood on a line of its own
 */
export function queryMarkdownMarker(index: number, block: boolean): string {
	return `${MD_OPEN}query ${index}${block ? ' block' : ''}${MD_CLOSE}`;
}

/** A result that can stand inside a line: one line of text, not the start of a list, heading, table or quote. */
const inlineable = (md: string) => !md.includes('\n') && !/^(?:[-*+>#|]|\d+[.)]\s|```|\$\$)/u.test(md);

/**
 * Puts each query's result (as Markdown) into a page's Markdown in place of its marker: inside the line when the
 * call was inline and the result is one line of text, else on lines of its own (indented as the line it stood on,
 * or joined by `<br>` in a table row, whose cell is one line).
 * @param results the Markdown of each query of the page, by index
 * @example fillQueryMarkdown('There are \uE004query 0\uE005 towns.\n', ['5\n']) // 'There are 5 towns.\n'
 */
export function fillQueryMarkdown(markdown: string, results: readonly string[]): string {
	return markdown.replace(
		MD_MARKER,
		(marker: string, space: string, n: string, block: string | undefined, trailing: string, at: number) => {
			const result = (results[Number(n)] ?? '').trim();
			if (!block && inlineable(result)) return space + result + trailing;
			const lineStart = markdown.lastIndexOf('\n', at - 1) + 1;
			const lineEnd = markdown.indexOf('\n', at);
			const line = markdown.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
			if (/^\s*\|/u.test(line))
				return (
					space +
					result
						.split('\n')
						.filter((l) => l.trim() !== '')
						.join('<br>') +
					trailing
				);
			const indent = ' '.repeat(/^[\s>*+-]*(?:\d+[.)] )?/u.exec(line)![0].length);
			// the line's list or quote prefix alone before the marker: the result starts the item
			const before = /^[\s>]*(?:(?:[-*+]|\d+[.)])\s+)?$/u.test(markdown.slice(lineStart, at) + space)
				? space
				: '\n\n' + indent;
			const after = line.slice(at - lineStart + marker.length).trim() === '' ? '' : '\n\n' + indent;
			return `${before}${result
				.split('\n')
				.join('\n' + indent)
				.replace(/\n\s+\n/gu, '\n\n')}${after}`;
		},
	);
}
