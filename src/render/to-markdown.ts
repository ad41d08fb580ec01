import type { Element, Root } from 'hast';
import { toMdast, defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Code, Html, InlineCode, Link, Nodes as MdastNodes } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown, type InlineMath, type Math } from 'mdast-util-math';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { LINK_MARKS, markSitePath } from '../graph/index.ts';
import { markdownText } from './markdown-text.ts';
import { QUERY_MARKS, QUERY_TAG, queryMarkdownMarker } from './query-slot.ts';
import { visit } from './slots.ts';

/** How a link of the rendered page is written in its Markdown. */
export interface MarkdownLinks {
	/** Does a page (with its own Markdown) stand at this site path (`/heuristic/X/`)? */
	readonly hasMarkdown: (path: string) => boolean;
}

const classes = (node: Element) =>
	Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];

/** The index of the query whose placeholder this element is (`queryPlaceholder`), if it is one. */
function queryIndex(node: Element): number | undefined {
	const start = node.children[0];
	if (!classes(node).includes('smw-query') || start?.type !== 'element' || start.tagName !== QUERY_TAG)
		return undefined;
	return Number(start.properties.n);
}

/** Text of the page must hold neither the marks of links nor those of queries. */
const unmarked = (text: string) => text.replace(LINK_MARKS, '\uFFFD').replace(QUERY_MARKS, '\uFFFD');

/**
 * The page's Markdown, made from its sanitized HTML tree as rendered for the site (in its portable form:
 * code as text, formulas as TeX, diagrams as source): headings, lists, emphasis, pipe tables, fenced code with
 * its language, `$...$` / `$$...$$` math, ```` ```mermaid ```` diagrams, and links. Links to site paths are
 * marked (see `placeMarkedLinks`): to a page's `.md` when it has one, else to its site page.
 */
export function hastToMarkdown(tree: Root, links: MarkdownLinks): string {
	// Page text holding the marks would be taken for a marked link or a query's place.
	visit(tree, (node) => {
		if (node.type === 'text') node.value = unmarked(node.value);
		if (node.type !== 'element') return;
		for (const [key, value] of Object.entries(node.properties))
			if (typeof value === 'string') node.properties[key] = unmarked(value);
	});
	const handlers: Record<string, Handle> = {
		pre: (_state: State, node: Element): Code => {
			const lang = node.properties.dataLanguage ?? (classes(node).includes('mermaid') ? 'mermaid' : undefined);
			return {
				type: 'code',
				lang: typeof lang === 'string' && lang ? lang : null,
				meta: null,
				value: toText(node, { whitespace: 'pre' }).replace(/\n+$/u, ''),
			};
		},
		span: (state: State, node: Element) => {
			const query = queryIndex(node);
			if (query !== undefined) return { type: 'html', value: queryMarkdownMarker(query, false) } satisfies Html;
			return classes(node).includes('math-inline')
				? ({ type: 'inlineMath', value: toText(node) } satisfies InlineMath)
				: defaultHandlers.span(state, node);
		},
		div: (state: State, node: Element) => {
			const query = queryIndex(node);
			if (query !== undefined) return { type: 'html', value: queryMarkdownMarker(query, true) } satisfies Html;
			return classes(node).includes('math-display')
				? ({ type: 'math', value: toText(node, { whitespace: 'pre' }), meta: null } satisfies Math)
				: defaultHandlers.div(state, node);
		},
		code: (_state: State, node: Element): InlineCode => ({
			type: 'inlineCode',
			value: toText(node, { whitespace: 'pre' }),
		}),
		a: (state: State, node: Element) => {
			const made = defaultHandlers.a(state, node) as Link;
			made.url = markedUrl(made.url, links);
			return made;
		},
	};
	const mdast = toMdast(tree, { handlers: handlers as never }) as MdastNodes;
	flattenCells(mdast);
	return toMarkdown(mdast, markdownOptions).replace(/\n{3,}/gu, '\n\n');
}

/**
 * How `mdast-util-to-markdown` writes a page's Markdown. The same for every page, made once: the extensions'
 * unsafe patterns then compile once (the library keeps the expression on the pattern), and `markdownText`
 * reuses what it joined from them.
 */
export const markdownOptions: ToMarkdownOptions = {
	extensions: [gfmToMarkdown(), mathToMarkdown()],
	handlers: { text: markdownText },
	bullet: '-',
	rule: '-',
	fences: true,
	listItemIndent: 'one',
	resourceLink: true,
};

/** A pipe-table cell is one line: blocks in it (a list, paragraphs, code) become phrasing joined by `<br>`. */
function flattenCells(tree: MdastNodes): void {
	visitMdast(tree, (node) => {
		if (node.type === 'tableCell') node.children = phrasingOf(node.children as MdastNodes[]) as typeof node.children;
	});
}

const BR: MdastNodes = { type: 'html', value: '<br>' };

function phrasingOf(nodes: readonly MdastNodes[]): MdastNodes[] {
	const out: MdastNodes[] = [];
	const block = (parts: MdastNodes[]) => {
		if (parts.length === 0) return;
		if (out.length > 0) out.push(BR);
		out.push(...parts);
	};
	for (const node of nodes) {
		if (node.type === 'break') out.push(BR);
		else if (node.type === 'text') out.push({ ...node, value: node.value.replace(/\s*\n\s*/gu, ' ') });
		else if (node.type === 'code') block([{ type: 'inlineCode', value: node.value.replace(/\s*\n\s*/gu, ' ') }]);
		else if (node.type === 'math')
			block([{ type: 'inlineMath', value: node.value.replace(/\s*\n\s*/gu, ' ') } as MdastNodes]);
		else if (node.type === 'list' || node.type === 'blockquote' || node.type === 'table' || node.type === 'tableRow')
			for (const child of node.children) block(phrasingOf([child as MdastNodes]));
		else if (
			node.type === 'paragraph' ||
			node.type === 'heading' ||
			node.type === 'listItem' ||
			node.type === 'tableCell'
		)
			block(phrasingOf(node.children as MdastNodes[]));
		else if ('children' in node)
			out.push({ ...node, children: phrasingOf(node.children as MdastNodes[]) } as MdastNodes);
		else out.push(node);
	}
	return out;
}

function visitMdast(node: MdastNodes, fn: (node: MdastNodes) => void): void {
	fn(node);
	if ('children' in node) for (const child of node.children) visitMdast(child as MdastNodes, fn);
}

/** A link's URL as the Markdown writes it: site paths marked, a page's pointing at its `.md`. */
function markedUrl(url: string, links: MarkdownLinks): string {
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	const cut = url.search(/[#?]/u);
	const path = cut < 0 ? url : url.slice(0, cut);
	return `${markSitePath(path, links.hasMarkdown(path))}${cut < 0 ? '' : url.slice(cut)}`;
}
