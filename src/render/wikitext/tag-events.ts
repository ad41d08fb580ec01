import type { Element } from 'hast';
import type { ExtToken, HtmlToken, ParameterToken, QuoteToken, TranscludeToken } from 'wikiparser-node';
import { codeSlot } from '../code.ts';
import { decodeEntities } from '../entities.ts';
import { formula } from '../formula.ts';
import { text } from '../links.ts';
import { isAllowedTag } from '../sanitize.ts';
import type { RenderState } from '../state.ts';
import { queryPlaceholder } from '../query-slot.ts';
import { mermaidBlock, templateBox, type TemplateParam } from '../templates.ts';
import type { FlowEvent } from './flow-event.ts';
import { htmlElement } from './html-tags.ts';
import { renderInline } from './blocks.ts';
import { offsetOf } from '../../parse/index.ts';

const VOID_TAGS = new Set(['br', 'wbr', 'hr', 'img', 'col', 'meta', 'link']);

/** `''` / `'''` / `'''''`: toggles of italic and bold. */
export function quoteEvents(token: QuoteToken): FlowEvent[] {
	const closing = token.closing as { bold?: boolean; italic?: boolean };
	const marks: ('b' | 'i')[] = [];
	if ('bold' in closing) marks.push('b');
	if ('italic' in closing) marks.push('i');
	const used = marks.length === 2 ? 5 : marks[0] === 'b' ? 3 : 2;
	const extra = String(token).length - used;
	// MediaWiki shows the apostrophes beyond a bold/italic marker as text (`''''` is `'` + bold).
	return extra > 0
		? [
				{ k: 'text', v: "'".repeat(extra) },
				{ k: 'quote', marks },
			]
		: [{ k: 'quote', marks }];
}

/** An HTML tag written in wikitext: an element when the sanitiser allows the tag, else its text. */
export function htmlEvents(token: HtmlToken): FlowEvent[] {
	const raw = String(token);
	const name = token.name.toLowerCase();
	if (!isAllowedTag(name)) return [{ k: 'text', v: raw }];
	if (token.closing && name !== 'br') return [{ k: 'close', tag: name, raw }];
	const el = htmlElement(token);
	if (VOID_TAGS.has(name) || token.selfClosing) return [{ k: 'node', n: el, block: name === 'hr' }];
	return [{ k: 'open', el, raw }];
}

/**
 * Extension tags: `<nowiki>`, `<pre>`, `<syntaxhighlight>`/`<source>`, `<math>`, footnotes `<ref>` and
 * `<references />` (see `Footnotes`); others show as text.
 */
export function extEvents(token: ExtToken, state: RenderState): FlowEvent[] {
	const inner = token.lastChild.type === 'ext-inner' ? String(token.lastChild) : '';
	switch (token.name) {
		case 'nowiki':
			return [{ k: 'text', v: decodeEntities(inner) }];
		case 'pre':
			return [{ k: 'node', n: preBlock(decodeEntities(inner.replace(/^\n/u, ''))), block: true }];
		case 'syntaxhighlight':
		case 'source': {
			const lang = attr(token, 'lang');
			// A Markdown fence holding `</syntaxhighlight` was escaped by the parser; show the code as written.
			if (state.fenceStarts.has(offsetOf(token)))
				return [
					{
						k: 'node',
						n: codeSlot(state, inner.replace(/&lt;\/syntaxhighlight/giu, '</syntaxhighlight'), lang, false),
						block: true,
					},
				];
			if (token.getAttr('inline') !== undefined)
				return [{ k: 'node', n: codeSlot(state, inner, lang, true), block: false }];
			return [{ k: 'node', n: codeSlot(state, inner, lang, false), block: true }];
		}
		case 'math':
		case 'chem':
		case 'ce': {
			const display = attr(token, 'display');
			const tex = token.name === 'math' ? inner : `\\ce{${inner}}`;
			const offset = offsetOf(token);
			return [
				{
					k: 'lazy',
					make: (alone) => formula(state, tex, display === 'block' || (display !== 'inline' && alone), offset),
				},
			];
		}
		case 'ref': {
			const content =
				token.selfClosing || token.lastChild.type !== 'ext-inner'
					? undefined
					: renderInline(token.lastChild.childNodes, state, true);
			return [
				{
					k: 'node',
					n: state.footnotes.cite(attr(token, 'group') ?? '', attr(token, 'name') || undefined, content),
					block: false,
				},
			];
		}
		case 'references': {
			const group = attr(token, 'group') ?? '';
			// `<references><ref name="x">text</ref></references>` gives the text of notes cited earlier by name
			for (const ref of token.querySelectorAll<ExtToken>('ext')) {
				const name = attr(ref, 'name');
				if (ref.name === 'ref' && name && !ref.selfClosing && ref.lastChild.type === 'ext-inner')
					state.footnotes.define(
						attr(ref, 'group') ?? group,
						name,
						renderInline(ref.lastChild.childNodes, state, true),
					);
			}
			return [{ k: 'node', n: state.footnotes.list(group), block: true }];
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

/**
 * Templates and parser functions: `{{#mermaid:...}}` is a diagram, `{{#set:}}`/`{{#subobject:}}`,
 * `{{DISPLAYTITLE:}}` and `{{DEFAULTSORT:}}` are invisible (the parser reads them), `{{#ask:}}`, `{{#show:}}` and
 * `{{#concept:}}` a visible box that holds the place of their result (filled once the graph is built), everything
 * else a visible box.
 */
export function transclusion(token: TranscludeToken, state: RenderState): FlowEvent {
	const source = String(token);
	const nameToken = token.firstChild;
	const rawName = String(nameToken).trim();
	// Semantic MediaWiki stores `#set` and `#subobject` facts and shows nothing where they are written.
	if (token.type === 'magic-word' && (token.name === 'set' || token.name === 'subobject')) return { k: 'hidden' };
	// MediaWiki reads these for the page's title and sort key and shows nothing where they are written
	if (token.type === 'magic-word' && (token.name === 'displaytitle' || token.name === 'defaultsort'))
		return { k: 'hidden' };
	if (token.type === 'magic-word' && token.name === 'mermaid') {
		const colon = source.indexOf(':');
		return { k: 'node', n: mermaidBlock(state, source.slice(colon + 1, -2)), block: true };
	}
	const params: TemplateParam[] = [];
	for (const child of token.childNodes.slice(1)) {
		if (child.type !== 'parameter') continue;
		const [key, value] = child.childNodes;
		const anonymous = String(key ?? '') === '';
		params.push({
			name: anonymous ? (child as ParameterToken).name : String(key ?? '').trim(),
			value: String(value ?? '').trim(),
			anonymous,
		});
	}
	// A parser function's first argument follows its colon: `{{#ask:[[Category:X]]|...}}`.
	const name = token.type === 'magic-word' ? rawName.replace(/:$/u, '') : rawName;
	if (token.type === 'magic-word' && (token.name === 'ask' || token.name === 'show' || token.name === 'concept')) {
		const index = state.page.queries?.findIndex((q) => q.offset === offsetOf(token)) ?? -1;
		if (index >= 0)
			return {
				k: 'lazy',
				make: (alone) => queryPlaceholder(state, index, alone, templateBox(state, name, params, alone)),
			};
	}
	return { k: 'lazy', make: (alone) => templateBox(state, name, params, alone) };
}
