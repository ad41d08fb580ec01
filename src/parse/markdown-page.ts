import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { diag, placed, type Diagnostic } from '../diagnostics/index.ts';
import { candidateTitles, LineIndex, resolvePagePath } from '../load/index.ts';
import { parseMarkdown } from './markdown.ts';
import { readAnnotation } from './properties.ts';
import { buildSections, type HeadingInfo } from './sections.ts';
import { tidy } from './tree-text.ts';
import type { CodeBlock, Fact, Link, ProseBlock, Table } from './types.ts';
import type { PageContent, WikitextResult } from './wikitext-page.ts';

const ANNOTATION = /\[\[([^[\]\n]*?::[^\n]*?)\]\]/g;
const URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Plain text of inline content, inline code in backticks when `ticks`. */
function inlineText(node: Nodes, ticks: boolean): string {
	if (node.type === 'inlineCode') return ticks ? `\`${node.value}\`` : node.value;
	if (node.type === 'text') return node.value;
	if (node.type === 'break') return ' ';
	if (node.type === 'html' || node.type === 'code' || node.type === 'image' || node.type === 'imageReference')
		return '';
	if ('children' in node) return (node.children as Nodes[]).map((c) => inlineText(c, ticks)).join('');
	return '';
}

/** Plain text of block content: blocks on their own lines, code and raw HTML left out. */
function blockText(node: Nodes): string {
	if (node.type === 'code' || node.type === 'html') return '';
	if (node.type === 'table')
		return node.children.map((row) => row.children.map((c) => inlineText(c, false)).join(' ')).join('\n');
	if (node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
		return node.children.map(blockText).join('\n');
	return inlineText(node, false);
}

/** Visits every node depth-first with its ancestors. */
function visit(node: Nodes, fn: (node: Nodes, parents: readonly Parents[]) => void, parents: Parents[] = []): void {
	fn(node, parents);
	if ('children' in node)
		for (const child of node.children as RootContent[]) visit(child, fn, [...parents, node as Parents]);
}

/**
 * Parses a pure-Markdown page (title line and front matter already blanked to spaces) with remark and reads
 * sections, pipe tables, code, links, prose and facts (from `[[p::v]]` in text, never from code). A link whose
 * relative target names a page file (`[t](../principles/Y.md)`, resolved from `relPath`) is a wiki link.
 */
export function parseMarkdownPage(text: string, file: string, relPath?: string): WikitextResult {
	const root: Root = parseMarkdown(text);
	const lines = new LineIndex(text);
	const headings: HeadingInfo[] = [];
	visit(root, (node) => {
		if (node.type === 'heading' && node.position)
			headings.push({
				offset: node.position.start.offset ?? 0,
				level: node.depth,
				title: tidy(inlineText(node, false)),
				line: node.position.start.line,
			});
	});
	const sections = buildSections(headings);
	const diagnostics: Diagnostic[] = [];
	const facts: Fact[] = [];
	const links: Link[] = [];
	const tables: Table[] = [];
	const code: CodeBlock[] = [];
	const prose: ProseBlock[] = [];
	visit(root, (node, parents) => {
		const start = node.position?.start;
		const offset = start?.offset ?? 0;
		const line = start?.line ?? 1;
		if (node.type === 'text') {
			for (const m of node.value.matchAll(ANNOTATION)) {
				const read = readAnnotation(m[1]!);
				const place = lines.position(offset + m.index);
				if (!read.ok) diagnostics.push(placed(read.problem, file, place.line, place.col));
				else
					facts.push({
						property: read.property,
						value: read.value,
						...(read.display === undefined ? {} : { display: read.display }),
						...place,
						section: sections.pathAt(offset),
					});
			}
		} else if (node.type === 'link' && URL.test(node.url)) {
			const label = tidy(inlineText(node, false));
			links.push({
				kind: 'external',
				target: node.url,
				...(label && label !== node.url ? { text: label } : {}),
				line,
				col: start?.column ?? 1,
			});
		} else if (node.type === 'link' && relPath !== undefined && candidateTitles(node.url).length > 0) {
			// a link to a page file: its path as written, and the title it names when it goes through a type folder
			const title = resolvePagePath(node.url, relPath);
			const label = tidy(inlineText(node, false));
			const page = title && `${title.namespace}:${title.name}${title.fragment ? `#${title.fragment}` : ''}`;
			links.push({
				kind: 'wiki',
				target: node.url,
				...(label ? { text: label } : {}),
				line,
				col: start?.column ?? 1,
				...(page ? { page } : {}),
			});
		} else if (node.type === 'code') {
			const fenced = /^[ \t]*(```|~~~)/.test(text.slice(offset, offset + 40));
			const last = text.slice(offset, node.position?.end.offset ?? offset).split('\n');
			if (fenced && (last.length < 2 || !/^[ \t]*(`{3,}|~{3,})[ \t]*$/.test(last.at(-1)!))) {
				diagnostics.push(diag(file, line, start?.column ?? 1, 'unclosed-fence', 'neverClosed'));
			}
			code.push({
				line,
				syntax: fenced ? 'fence' : 'pre',
				...(node.lang ? { lang: node.lang } : {}),
				code: node.value,
			});
		} else if (node.type === 'table') {
			const [head, ...body] = node.children.map((row) => ({
				line: row.position?.start.line ?? line,
				cells: row.children.map((c) => tidy(inlineText(c, false))),
			}));
			tables.push({
				line,
				syntax: 'markdown',
				header: head?.cells ?? [],
				rows: body,
				section: sections.pathAt(offset),
				depth: parents.filter((p) => p.type === 'table').length,
			});
		} else if (node.type === 'paragraph' && !parents.some((p) => p.type === 'table')) {
			const item = parents.at(-1)?.type === 'listItem' ? parents.at(-2) : undefined;
			const kind: ProseBlock['kind'] = item?.type === 'list' ? (item.ordered ? 'numbered' : 'bullet') : 'paragraph';
			const plain = tidy(inlineText(node, true));
			if (plain) prose.push({ line, kind, text: plain, section: sections.pathAt(offset) });
		}
	});
	const content: PageContent = {
		facts,
		links,
		categories: [],
		sections: sections.sections,
		tables,
		code,
		math: [],
		diagrams: [],
		templates: [],
		prose,
		plainText: tidy(blockText(root), false),
	};
	return { content, tree: { kind: 'markdown', text, root }, diagnostics };
}
