import { finding, type Finding } from '../diagnostics/index.ts';

/** A literal region found at some offset: where it ends, and what is wrong with it. */
export interface Literal {
	/** 0-based offset just after the region. */
	readonly end: number;
	/** Set when the region is never closed (it then ends after its opening). */
	readonly unclosed?: Finding;
}

/** Tags whose content is literal text for us: no Markdown rewriting, no facts, links or templates. */
export const LITERAL_TAGS = ['syntaxhighlight', 'source', 'pre', 'nowiki', 'code', 'math'] as const;

const OPEN_TAG = new RegExp(`<(${LITERAL_TAGS.join('|')})(?=[\\s/>])[^<>]*?(/?)>`, 'iy');
const MERMAID = /\{\{[ \t]*#mermaid[ \t]*:/iy;

/** End of a `{{...}}` starting at `start`, counting nested `{{ }}`; -1 when never closed. */
function matchBraces(text: string, start: number): number {
	let depth = 0;
	for (let i = start; i < text.length - 1; i++) {
		if (text[i] === '{' && text[i + 1] === '{') {
			depth++;
			i++;
		} else if (text[i] === '}' && text[i + 1] === '}') {
			depth--;
			i++;
			if (depth === 0) return i + 1;
		}
	}
	return -1;
}

/**
 * Recognises a wikitext literal region starting exactly at `at`: a comment, one of `LITERAL_TAGS` with its
 * closing tag, or a `{{#mermaid:...}}` call with nested braces. Their text must not be rewritten or mined.
 * @example literalAt('a <code>*x*</code> b', 2) // { end: 18 }
 */
export function literalAt(text: string, at: number): Literal | undefined {
	if (text.startsWith('<!--', at)) {
		const close = text.indexOf('-->', at + 4);
		if (close >= 0) return { end: close + 3 };
		return { end: text.length, unclosed: finding('unclosed-comment', 'neverClosed') };
	}
	if (text[at] === '<') {
		OPEN_TAG.lastIndex = at;
		const open = OPEN_TAG.exec(text);
		if (!open) return undefined;
		const openEnd = at + open[0].length;
		if (open[2] === '/') return { end: openEnd };
		const name = open[1]!.toLowerCase();
		const close = new RegExp(`</${name}\\s*>`, 'ig');
		close.lastIndex = openEnd;
		const found = close.exec(text);
		if (found) return { end: found.index + found[0].length };
		return { end: openEnd, unclosed: finding('unclosed-tag', 'tag', { name }) };
	}
	if (text[at] === '{') {
		MERMAID.lastIndex = at;
		if (!MERMAID.test(text)) return undefined;
		const openEnd = MERMAID.lastIndex;
		const end = matchBraces(text, at);
		if (end > 0) return { end };
		return { end: openEnd, unclosed: finding('unclosed-tag', 'mermaid') };
	}
	return undefined;
}
