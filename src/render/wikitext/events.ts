import type { Element, ElementContent, Properties } from 'hast';
import type { AstNodes, ExtLinkToken, ParameterToken, ExtToken, HeadingToken, HtmlToken, LinkToken, QuoteToken, TableToken, Token, TranscludeToken } from 'wikiparser-node';
import { decodeEntities } from '../entities.ts';
import { externalLink, text, wikiLink } from '../links.ts';
import { renderAnnotation } from '../semantic.ts';
import type { RenderState } from '../state.ts';
import { mermaidBlock, templateBox, type TemplateParam } from '../templates.ts';
import { isAllowedTag } from '../sanitize.ts';
import { highlightBlock, highlightInline } from '../code.ts';
import { formula } from '../formula.ts';
import { renderBlocks, renderInline } from './blocks.ts';
import { htmlElement } from './html-tags.ts';
import { renderHeading } from './headings.ts';
import { renderTable } from './tables.ts';

/**
 * One step of a page's flow, between the wikitext tree and the block builder: text, finished nodes, HTML
 * tags written in the page, bold/italic toggles, list prefixes, and things that depend on their line
 * (`lazy`: a formula or template is a block when it stands alone on its line).
 */
export type FlowEvent =
	| { readonly k: 'text'; readonly v: string }
	| { readonly k: 'node'; readonly n: ElementContent; readonly block: boolean }
	| { readonly k: 'open'; readonly el: Element; readonly raw: string }
	| { readonly k: 'close'; readonly tag: string; readonly raw: string }
	| { readonly k: 'quote'; readonly marks: readonly ('b' | 'i')[] }
	| { readonly k: 'list'; readonly prefix: string }
	| { readonly k: 'dd'; readonly prefix: string }
	| { readonly k: 'hidden' }
	| { readonly k: 'lazy'; readonly make: (alone: boolean) => ElementContent };

const VOID_TAGS = new Set(['br', 'wbr', 'hr', 'img', 'col', 'meta', 'link']);
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
			const trail = next?.type === 'text' && !isAnnotationTarget(node as LinkToken) ? (LINK_TRAIL.exec(next.data)?.[0] ?? '') : '';
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
				el.children = [text(nodes.slice(i + 1, end).map(literalText).join(''))];
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
	if (node.type === 'ext' && (node as ExtToken).name === 'nowiki') return decodeEntities(String((node as ExtToken).lastChild));
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
			return token.childNodes.length > 0 ? toEvents(token.childNodes, state) : [{ k: 'text', v: decodeEntities(String(token)) }];
	}
}

function quoteEvents(token: QuoteToken): FlowEvent[] {
	const closing = token.closing as { bold?: boolean; italic?: boolean };
	const marks: ('b' | 'i')[] = [];
	if ('bold' in closing) marks.push('b');
	if ('italic' in closing) marks.push('i');
	const used = marks.length === 2 ? 5 : marks[0] === 'b' ? 3 : 2;
	const extra = String(token).length - used;
	// MediaWiki shows the apostrophes beyond a bold/italic marker as text (`''''` is `'` + bold).
	return extra > 0 ? [{ k: 'text', v: "'".repeat(extra) }, { k: 'quote', marks }] : [{ k: 'quote', marks }];
}

function htmlEvents(token: HtmlToken): FlowEvent[] {
	const raw = String(token);
	const name = token.name.toLowerCase();
	if (!isAllowedTag(name)) return [{ k: 'text', v: raw }];
	if (token.closing && name !== 'br') return [{ k: 'close', tag: name, raw }];
	const el = htmlElement(token);
	if (VOID_TAGS.has(name) || token.selfClosing) return [{ k: 'node', n: el, block: name === 'hr' }];
	return [{ k: 'open', el, raw }];
}

function extEvents(token: ExtToken, state: RenderState): FlowEvent[] {
	const inner = token.lastChild.type === 'ext-inner' ? String(token.lastChild) : '';
	switch (token.name) {
		case 'nowiki':
			return [{ k: 'text', v: decodeEntities(inner) }];
		case 'pre':
			return [{ k: 'node', n: preBlock(decodeEntities(inner.replace(/^\n/u, ''))), block: true }];
		case 'syntaxhighlight':
		case 'source': {
			const lang = attr(token, 'lang');
			if (token.getAttr('inline') !== undefined) return [{ k: 'node', n: state.slots.slot(highlightInline(inner, lang)), block: false }];
			return [{ k: 'node', n: state.slots.slot(highlightBlock(inner, lang)), block: true }];
		}
		case 'math':
		case 'chem':
		case 'ce': {
			const display = attr(token, 'display');
			const tex = token.name === 'math' ? inner : `\\ce{${inner}}`;
			const offset = token.getAbsoluteIndex();
			return [{ k: 'lazy', make: (alone) => formula(state, tex, display === 'block' || (display !== 'inline' && alone), offset) }];
		}
		default:
			return [{ k: 'text', v: String(token) }];
	}
}

