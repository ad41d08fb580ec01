import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../load/source-file.ts';
import { extractBlocks } from './blocks.ts';
import { extractFacts } from './facts.ts';
import { extractFunctionFacts } from './smw-facts.ts';
import { checkHeadingLines, readHeadings } from './headings.ts';
import { extractLinks } from './links.ts';
import { lintPage } from './lint.ts';
import { checkUnclosedLinks } from './unclosed-links.ts';
import { literalRanges } from './literal-ranges.ts';
import type { Rewritten } from './markdown-to-wikitext.ts';
import { extractProse } from './prose.ts';
import { buildSections } from './sections.ts';
import { extractTables } from './tables.ts';
import { plainText, tidy } from './tree-text.ts';
import type { ParsedPage, PageTree } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { parseWikitext } from './wikitext.ts';

/** The content fields of a ParsedPage that a parse produces. */
export type PageContent = Pick<ParsedPage, 'facts' | 'links' | 'categories' | 'sections' | 'tables' | 'code' | 'math' | 'diagrams' | 'templates' | 'prose' | 'plainText'>;

/** What parsing the rewritten wikitext of a page gives. */
export interface WikitextResult {
	readonly content: PageContent;
	readonly tree: PageTree;
	readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses a page's rewritten wikitext once with wikiparser-node and reads everything from that one tree:
 * sections, facts, links, categories, tables, code, math, diagrams, templates, prose and plain text, plus
 * the curated lint. Positions are reported in the original file. May throw on hostile input (caller guards).
 */
export function parseWikitextPage(source: string, rewritten: Rewritten, file: string): WikitextResult {
	const root = parseWikitext(rewritten.text);
	const lines = new LineIndex(source);
	const place = (offset: number): { line: number; col: number } => lines.position(rewritten.toSource(offset));
	const literal = literalRanges(root);
	const sections = buildSections(readHeadings(root, literal, place));
	const diagnostics: Diagnostic[] = [];
	const ctx: WikiContext = { root, text: rewritten.text, literal, fenceStarts: rewritten.fenceStarts, pipeTableStarts: rewritten.pipeTableStarts, pageLinks: rewritten.pageLinks, sections, file, place, diagnostics };
	const facts = [...extractFacts(ctx), ...extractFunctionFacts(ctx)].sort((a, b) => a.line - b.line || a.col - b.col);
	const { links, categories } = extractLinks(ctx);
	const tables = extractTables(ctx);
	const blocks = extractBlocks(ctx);
	const prose = extractProse(ctx);
	checkHeadingLines(ctx);
	checkUnclosedLinks(ctx);
	lintPage(ctx);
	const content: PageContent = { facts, links, categories, sections: sections.sections, tables, ...blocks, prose, plainText: tidy(plainText(root), false) };
	return { content, tree: { kind: 'wikitext', text: rewritten.text, root, toSourceOffset: rewritten.toSource, fenceStarts: rewritten.fenceStarts }, diagnostics };
}
