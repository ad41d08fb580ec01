import { compareDiagnostics, diag, placed, type Diagnostic } from '../diagnostics/index.ts';
import { LineIndex, namespaces, shownTitle, type SourceFile } from '../load/index.ts';
import { agree, countOf } from '../text/index.ts';
import { readHead, type PageHead } from './front-matter.ts';
import { MAX_MARKDOWN_LINES, MAX_NESTING, MAX_PAGE_CHARS, MAX_PAGE_LINES, maxNesting } from './guards.ts';
import { rewriteMarkdown } from './markdown-to-wikitext.ts';
import { parseMarkdownPage } from './markdown-page.ts';
import { detectFormat } from './page-format.ts';
import type { ParsedPage, ParseResult } from './types.ts';
import { parseWikitextPage, type PageContent } from './wikitext-page.ts';
import type { WikiSource } from './wikitext.ts';

export type * from './types.ts';
export { normalizeProperty } from './properties.ts';
export type { WikiSource } from './wikitext.ts';

/** What a page's templates are expanded against: the wiki's pages (see `WikiSource`). */
export interface ParseOptions {
	readonly wiki?: WikiSource;
}

const EMPTY: PageContent = {
	facts: [],
	links: [],
	categories: [],
	sections: [],
	tables: [],
	code: [],
	math: [],
	diagrams: [],
	templates: [],
	prose: [],
	plainText: '',
};

/**
 * What Semantic MediaWiki stores of a page: no facts in a namespace without semantic links (Template, MediaWiki,
 * talk namespaces), and on a redirect page neither facts nor categories (they belong to the target); what is
 * dropped is reported once, at the first annotation.
 */
function storedContent(file: SourceFile, content: PageContent, diagnostics: Diagnostic[]): PageContent {
	const redirect = content.model?.redirect !== undefined;
	const annotations = file.namespace === '' || (namespaces().byName(file.namespace)?.annotations ?? true);
	if (annotations && !redirect) return content;
	const dropped: { line: number; col: number }[] = [...content.facts];
	if (redirect && content.categories.length > 0) dropped.push(content.model!.redirect!);
	const first = dropped.sort((a, b) => a.line - b.line || a.col - b.col)[0];
	if (first) {
		const count = dropped.length;
		diagnostics.push(
			redirect
				? diag(file.path, first.line, first.col, 'annotation-not-stored', 'redirect', { count })
				: diag(file.path, first.line, first.col, 'annotation-not-stored', 'namespace', {
						count,
						namespace: file.namespace,
					}),
		);
	}
	const { subobjects: _dropped, ...rest } = content;
	return { ...rest, facts: [], categories: redirect ? [] : content.categories };
}

/** Replaces the hidden ranges (front matter, title line) by spaces, keeping every offset. */
function blank(text: string, hidden: PageHead['hidden']): string {
	let out = text;
	for (const [a, b] of hidden) out = out.slice(0, a) + out.slice(a, b).replace(/[^\n]/g, ' ') + out.slice(b);
	return out;
}

/** A page the parser gave up on: plain text, with the reason as a diagnostic. */
function plainResult(file: SourceFile, head: PageHead | undefined, diagnostics: Diagnostic[]): ParseResult {
	const page: ParsedPage = {
		id: file.id,
		namespace: file.namespace,
		name: file.name,
		title: shownTitle(head?.title, file.name, file.namespace),
		file: file.relPath,
		path: file.path,
		hash: file.hash,
		format: 'wikitext',
		frontMatter: head?.frontMatter ?? {},
		...EMPTY,
		plainText: file.text,
		diagnostics,
	};
	return { page, tree: { kind: 'plain', text: file.text } };
}

/**
 * Parses one page file into its data and render tree, reading the text once: front matter and title line,
 * then either remark (pure-Markdown pages) or the Markdown-to-wikitext rewrite and one wikiparser-node
 * parse. Pure and never throws: a page that cannot be parsed becomes plain text with a `parse-failed` error.
 */
