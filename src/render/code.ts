import type { Element, Text } from 'hast';
import type { RenderState } from './state.ts';

/** A `<pre>` of escaped text with no highlighting. */
export function plainPre(code: string, lang?: string): Element {
	const properties = lang ? { dataLanguage: lang.trim().toLowerCase() } : {};
	return {
		type: 'element',
		tagName: 'pre',
		properties,
		children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: code }] }],
	};
}

/**
 * A code block or inline code as a slot: highlighted in the HTML (when the run highlights), plain text with its
 * language in the page's Markdown.
 */
export function codeSlot(state: RenderState, code: string, lang: string | undefined, inline: boolean): Text {
	const plain = inline ? inlineCode(code.trim()) : plainPre(code.replace(/^\n+|\s+$/gu, ''), lang);
	const { makers } = state;
	if (!makers) return state.slots.slot(plain);
	return state.slots.slot(inline ? makers.highlightInline(code, lang) : makers.highlightBlock(code, lang), plain);
}

function inlineCode(code: string): Element {
	return { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: code }] };
}
