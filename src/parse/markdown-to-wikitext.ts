import { finding } from '../diagnostics/index.ts';
import {
	escapeClosing,
	rewriteInline,
	type OffsetDiagnostic,
	type PageFileLink,
	type RewriteContext,
} from './inline-markdown.ts';
import { OffsetMapBuilder, type MappedText } from './offset-map.ts';
import { rewritePipeTable, startsPipeTable } from './pipe-table.ts';

/** The wikitext a hybrid page becomes, with its map back to the file and what was found malformed. */
export interface Rewritten extends MappedText {
	readonly diagnostics: readonly OffsetDiagnostic[];
	/** Output offsets of the `<syntaxhighlight` tags that were Markdown fences. */
	readonly fenceStarts: ReadonlySet<number>;
	/** Output offsets of the `{|` of tables that were Markdown pipe tables. */
	readonly pipeTableStarts: ReadonlySet<number>;
	/** Markdown links to page files, by output offset of their `[[` (rewritten) or `[` (left as text). */
	readonly pageLinks: ReadonlyMap<number, PageFileLink>;
}

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\n]*?)[ \t]*$/;
const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const HR = /^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const MD_ITEM = /^([ \t]*)([-+*]|\d{1,9}[.)])[ \t]+/;
const WIKI_LIST = /^[*#:;]+/;
// `> text` (not `>>>`, a Python prompt): a Markdown blockquote line
const QUOTE = /^>(?:[ \t]|$)/;

interface ListLevel {
	readonly indent: number;
	readonly marks: string;
}

/** Splits text into `[start, end)` line ranges, newlines excluded. */
function splitLines(src: string): [number, number][] {
	const lines: [number, number][] = [];
	let start = 0;
	for (;;) {
		const nl = src.indexOf('\n', start);
		lines.push([start, nl < 0 ? src.length : nl]);
		if (nl < 0) return lines;
		start = nl + 1;
	}
}

/** Width of leading whitespace, tabs counted as 4. */
function indentOf(line: string): number {
	let w = 0;
	for (const ch of line) {
		if (ch === ' ') w++;
		else if (ch === '\t') w += 4;
		else break;
	}
	return w;
}

/** Rewrites a fenced code block opening at line k; returns the index of the line after its closing fence. */
function rewriteFence(
	ctx: RewriteContext,
	lines: readonly [number, number][],
	k: number,
	fenceStarts: Set<number>,
): number {
	const { src, out } = ctx;
	const [ls, le] = lines[k]!;
	const m = FENCE_OPEN.exec(src.slice(ls, le))!;
	const indent = m[1]!.length;
	const marker = m[2]!;
	const lang = /^[\w+#.-]+/.exec(m[3] ?? '')?.[0];
	const close = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
	fenceStarts.add(out.size);
	out.insert(lang ? `<syntaxhighlight lang="${lang}">` : '<syntaxhighlight>', ls);
	let j = k + 1;
	while (j < lines.length && !close.test(src.slice(lines[j]![0], lines[j]![1]))) j++;
	if (j >= lines.length) {
		ctx.diagnostics.push({ ...finding('unclosed-fence', 'markerNeverClosed', { marker }), offset: ls + indent });
	}
	for (let c = k + 1; c < Math.min(j, lines.length); c++) {
		const [cs, ce] = lines[c]!;
		out.insert('\n', cs);
		let from = cs;
		while (from < ce && from - cs < indent && src[from] === ' ') from++;
		const line = src.slice(from, ce);
		if (/<\/syntaxhighlight/i.test(line)) out.insert(escapeClosing(line, 'syntaxhighlight'), from);
		else out.copy(from, ce);
	}
	const endAnchor = j < lines.length ? lines[j]![0] : src.length;
	out.insert('\n</syntaxhighlight>', endAnchor);
	return Math.min(j + 1, lines.length);
}

/** The state of one pass over a page's lines. */
export interface LinePass {
	readonly ctx: RewriteContext;
	readonly lines: readonly [number, number][];
	readonly hidden: readonly (readonly [number, number])[];
	readonly fenceStarts: Set<number>;
	readonly pipeTableStarts: Set<number>;
	/** The open list levels (Markdown items nest by indent; a wikitext list is one level). */
	stack: ListLevel[];
	/** Only Markdown lists own indented continuation lines; under a wikitext list they stay preformatted text. */
	markdownList: boolean;
	/** How many wikitables `{|` are open: Markdown pipe tables and quotes are not read inside them. */
	tableDepth: number;
}

/** What a line handler did: the line to read next (default the following one), and where inline rewriting stopped. */
interface LineStep {
	readonly next?: number;
	/** Past the line's end when a literal region (`<pre>`, a comment) ran over the following lines. */
	readonly resume?: number;
}

/** One kind of line: whether line `k` is one (`line` is its text), and how it is rewritten. */
export interface LineHandler {
	/** What the line is, for tests and debugging: `heading`, `markdown-item`... */
	readonly name: string;
	matches(pass: LinePass, k: number, line: string): boolean;
	rewrite(pass: LinePass, k: number, line: string): LineStep;
}

const lineStart = (pass: LinePass, k: number) => pass.lines[k]![0];
const lineEnd = (pass: LinePass, k: number) => pass.lines[k]![1];
/** The text of line `k`; `''` outside the page. */
const lineText = (pass: LinePass, k: number): string =>
	k >= 0 && k < pass.lines.length ? pass.ctx.src.slice(lineStart(pass, k), lineEnd(pass, k)) : '';
/** Is line `k` in a hidden range (front matter, title line)? */
const isHidden = (pass: LinePass, k: number): boolean =>
	pass.hidden.some(([a, b]) => lineStart(pass, k) >= a && lineEnd(pass, k) <= b && lineEnd(pass, k) > a);
/** Rewrites the inline Markdown of line `k` from `from` to its end. */
const inline = (pass: LinePass, k: number, from: number): LineStep => ({
	resume: rewriteInline(pass.ctx, from, lineEnd(pass, k)),
});

/**
 * The kinds of lines in the order they are tried; the first that matches rewrites the line. Wikitext and
 * literal regions are left as written; a line no other handler takes is a paragraph line (inline Markdown only).
 */
export const LINE_HANDLERS: readonly LineHandler[] = [
	{
		name: 'hidden',
		matches: (pass, k) => isHidden(pass, k),
		// not content: emit nothing but the newline
		rewrite: () => ({}),
	},
	{
		name: 'fence',
		matches: (_, __, line) => FENCE_OPEN.test(line),
		rewrite: (pass, k) => ({ next: rewriteFence(pass.ctx, pass.lines, k, pass.fenceStarts) }),
	},
	{
		name: 'wikitable-open',
		matches: (_, __, line) => /^[ \t]*\{\|/.test(line),
		rewrite: (pass, k) => {
			pass.tableDepth++;
			pass.ctx.out.copy(lineStart(pass, k), lineEnd(pass, k));
			return {};
		},
	},
	{
		name: 'wikitable-close',
		matches: (_, __, line) => /^[ \t]*\|\}/.test(line),
		rewrite: (pass, k) => {
			pass.tableDepth = Math.max(0, pass.tableDepth - 1);
			return inline(pass, k, lineStart(pass, k));
		},
	},
	{
		name: 'pipe-table',
		matches: (pass, k, line) => pass.tableDepth === 0 && startsPipeTable(line, lineText(pass, k + 1)),
		rewrite: (pass, k) => {
			pass.pipeTableStarts.add(pass.ctx.out.size);
			return { next: rewritePipeTable(pass.ctx, pass.lines, k) };
		},
	},
	{
		// `# Title` between lines that are not `#` lines (a run of `#` lines is a wikitext numbered list)
		name: 'heading',
		matches: (pass, k, line) =>
			HEADING.test(line) &&
			!/^#/.test(isHidden(pass, k - 1) ? '' : lineText(pass, k - 1)) &&
			!/^#/.test(lineText(pass, k + 1)),
		rewrite: (pass, k, line) => {
			const [ls, le] = pass.lines[k]!;
			const m = HEADING.exec(line)!;
			const eq = '='.repeat(m[1]!.length);
			const start = ls + m[0].indexOf(m[2]!, m[1]!.length);
			pass.ctx.out.insert(`${eq} `, ls);
			rewriteInline(pass.ctx, start, start + m[2]!.length, false);
			pass.ctx.out.insert(` ${eq}`, le);
			pass.stack = [];
			return {};
		},
	},
	{
		name: 'rule',
		matches: (_, __, line) => HR.test(line) && !/^----+$/.test(line),
		rewrite: (pass, k) => {
			pass.ctx.out.insert('----', lineStart(pass, k));
			pass.stack = [];
			return {};
		},
	},
	{
		// a run of `>` lines is one <blockquote>; the `> ` marks are dropped, line breaks kept
		name: 'quote',
		matches: (pass, _, line) => QUOTE.test(line) && pass.tableDepth === 0,
		rewrite: (pass, k, line) => {
			const [ls, le] = pass.lines[k]!;
			const { out } = pass.ctx;
			if (isHidden(pass, k - 1) || !QUOTE.test(lineText(pass, k - 1))) out.insert('<blockquote>', ls);
			const resume = rewriteInline(pass.ctx, ls + QUOTE.exec(line)![0].length, le);
			if (resume <= le && !QUOTE.test(lineText(pass, k + 1))) out.insert('</blockquote>', le);
			// a literal region (`<pre>`, a comment) ran past the line: the quote ends with it
			else if (resume > le) out.insert('</blockquote>', resume);
			pass.stack = [];
			return { resume };
		},
	},
	{
		// `- x`, `1. x`; not `*x` or `**bold**` at the start of a line, which are wikitext
		name: 'markdown-item',
		matches: (_, __, line) => MD_ITEM.test(line) && !/^\*(?!\*)/.test(line) && !/^\*\*[^\s*]/.test(line),
		rewrite: (pass, k, line) => {
			const m = MD_ITEM.exec(line)!;
			const indent = indentOf(m[1]!);
			const mark = /\d/.test(m[2]!) ? '#' : '*';
			let stack = pass.stack;
			while (stack.length > 0 && stack.at(-1)!.indent > indent) stack.pop();
			const parent = stack.at(-1);
			const base = parent && parent.indent === indent ? stack.slice(0, -1) : stack;
			stack = [...base, { indent, marks: (base.at(-1)?.marks ?? '') + mark }];
			pass.stack = stack;
			pass.markdownList = true;
			pass.ctx.out.insert(`${stack.at(-1)!.marks} `, lineStart(pass, k));
			return inline(pass, k, lineStart(pass, k) + m[0].length);
		},
	},
	{
		// `* x`, `# x`, `: x`, `; x`; not a line that opens with `**bold**`
		name: 'wikitext-list',
		matches: (_, __, line) => WIKI_LIST.test(line) && !(/^\*\*[^\s*]/.test(line) && /\S\*\*/.test(line.slice(3))),
		rewrite: (pass, k, line) => {
			const ls = lineStart(pass, k);
			const marks = WIKI_LIST.exec(line)![0];
			pass.stack = [{ indent: 0, marks }];
			pass.markdownList = false;
			pass.ctx.out.copy(ls, ls + marks.length);
			return inline(pass, k, ls + marks.length);
		},
	},
	{
		// an indented line under a Markdown item continues it (a `:` line under the item's marks)
		name: 'list-continuation',
		matches: (pass, _, line) =>
			pass.markdownList && pass.stack.length > 0 && indentOf(line) > 0 && line.trim() !== '' && pass.tableDepth === 0,
		rewrite: (pass, k, line) => {
			const indent = indentOf(line);
			const owner = [...pass.stack].reverse().find((l) => l.indent < indent) ?? pass.stack[0]!;
			const ls = lineStart(pass, k);
			pass.ctx.out.insert(`${owner.marks}: `, ls);
			return inline(pass, k, ls + (line.length - line.trimStart().length));
		},
	},
	{
		name: 'paragraph',
		matches: () => true,
		rewrite: (pass, k, line) => {
			if (line.trim() !== '' && indentOf(line) === 0) pass.stack = [];
			return inline(pass, k, lineStart(pass, k));
		},
	},
];

/** Starts a pass over the lines of `src`. */
export function startPass(src: string, hidden: readonly (readonly [number, number])[], file?: string): LinePass {
	const out = new OffsetMapBuilder(src);
	const ctx: RewriteContext =
		file === undefined
			? { src, out, diagnostics: [] }
			: { src, out, diagnostics: [], file, pageLinks: new Map<number, PageFileLink>() };
	return {
		ctx,
		lines: splitLines(src),
		hidden,
		fenceStarts: new Set(),
		pipeTableStarts: new Set(),
		stack: [],
		markdownList: false,
		tableDepth: 0,
	};
}

/** The handler that takes line `k` of a pass. */
export function lineHandlerFor(pass: LinePass, k: number, line = lineText(pass, k)): LineHandler {
	return LINE_HANDLERS.find((handler) => handler.matches(pass, k, line))!;
}

/**
 * Goes on with inline rewriting where a literal region that ran past its line (`resume`) ended, over the lines it
 * covers; returns the line to read next.
 */
function continueLiteral(pass: LinePass, next: number, resume: number): number {
	const { lines } = pass;
	let at = resume;
	for (;;) {
		while (next < lines.length && lines[next]![1] < at) next++;
		if (next >= lines.length) return next;
		const [, e] = lines[next]!;
		at = rewriteInline(pass.ctx, at, e);
		if (at <= e) return next + 1;
	}
}

/**
 * Rewrites the Markdown constructs of a wikitext page into wikitext in one pass (headings, lists, fences,
 * pipe tables, rules, `>` blockquotes, and the inline constructs of `rewriteInline`), leaving wikitext and literal regions as
 * written, and dropping `hidden` line ranges (front matter, title line). Text with no Markdown is unchanged.
 * `file` (relative to the content folder) lets relative Markdown links to page files become wiki links.
 * Each kind of line is one handler of `LINE_HANDLERS`.
 * @example rewriteMarkdown('## A\n- b', []).text // '== A ==\n* b'
 */
export function rewriteMarkdown(src: string, hidden: readonly (readonly [number, number])[], file?: string): Rewritten {
	const pass = startPass(src, hidden, file);
	const { ctx, lines } = pass;
	let k = 0;
	while (k < lines.length) {
		const line = lineText(pass, k);
		const step = lineHandlerFor(pass, k, line).rewrite(pass, k, line);
		let next = step.next ?? k + 1;
		if ((step.resume ?? -1) > lineEnd(pass, k)) next = continueLiteral(pass, next, step.resume!);
		const lastEnd = lines[next - 1]?.[1] ?? src.length;
		if (lastEnd < src.length) ctx.out.copy(lastEnd, lastEnd + 1);
		k = next;
	}
	return {
		...ctx.out.build(),
		diagnostics: ctx.diagnostics,
		fenceStarts: pass.fenceStarts,
		pipeTableStarts: pass.pipeTableStarts,
		pageLinks: ctx.pageLinks ?? new Map(),
	};
}