export function parsePage(file: SourceFile, options: ParseOptions = {}): ParseResult {
	const diagnostics: Diagnostic[] = [...file.diagnostics];
	let head: PageHead | undefined;
	try {
		const text = file.text;
		const lines = new LineIndex(text);
		if (text.length > MAX_PAGE_CHARS || lines.lineCount > MAX_PAGE_LINES) {
			diagnostics.push(
				diag(file.path, 0, 0, 'page-too-large', 'tooLarge', {
					chars: text.length,
					lines: lines.lineCount,
					maxChars: MAX_PAGE_CHARS,
					maxLines: MAX_PAGE_LINES,
				}),
			);
			return plainResult(file, undefined, diagnostics);
		}
		const depth = maxNesting(text);
		if (depth > MAX_NESTING) {
			diagnostics.push(diag(file.path, 0, 0, 'parse-failed', 'tooDeep', { depth, limit: MAX_NESTING }));
			return plainResult(file, undefined, diagnostics);
		}
		head = readHead(text, file.path);
		diagnostics.push(...head.diagnostics);
		const body = blank(text, head.hidden);
		const format = detectFormat(body);
		let parsed;
		if (format === 'markdown' && lines.lineCount <= MAX_MARKDOWN_LINES) {
			parsed = parseMarkdownPage(body, file.path, file.relPath);
		} else {
			const rewritten = rewriteMarkdown(text, head.hidden, file.relPath);
			for (const d of rewritten.diagnostics) {
				const { line, col } = lines.position(d.offset);
				diagnostics.push(placed(d, file.path, line, col));
			}
			const pageName = file.namespace ? `${file.namespace}:${file.name}` : file.name;
			parsed = parseWikitextPage(
				text,
				rewritten,
				file.path,
				options.wiki ? { wiki: options.wiki, pageName } : undefined,
			);
		}
		diagnostics.push(...parsed.diagnostics);
		const content = storedContent(file, parsed.content, diagnostics);
		const page: ParsedPage = {
			id: file.id,
			namespace: file.namespace,
			name: file.name,
			title: shownTitle(head.title, file.name, file.namespace),
			file: file.relPath,
			path: file.path,
			hash: file.hash,
			format,
			frontMatter: head.frontMatter,
			...content,
			diagnostics: diagnostics.sort(compareDiagnostics),
		};
		return { page, tree: parsed.tree };
	} catch (cause) {
		const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
		diagnostics.push(diag(file.path, 0, 0, 'parse-failed', 'gaveUp', { reason }));
		return plainResult(file, head, diagnostics);
	}
}

/** The page a wikitext fragment is read as part of (its links and template calls are read from there). */
export type FragmentPage = Pick<ParsedPage, 'id' | 'namespace' | 'name' | 'file' | 'path'>;

/**
 * Parses wikitext that is no page file, such as a query's result as its printer writes it: no front matter, title
 * line or Markdown-page detection, template calls expanded against `options.wiki`. Its facts belong to no page
 * (the caller renders it and drops the rest, as Semantic MediaWiki drops annotations in query results).
 * @example renderPage(parseFragment('<table>...</table>', page, { wiki }), ctx)
 */
export function parseFragment(text: string, page: FragmentPage, options: ParseOptions = {}): ParseResult {
	const file: SourceFile = {
		path: page.path,
		relPath: page.file,
		id: page.id as SourceFile['id'],
		namespace: page.namespace,
		name: page.name,
		text,
		hash: '',
		diagnostics: [],
	};
	try {
		const rewritten = rewriteMarkdown(text, [], page.file);
		const pageName = page.namespace ? `${page.namespace}:${page.name}` : page.name;
		const parsed = parseWikitextPage(
			text,
			rewritten,
			page.path,
			options.wiki ? { wiki: options.wiki, pageName } : undefined,
		);
		// a query in a result (a template's `{{#ask:}}`) is not run again: it shows as written
		const { queries: _nested, ...content } = { ...EMPTY, ...parsed.content };
		return {
			page: {
				...page,
				title: page.name,
				hash: '',
				format: 'wikitext',
				frontMatter: {},
				...content,
				diagnostics: [],
			} as ParsedPage,
			tree: parsed.tree,
		};
	} catch {
		return plainResult(file, undefined, []);
	}
}
export { offsetOf } from './wikitext.ts';
