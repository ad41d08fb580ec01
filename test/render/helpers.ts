import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { parsePage } from '../../src/parse/index.ts';
import type { ParsedPage, ParseResult } from '../../src/parse/types.ts';
import { parseWikitext } from '../../src/parse/wikitext.ts';
import { renderPage } from '../../src/render/index.ts';
import type { RenderContext, RenderedPage } from '../../src/render/types.ts';
import { sourceFile } from '../helpers/source.ts';

/** Pages that exist in the tests' little world (everything else is a red link). */
export const EXISTING = new Set([
	'Heuristic:Learning_Rate_Tuning',
	'Workflow:QLoRA_Finetuning',
	'Domain:llms',
	'Domain:optimization',
	'Category:Tuning',
]);

/**
 * Wikitext exactly as written, as a parse result: the tree comes straight from the project's configured
 * wikiparser-node (no Markdown rewriting, no title line), the page data from `parsePage`. For renderer
 * unit tests, where the input must be read as wikitext whatever it looks like.
 */
export function wikitextResult(text: string, relPath = 'heuristics/Test_Page.wiki'): ParseResult {
	const page: ParsedPage = parsePage(sourceFile(text, relPath)).page;
	return { page, tree: { kind: 'wikitext', text, root: parseWikitext(text), toSourceOffset: (offset) => offset } };
}

/** Page text through `parsePage`, as the pipeline reads it (Markdown rewriting, title line, page format). */
export function pipelineResult(text: string, relPath = 'heuristics/Test_Page.wiki'): ParseResult {
	return parsePage(sourceFile(text, relPath));
}

/** The render context of the tests: `existing` are the pages that exist. */
export function context(existing: ReadonlySet<string> = EXISTING): RenderContext {
	return { pageExists: (id) => existing.has(id) };
}

/** Renders wikitext exactly as written (see `wikitextResult`) with `EXISTING` as the pages that exist. */
export async function render(text: string, existing: ReadonlySet<string> = EXISTING): Promise<RenderedPage> {
	return renderPage(wikitextResult(text), context(existing));
}

/** Renders wikitext and parses the HTML back into a hast tree for structural checks. */
export async function renderTree(text: string): Promise<Root> {
	return htmlTree((await render(text)).html);
}

/** Parses an HTML fragment into hast. */
export function htmlTree(html: string): Root {
	return fromHtml(html, { fragment: true });
}

/** Every element with this tag name, in document order. */
export function all(node: Root | Element, tagName: string): Element[] {
	const out: Element[] = [];
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === tagName) out.push(child);
		out.push(...all(child, tagName));
	}
	return out;
}

/** Text content of a node. */
export function textOf(node: Root | Element | Root['children'][number]): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map((c) => textOf(c)).join('');
	return '';
}

/** Class list of an element. */
export function classes(element: Element): string[] {
	const value = element.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}
