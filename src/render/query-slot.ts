import type { ElementContent } from 'hast';
import type { RenderState } from './state.ts';

/**
 * The element that holds the place of a query's result in a rendered body: `<wikikb-query n="0">` (the page's
 * first query), with `block` when the call stands on a line of its own. A query's result needs the whole graph,
 * which a page's render does not have: the pipeline puts the result in once the graph is built (`fillQueries`).
 * Page text cannot write this element (the sanitiser allows no such tag), so every one in a body is ours.
 */
export function queryPlaceholder(state: RenderState, index: number, block: boolean): ElementContent {
	return state.slots.slot({ type: 'element', tagName: QUERY_TAG, properties: { n: String(index), ...(block ? { block: '' } : {}) }, children: [] });
}

/** The tag name of a query's placeholder. */
export const QUERY_TAG = 'wikikb-query';

const PLACEHOLDER = /<wikikb-query n="(\d+)"( block(?:="")?)?><\/wikikb-query>/gu;

/**
 * Puts each query's result into a rendered body in place of its placeholder: a `<div>` when the call stood on a
 * line of its own, else a `<span>` (a result rendered as one paragraph, with the links and notes after it, loses its `<p>` there).
 * @param results the HTML of each query of the page, by index
 * @example fillQueries('<p>a <wikikb-query n="0"></wikikb-query></p>', ['<p>3</p>']) // '<p>a <span class="smw-query">3</span></p>'
 */
export function fillQueries(html: string, results: readonly string[]): string {
	return html.replace(PLACEHOLDER, (_m, n: string, block: string | undefined) => {
		const inner = results[Number(n)] ?? '';
		if (block) return `<div class="smw-query">${inner}</div>`;
		// a result of one paragraph (and the inline links and notes after it) loses its `<p>` inside a paragraph
		const single = /^<p>((?:(?!<\/?p[\s>]).)*)<\/p>((?:(?!<\/?(?:p|div|ul|ol|dl|table|h[1-6]|pre|blockquote)[\s>]).)*)$/su.exec(inner.trim());
		return `<span class="smw-query">${single ? single[1]! + single[2]! : inner}</span>`;
	});
}