function attr(token: ExtToken, name: string): string | undefined {
	const value = token.getAttr(name);
	return typeof value === 'string' ? value.trim() : undefined;
}

function preBlock(code: string): Element {
	return { type: 'element', tagName: 'pre', properties: {}, children: [text(code)] };
}

function isAnnotationTarget(token: LinkToken): boolean {
	return String(token.firstChild).includes('::');
}

/** `[[Page|text]]`, `[[:Category:X]]` and `[[prop::value|display]]` (with a link trail `[[Page]]s`). */
function linkEvents(token: LinkToken, state: RenderState, trail: string): FlowEvent[] {
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
		let display: ElementContent[] | undefined;
		if (written !== undefined) {
			const last = written.lastIndexOf('|');
			display = last >= 0 ? (written.slice(last + 1).trim() ? [text(decodeEntities(written.slice(last + 1).trim()))] : []) : written.trim() ? renderInline(textToken!.childNodes, state) : [];
		}
		return nodes(renderAnnotation(state, property, value, display));
	}
	let children: ElementContent[];
	if (written === undefined) children = [text(target.replace(/^\s*:/u, '') + trail)];
	else if (written.trim() === '') children = [text(pipeTrick(target) + trail)];
	else children = [...renderInline(textToken!.childNodes, state), ...(trail ? [text(trail)] : [])];
	const link = wikiLink(state, target, children);
	return link ? [{ k: 'node', n: link, block: false }] : [{ k: 'text', v: String(token) + trail }];
}

/** `[[Help:Foo (bar)|]]` shows `Foo`: the name without namespace and parenthesised suffix. */
function pipeTrick(target: string): string {
	const name = target.replace(/^\s*:/u, '').replace(/^[^:]*:/u, '');
	return name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
}

function nodes(list: ElementContent[]): FlowEvent[] {
	return list.map((n) => ({ k: 'node', n, block: false }) as const);
}

function extLink(token: ExtLinkToken, state: RenderState): Element {
	const url = decodeEntities(String(token.firstChild));
	const label = token.childNodes[1];
	if (label && String(label).trim()) return externalLink(state, url, renderInline(label.childNodes, state));
	state.autoNumber++;
	return externalLink(state, url, [text(`[${state.autoNumber}]`)], 'autonumber');
}

function magicLink(token: Token, state: RenderState): FlowEvent {
	const url = decodeEntities(String(token));
	if (!/^(?:https?|ftps?):\/\//iu.test(url) && !/^mailto:/iu.test(url)) return { k: 'text', v: url };
	return { k: 'node', n: externalLink(state, url, [text(url)]), block: false };
}

/** `[[File:x.png|thumb|Caption]]`: there are no files here, so a (red) link showing the caption or the name. */
function fileLink(token: Token, state: RenderState): ElementContent {
	const target = String(token.firstChild).trim();
	const caption = token.childNodes.filter((c) => c.type === 'image-parameter' && (c as Token).name === 'caption').at(-1);
	const children = caption && String(caption).trim() ? renderInline((caption as Token).childNodes, state) : [text(target.replace(/^:/u, ''))];
	return wikiLink(state, target.startsWith(':') ? target : `:${target}`, children) ?? text(String(token));
}

/** Templates and parser functions: `{{#mermaid:...}}` is a diagram; everything else a visible box. */
function transclusion(token: TranscludeToken, state: RenderState): FlowEvent {
	const source = String(token);
	const nameToken = token.firstChild;
	const rawName = String(nameToken).trim();
	if (token.type === 'magic-word' && token.name === 'mermaid') {
		const colon = source.indexOf(':');
		return { k: 'node', n: mermaidBlock(state, source.slice(colon + 1, -2)), block: true };
	}
	const params: TemplateParam[] = [];
	for (const child of token.childNodes.slice(1)) {
		if (child.type !== 'parameter') continue;
		const [key, value] = child.childNodes;
		const anonymous = String(key ?? '') === '';
		params.push({ name: anonymous ? (child as ParameterToken).name : String(key ?? '').trim(), value: String(value ?? '').trim(), anonymous });
	}
	// A parser function's first argument follows its colon: `{{#ask:[[Category:X]]|...}}`.
	const name = token.type === 'magic-word' ? rawName.replace(/:$/u, '') : rawName;
	return { k: 'lazy', make: (alone) => templateBox(state, name, params, alone) };
}
