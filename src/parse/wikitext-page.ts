import type { Diagnostic } from '../diagnostics/index.ts';
import { LineIndex } from '../load/index.ts';
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
import type { ExpansionUse, ParsedPage, PageTree } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { parseWikitext, type Token, type WikiSource } from './wikitext.ts';
import { expandTemplates, type Expansion } from './expand.ts';
import { readPageModel } from './page-model.ts';
import { extractQueries } from './queries.ts';

/** The content fields of a ParsedPage that a parse produces. */
export type PageContent = Pick<
	ParsedPage,
	| 'facts'
	| 'links'
	| 'categories'
	| 'sections'
	| 'tables'
	| 'code'
	| 'math'
	| 'diagrams'
	| 'templates'
	| 'prose'
	| 'plainText'
	| 'model'
	| 'expansion'
	| 'subobjects'
	| 'queries'
>;

/** What parsing the rewritten wikitext of a page gives. */
export interface WikitextResult {
	readonly content: PageContent;
	readonly tree: PageTree;
	readonly diagnostics: readonly Diagnostic[];
}

/** The rest of the wiki a page's templates are expanded against, and the page's own title (`Help:My page`). */
export interface ExpansionContext {
	readonly wiki: WikiSource;
	readonly pageName: string;
}

/** The page's text after template expansion, the way back to the rewritten text, and the expanded calls. */
interface Expanded {
	readonly text: string;
	readonly root: Token;
	readonly toRewritten: (offset: number) => number;
	readonly fromRewritten: (offset: number) => number;
	readonly calls: Expansion['calls'];
	readonly use?: ExpansionUse;
}

/** Expands the page's template calls (see `expand.ts`), parsing again only when something was expanded. */
function expand(
	rewritten: Rewritten,
	root: Token,
	env: ExpansionContext | undefined,
	place: (offset: number) => { line: number; col: number },
	file: string,
	diagnostics: Diagnostic[],
): Expanded {
	const same: Expanded = { text: rewritten.text, root, toRewritten: (o) => o, fromRewritten: (o) => o, calls: [] };
	if (!env) return same;
	const expansion = expandTemplates(
		rewritten.text,
		root,
		literalRanges(root),
		env.wiki,
		env.pageName,
		place,
		file,
		diagnostics,
	);
	if (!expansion) return same;
	const use = { templates: expansion.templates, checked: expansion.checked };
	if (expansion.calls.length === 0) return { ...same, use };
	return {
		text: expansion.text,
		root: parseWikitext(expansion.text),
		toRewritten: expansion.toBefore,
		fromRewritten: expansion.fromBefore,
		calls: expansion.calls,
		use,
	};
}

/**
 * Parses a page's rewritten wikitext with wikiparser-node, expands its template calls (when `env` gives the wiki
 * to expand them from) and reads everything from the one expanded tree: sections, facts, links, categories,
 * tables, code, math, diagrams, templates, prose, plain text, redirect and sort keys, plus the curated lint.
 * Positions are reported in the original file; what a template call produced is reported at the call.
 * May throw on hostile input (caller guards).
 */
export function parseWikitextPage(
	source: string,
	rewritten: Rewritten,
	file: string,
	env?: ExpansionContext,
): WikitextResult {
	const lines = new LineIndex(source);
	const diagnostics: Diagnostic[] = [];
	const first = parseWikitext(rewritten.text);
	const placeBefore = (offset: number) => lines.position(rewritten.toSource(offset));
	const expanded = expand(rewritten, first, env, placeBefore, file, diagnostics);
	const { root, text, calls } = expanded;
	const place = (offset: number): { line: number; col: number } => placeBefore(expanded.toRewritten(offset));
	const literal = literalRanges(root);
	const sections = buildSections(readHeadings(root, literal, place));
	const remap = (set: ReadonlySet<number>) => new Set([...set].map(expanded.fromRewritten));
	const fenceStarts = remap(rewritten.fenceStarts);
	const pageLinks = new Map([...rewritten.pageLinks].map(([offset, link]) => [expanded.fromRewritten(offset), link]));
	const callAt = (offset: number): string | undefined => calls.find((c) => offset >= c.start && offset < c.end)?.name;
	const ctx: WikiContext = {
		root,
		text,
		literal,
		fenceStarts,
		pipeTableStarts: remap(rewritten.pipeTableStarts),
		pageLinks,
		sections,
		file,
		place,
		diagnostics,
		callAt,
	};
	const functions = extractFunctionFacts(ctx);
	const facts = [...extractFacts(ctx), ...functions.facts].sort((a, b) => a.line - b.line || a.col - b.col);
	const { links, categories } = extractLinks(ctx);
	const tables = extractTables(ctx);
	const blocks = extractBlocks(ctx);
	const prose = extractProse(ctx);
	const model = readPageModel(ctx);
	const queries = extractQueries(ctx);
	checkHeadingLines(ctx);
	checkUnclosedLinks(ctx);
	lintPage(ctx);
	const content: PageContent = {
		facts,
		links,
		categories,
		sections: sections.sections,
		tables,
		...blocks,
		prose,
		plainText: tidy(plainText(root), false),
		...(Object.keys(model).length > 0 ? { model } : {}),
		...(expanded.use ? { expansion: expanded.use } : {}),
		...(functions.subobjects.length > 0 ? { subobjects: functions.subobjects } : {}),
		...(queries.length > 0 ? { queries } : {}),
	};
	const toSourceOffset = (offset: number) => rewritten.toSource(expanded.toRewritten(offset));
	return { content, tree: { kind: 'wikitext', text, root, toSourceOffset, fenceStarts }, diagnostics };
}
