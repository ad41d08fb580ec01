import type {
	AstNodes,
	ExtLinkToken,
	ExtToken,
	HeadingToken,
	HtmlToken,
	LinkToken,
	QuoteToken,
	TableToken,
	Token,
	TranscludeToken,
} from 'wikiparser-node';
import { decodeEntities } from '../entities.ts';
import { text } from '../links.ts';
import { isAllowedTag } from '../sanitize.ts';
import type { RenderState } from '../state.ts';
import type { FlowEvent } from './flow-event.ts';
import { renderHeading } from './headings.ts';
import { htmlElement } from './html-tags.ts';
import { extLink, fileLink, isAnnotationTarget, linkEvents, magicLink } from './link-events.ts';
import { renderTable } from './tables.ts';
import { extEvents, htmlEvents, quoteEvents, transclusion } from './tag-events.ts';

export type { FlowEvent } from './flow-event.ts';

const LINK_TRAIL = /^[a-z]+/u;

/** Turns sibling wikitext nodes into flow events, in document order. */
export function toEvents(nodes: readonly AstNodes[], state: RenderState): FlowEvent[] {
	const out: FlowEvent[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i]!;
		if (node.type === 'text') {
			out.push({ k: 'text', v: decodeEntities(node.data) });
			continue;
		}
		if (node.type === 'link') {
			const next = nodes[i + 1];
			const trail =
				next?.type === 'text' && !isAnnotationTarget(node as LinkToken) ? (LINK_TRAIL.exec(next.data)?.[0] ?? '') : '';
			out.push(...linkEvents(node as LinkToken, state, trail));
			if (trail && next?.type === 'text') {
				out.push({ k: 'text', v: decodeEntities(next.data.slice(trail.length)) });
				i++;
			}
			continue;
		}
		if (node.type === 'html' && (node as HtmlToken).name === 'code' && !(node as HtmlToken).closing) {
			const end = literalCodeEnd(nodes, i);
			if (end > i) {
				const el = htmlElement(node as HtmlToken);
				el.children = [
					text(
						nodes
							.slice(i + 1, end)
							.map(literalText)
							.join(''),
					),
				];
				out.push({ k: 'node', n: el, block: false });
				i = end;
				continue;
			}
		}
		out.push(...tokenEvents(node as Token, state));
	}
	return out;
}

/** What a reader sees of a node inside `<code>`: its source, entities decoded, `<nowiki>` unwrapped, comments dropped. */
function literalText(node: AstNodes): string {
	if (node.type === 'comment') return '';
	if (node.type === 'ext' && (node as ExtToken).name === 'nowiki')
		return decodeEntities(String((node as ExtToken).lastChild));
	return decodeEntities(String(node));
}

/** Index of the `</code>` closing the `<code>` at `open` among the same siblings, or -1. */
function literalCodeEnd(nodes: readonly AstNodes[], open: number): number {
	if (!isAllowedTag('code') || (nodes[open] as HtmlToken).selfClosing) return -1;
	for (let j = open + 1; j < nodes.length; j++) {
		const node = nodes[j]!;
		if (node.type === 'html' && (node as HtmlToken).name === 'code') return (node as HtmlToken).closing ? j : -1;
	}
	return -1;
}

function tokenEvents(token: Token, state: RenderState): FlowEvent[] {
	switch (token.type) {
		case 'heading':
			return [{ k: 'node', n: renderHeading(token as HeadingToken, state), block: true }];
		case 'table':
			return [{ k: 'node', n: renderTable(token as TableToken, state), block: true }];
		case 'hr':
			return [{ k: 'node', n: { type: 'element', tagName: 'hr', properties: {}, children: [] }, block: true }];
		case 'list':
			return [{ k: 'list', prefix: String(token).replace(/[^*#:;]/gu, '') }];
		case 'dd':
			return [{ k: 'dd', prefix: String(token).replace(/[^:]/gu, '') }];
		case 'quote':
			return quoteEvents(token as QuoteToken);
		case 'comment':
		case 'category':
		case 'double-underscore':
		case 'noinclude':
		case 'include':
			return [{ k: 'hidden' }];
		case 'html':
			return htmlEvents(token as HtmlToken);
		case 'ext':
			return extEvents(token as ExtToken, state);
		case 'ext-link':
			return [{ k: 'node', n: extLink(token as ExtLinkToken, state), block: false }];
		case 'free-ext-link':
		case 'magic-link':
			return [magicLink(token, state)];
		case 'template':
		case 'magic-word':
			return [transclusion(token as TranscludeToken, state)];
		case 'file':
			return [{ k: 'node', n: fileLink(token, state), block: false }];
		case 'arg':
			return [{ k: 'text', v: String(token) }];
		default:
			return token.childNodes.length > 0
				? toEvents(token.childNodes, state)
				: [{ k: 'text', v: decodeEntities(String(token)) }];
	}
}
