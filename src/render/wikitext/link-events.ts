import type { Element, ElementContent } from 'hast';
import type { ExtLinkToken, LinkToken, Token } from 'wikiparser-node';
import { decodeEntities } from '../entities.ts';
import { externalLink, text, titleText, wikiLink } from '../links.ts';
import { renderAnnotation } from '../semantic.ts';
import type { RenderState } from '../state.ts';
import { renderInline } from './blocks.ts';
import type { FlowEvent } from './flow-event.ts';

/** Is this link a semantic annotation (`[[prop::value]]`) rather than a link? */
export function isAnnotationTarget(token: LinkToken): boolean {
	return String(token.firstChild).includes('::');
}

/** `[[Page|text]]`, `[[:Category:X]]` and `[[prop::value|display]]` (with a link trail `[[Page]]s`). */
export function linkEvents(token: LinkToken, state: RenderState, trail: string): FlowEvent[] {
	const target = decodeEntities(String(token.firstChild));
	const textToken = token.childNodes[1];
	const written = textToken ? String(textToken) : undefined;
	if (target.includes('::')) {
		const cut = target.indexOf('::');
		const property = target.slice(0, cut).trim().replace(/^:/u, '');
		const value = target.slice(cut + 2).trim();
		if (/^source$/iu.test(property.replace(/[ _]/gu, ''))) {
			const full = written === undefined ? value : `${value}|${decodeEntities(written)}`;
			return nodes(renderAnnotation(state, property, full));
		}
		const display = textToken && written !== undefined ? annotationDisplay(textToken, written, state) : undefined;
		return nodes(renderAnnotation(state, property, value, display));
	}
	let children: ElementContent[];
	if (written === undefined) children = [text(titleText(target) + trail)];
	else if (written.trim() === '') children = [text(pipeTrick(target) + trail)];
	else children = [...renderInline(textToken!.childNodes, state), ...(trail ? [text(trail)] : [])];
	const link = wikiLink(state, target, children);
	return link ? [{ k: 'node', n: link, block: false }] : [{ k: 'text', v: String(token) + trail }];
}

/**
 * The display text of `[[prop::value|display]]`: the part after the last `|` (rendered as wikitext when it is
 * the only part); empty when it is blank, which hides the annotation as in Semantic MediaWiki.
 */
function annotationDisplay(
	textToken: LinkToken['childNodes'][number],
	written: string,
	state: RenderState,
): ElementContent[] {
	const last = written.lastIndexOf('|');
	if (last < 0) return written.trim() ? renderInline(textToken.childNodes, state) : [];
	const shown = written.slice(last + 1).trim();
	return shown ? [text(decodeEntities(shown))] : [];
}

/** `[[Help:Foo (bar)|]]` shows `Foo`: the name without namespace and parenthesised suffix. */
function pipeTrick(target: string): string {
	const name = titleText(target).replace(/^[^:]*:/u, '');
	return name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
}

function nodes(list: ElementContent[]): FlowEvent[] {
	return list.map((n) => ({ k: 'node', n, block: false }) as const);
}

/** `[url text]`: an external link; without text it is numbered `[1]`, `[2]`... as in MediaWiki. */
export function extLink(token: ExtLinkToken, state: RenderState): Element {
	const url = decodeEntities(String(token.firstChild));
	const label = token.childNodes[1];
	if (label && String(label).trim()) return externalLink(state, url, renderInline(label.childNodes, state));
	state.autoNumber++;
	return externalLink(state, url, [text(`[${state.autoNumber}]`)], 'autonumber');
}

/** A bare URL in text: an external link (other magic links, like `ISBN ...`, stay text). */
export function magicLink(token: Token, state: RenderState): FlowEvent {
	const url = decodeEntities(String(token));
	if (!/^(?:https?|ftps?):\/\//iu.test(url) && !/^mailto:/iu.test(url)) return { k: 'text', v: url };
	return { k: 'node', n: externalLink(state, url, [text(url)]), block: false };
}

/** `[[File:x.png|thumb|Caption]]`: there are no files here, so a (red) link showing the caption or the name. */
export function fileLink(token: Token, state: RenderState): ElementContent {
	const target = String(token.firstChild).trim();
	const caption = token.childNodes
		.filter((c) => c.type === 'image-parameter' && (c as Token).name === 'caption')
		.at(-1);
	const children =
		caption && String(caption).trim() ? renderInline((caption as Token).childNodes, state) : [text(titleText(target))];
	return wikiLink(state, target.startsWith(':') ? target : `:${target}`, children) ?? text(String(token));
}
