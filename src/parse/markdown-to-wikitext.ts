import { escapeClosing, rewriteInline, type OffsetDiagnostic, type PageFileLink, type RewriteContext } from './inline-markdown.ts';
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
function rewriteFence(ctx: RewriteContext, lines: readonly [number, number][], k: number, fenceStarts: Set<number>): number {
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
		ctx.diagnostics.push({ offset: ls + indent, rule: 'unclosed-fence', severity: 'error', message: `This code fence \`${marker}\` is never closed, so the rest of the page is read as code. Add a closing \`${marker}\` line.` });
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

/**
 * Rewrites the Markdown constructs of a wikitext page into wikitext in one pass (headings, lists, fences,
 * pipe tables, rules, `>` blockquotes, and the inline constructs of `rewriteInline`), leaving wikitext and literal regions as
 * written, and dropping `hidden` line ranges (front matter, title line). Text with no Markdown is unchanged.
 * `file` (relative to the content folder) lets relative Markdown links to page files become wiki links.
 * @example rewriteMarkdown('## A\n- b', []).text // '== A ==\n* b'
 */
export function rewriteMarkdown(src: string, hidden: readonly (readonly [number, number])[], file?: string): Rewritten {
	const out = new OffsetMapBuilder(src);
	const pageLinks = new Map<number, PageFileLink>();
	const ctx: RewriteContext = file === undefined ? { src, out, diagnostics: [] } : { src, out, diagnostics: [], file, pageLinks };
	const fenceStarts = new Set<number>();
	const pipeTableStarts = new Set<number>();
	const lines = splitLines(src);
	const lineText = (k: number): string => (k >= 0 && k < lines.length ? src.slice(lines[k]![0], lines[k]![1]) : '');
	const isHidden = (k: number): boolean => hidden.some(([a, b]) => lines[k]![0] >= a && lines[k]![1] <= b && lines[k]![1] > a);
	let stack: ListLevel[] = [];
	// only Markdown lists own indented continuation lines; under a wikitext list they stay preformatted text
	let markdownList = false;
	let tableDepth = 0;
	let k = 0;
	while (k < lines.length) {
		const [ls, le] = lines[k]!;
		const line = src.slice(ls, le);
		let next = k + 1;
		let resume = -1;
		if (isHidden(k)) {
			// not content: emit nothing but the newline
		} else if (FENCE_OPEN.test(line)) {
			next = rewriteFence(ctx, lines, k, fenceStarts);
		} else if (/^[ \t]*\{\|/.test(line)) {
			tableDepth++;
			out.copy(ls, le);
		} else if (/^[ \t]*\|\}/.test(line)) {
			tableDepth = Math.max(0, tableDepth - 1);
			resume = rewriteInline(ctx, ls, le);
		} else if (tableDepth === 0 && startsPipeTable(line, lineText(k + 1))) {
			pipeTableStarts.add(out.size);
			next = rewritePipeTable(ctx, lines, k);
		} else if (HEADING.test(line) && !/^#/.test(isHidden(k - 1) ? '' : lineText(k - 1)) && !/^#/.test(lineText(k + 1))) {
			const m = HEADING.exec(line)!;
			const eq = '='.repeat(m[1]!.length);
			const start = ls + m[0].indexOf(m[2]!, m[1]!.length);
			out.insert(`${eq} `, ls);
			rewriteInline(ctx, start, start + m[2]!.length, false);
			out.insert(` ${eq}`, le);
			stack = [];
		} else if (HR.test(line) && !/^----+$/.test(line)) {
			out.insert('----', ls);
			stack = [];
		} else if (QUOTE.test(line) && tableDepth === 0) {
			// a run of `>` lines is one <blockquote>; the `> ` marks are dropped, line breaks kept
			if (isHidden(k - 1) || !QUOTE.test(lineText(k - 1))) out.insert('<blockquote>', ls);
			resume = rewriteInline(ctx, ls + QUOTE.exec(line)![0].length, le);
			if (resume <= le && !QUOTE.test(lineText(k + 1))) out.insert('</blockquote>', le);
			// a literal region (`<pre>`, a comment) ran past the line: the quote ends with it
			else if (resume > le) out.insert('</blockquote>', resume);
			stack = [];
		} else if (MD_ITEM.test(line) && !/^\*(?!\*)/.test(line) && !/^\*\*[^\s*]/.test(line)) {
			const m = MD_ITEM.exec(line)!;
			const indent = indentOf(m[1]!);
			const mark = /\d/.test(m[2]!) ? '#' : '*';
			while (stack.length > 0 && stack.at(-1)!.indent > indent) stack.pop();
			const parent = stack.at(-1);
			const base = parent && parent.indent === indent ? stack.slice(0, -1) : stack;
			stack = [...base, { indent, marks: (base.at(-1)?.marks ?? '') + mark }];
			markdownList = true;
			out.insert(`${stack.at(-1)!.marks} `, ls);
			resume = rewriteInline(ctx, ls + m[0].length, le);
		} else if (WIKI_LIST.test(line) && !(/^\*\*[^\s*]/.test(line) && /\S\*\*/.test(line.slice(3)))) {
			const marks = WIKI_LIST.exec(line)![0];
			stack = [{ indent: 0, marks }];
			markdownList = false;
			out.copy(ls, ls + marks.length);
			resume = rewriteInline(ctx, ls + marks.length, le);
		} else if (markdownList && stack.length > 0 && indentOf(line) > 0 && line.trim() !== '' && tableDepth === 0) {
			const indent = indentOf(line);
			const owner = [...stack].reverse().find((l) => l.indent < indent) ?? stack[0]!;
			const text = ls + (line.length - line.trimStart().length);
			out.insert(`${owner.marks}: `, ls);
			resume = rewriteInline(ctx, text, le);
		} else {
			if (line.trim() !== '' && indentOf(line) === 0) stack = [];
			resume = rewriteInline(ctx, ls, le);
		}
		if (resume > le) {
			// a literal region ran over several lines: continue inline from where it ended
			let at = resume;
			for (;;) {
				while (next < lines.length && lines[next]![1] < at) next++;
				if (next >= lines.length) break;
				const [, e] = lines[next]!;
				at = rewriteInline(ctx, at, e);
				if (at <= e) {
					next++;
					break;
				}
			}
		}
		const lastEnd = lines[next - 1]?.[1] ?? src.length;
		if (lastEnd < src.length) out.copy(lastEnd, lastEnd + 1);
		k = next;
	}
	return { ...out.build(), diagnostics: ctx.diagnostics, fenceStarts, pipeTableStarts, pageLinks };
}
