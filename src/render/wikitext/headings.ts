import type { Element, Nodes } from 'hast';
import type { HeadingToken } from 'wikiparser-node';
import type { RenderState } from '../state.ts';
import { renderInline } from './blocks.ts';

/** `== Title ==` -> `<h2 id="Title">`: the id is the MediaWiki anchor, recorded for the table of contents. */
export function renderHeading(token: HeadingToken, state: RenderState): Element {
	const level = Math.min(Math.max(token.level, 1), 6);
	const title = token.firstChild;
	const children = renderInline(title.childNodes, state, true);
	const slug = state.anchors.take(level, plainText({ type: 'root', children }));
	return state.slots.trust({ type: 'element', tagName: `h${level}`, properties: {}, children }, { id: slug });
}

/** The text a reader sees in a hast tree (no markup). */
export function plainText(node: Nodes): string {
	if (node.type === 'text') return node.value.replace(/\uE000\d+\uE001/gu, '');
	if ('children' in node) return node.children.map(plainText).join('');
	return '';
}
