import type { Element, ElementContent, Root } from 'hast';
import { parseTitle } from '../load/index.ts';
import { text, titleText, wikiLink } from './links.ts';
import { renderAnnotation } from './semantic.ts';
import type { RenderState } from './state.ts';
import { replaceInText } from './text-replace.ts';

const WIKI_LINK = /\[\[([^[\]\n]+)\]\]/gu;

/**
 * The nodes for the inside of a `[[...]]` written in text: an annotation `prop::value|display`, a category
 * (`Category:X`: nothing, the site lists categories), or a link `Target|text`; text when it is neither.
 * @example linkFromInner(state, 'domain::LLMs') // [<a href="/domain/LLMs/">LLMs</a>]
 */
export function linkFromInner(state: RenderState, inner: string): ElementContent[] {
	const cut = inner.indexOf('::');
	if (cut > 0) {
		const property = inner.slice(0, cut).trim();
		const rest = inner.slice(cut + 2);
		if (/^source$/iu.test(property.replace(/[ _]/gu, ''))) return renderAnnotation(state, property, rest.trim());
		const bar = rest.indexOf('|');
		if (bar < 0) return renderAnnotation(state, property, rest.trim());
		const display = rest.slice(rest.lastIndexOf('|') + 1).trim();
		return renderAnnotation(state, property, rest.slice(0, bar).trim(), display ? [text(display)] : []);
	}
	const bar = inner.indexOf('|');
	const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
	if (!target.startsWith(':') && parseTitle(target)?.namespace === 'Category') return [];
	const label = bar < 0 ? titleText(target) : inner.slice(bar + 1).trim() || titleText(target);
	const link = wikiLink(state, target, [text(label)]);
	return link ? [link] : [text(`[[${inner}]]`)];
}

/** Replaces `[[...]]` in the text of a hast tree (not inside code, pre or links) with their links. */
export function replaceTextLinks(tree: Root | Element, state: RenderState): void {
	replaceInText(tree, '[[', WIKI_LINK, (match) => linkFromInner(state, match[1]!));
}
