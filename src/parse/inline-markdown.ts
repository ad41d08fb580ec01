import { literalAt } from './literal.ts';
import type { OffsetMapBuilder } from './offset-map.ts';
import { candidateTitles, resolvePagePath } from './page-path.ts';

/** A problem found while rewriting, at a 0-based offset of the original text. */
export interface OffsetDiagnostic {
	readonly offset: number;
	readonly rule: string;
	readonly severity: 'error' | 'warning' | 'info';
	readonly message: string;
}

/** Shared state of one rewriting pass. */
export interface RewriteContext {
	readonly src: string;
	readonly out: OffsetMapBuilder;
	readonly diagnostics: OffsetDiagnostic[];
	/** The page's file relative to the content folder (`heuristics/X.md`), to resolve relative Markdown links. */
	readonly file?: string;
	/** Markdown links to page files, by output offset of their `[[` (resolved) or `[` (left as text). */
	readonly pageLinks?: Map<number, PageFileLink>;
}

/** A Markdown link to a page file as written: its relative target and its label. */
export interface PageFileLink {
	readonly target: string;
	readonly label: string;
	/** The title the path names (`Principle:Y`), when it goes through a type folder. */
	readonly page?: string;
}

const MD_LINK = /\[([^[\]\n]*)\]\([ \t]*<?((?:https?|ftp):\/\/[^\s()<>]+|mailto:[^\s()<>]+)>?(?:[ \t]+"[^"\n]*")?[ \t]*\)/y;
const MD_REL_LINK = /\[([^[\]\n]*)\]\([ \t]*<?([^\s()<>]+?)>?(?:[ \t]+"[^"\n]*")?[ \t]*\)/y;
const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;

/** Offset after the backtick code span that starts at `i` (a run of n backticks closed by exactly n), or -1. */
export function codeSpanEnd(src: string, i: number, to: number): number {
	let n = 0;
	while (src[i + n] === '`') n++;
	for (let j = i + n; j < to; j++) {
		if (src[j] !== '`') continue;
		let m = 0;
		while (src[j + m] === '`') m++;
		if (m === n) return j + n;
		j += m - 1;
	}
	return -1;
}

/** Offset of the closing emphasis marker for an opener ending at `from`, skipping code spans; -1 when none. */
function findCloser(src: string, from: number, to: number, marker: string): number {
	for (let j = from; j < to; j++) {
		if (src[j] === '`') {
			const end = codeSpanEnd(src, j, to);
			if (end > 0) j = end - 1;
			continue;
		}
		if (!src.startsWith(marker, j)) continue;
		const before = src[j - 1] ?? ' ';
		const after = src[j + marker.length] ?? ' ';
		if (j === from || SPACE.test(before) || before === '*' || after === '*') continue;
		if (marker === '*' && WORD.test(after)) continue;
		return j;
	}
	return -1;
}

/** Escapes a closing tag inside text that will be wrapped in that tag. */
export function escapeClosing(text: string, tag: string): string {
	return text.replace(new RegExp(`</${tag}`, 'gi'), `&lt;/${tag}`);
}

/**
 * A Markdown link at `i` whose relative target names a page file (`[t](../principles/Y.md)`): the title to
 * link to (with its `#fragment`), the label, and the length of the whole link. Other relative links stay text.
 */
function relativePageLink(ctx: RewriteContext, i: number): { title?: string; target: string; label: string; length: number } | undefined {
	if (ctx.file === undefined) return undefined;
	MD_REL_LINK.lastIndex = i;
	const m = MD_REL_LINK.exec(ctx.src);
	if (!m) return undefined;
	const title = resolvePagePath(m[2]!, ctx.file);
	if (!title) return candidateTitles(m[2]!).length > 0 ? { target: m[2]!, label: m[1]!, length: m[0].length } : undefined;
	const text = `${title.namespace}:${title.name}${title.fragment ? `#${title.fragment}` : ''}`;
	return { title: text, target: m[2]!, label: m[1]!, length: m[0].length };
}

/**
 * Rewrites the inline Markdown of `src[from, to)` into wikitext on `ctx.out`: code spans become
 * `<code><nowiki>x</nowiki></code>`, `**b**` `'''b'''`, `*i*` `''i''`, `~~s~~` `<s>s</s>`, `[t](url)` `[url t]`, `[t](../principles/Y.md)` `[[Principle:Y|t]]`; wikitext literal
 * regions (comments, `<code>`, `<nowiki>`, `<syntaxhighlight>`..., `{{#mermaid:}}`) are copied untouched.
 * A literal region may run past `to` when `cross` is set; the offset where scanning stopped is returned.
 * @example `**a** \`[[x]]\`` -> `'''a''' <code><nowiki>[[x]]</nowiki></code>`
 */
export function rewriteInline(ctx: RewriteContext, from: number, to: number, cross = true, inCell = false): number {
	const { src, out } = ctx;
	const closers = new Map<number, { len: number; text: string }>();
	let i = from;
	let copyFrom = from;
	const emit = (text: string, at: number, skip: number): void => {
		out.copy(copyFrom, at);
		out.insert(text, at);
		i = at + skip;
		copyFrom = i;
	};
	while (i < to) {
		const c = src[i]!;
		const closer = closers.get(i);
		if (closer) {
			emit(closer.text, i, closer.len);
			continue;
		}
		if (c === '<' || c === '{') {
			const lit = literalAt(src, i);
			if (lit && (cross || lit.end <= to)) {
				if (lit.unclosed) ctx.diagnostics.push({ offset: i, rule: lit.unclosed.rule, severity: lit.unclosed.rule === 'unclosed-tag' ? 'error' : 'warning', message: lit.unclosed.message });
				if (lit.end > to) {
					out.copy(copyFrom, lit.end);
					return lit.end;
				}
				i = lit.end;
				continue;
			}
		} else if (c === '`') {
			let n = 0;
			while (src[i + n] === '`') n++;
			const end = codeSpanEnd(src, i, to);
			if (end < 0) {
				i += n;
				continue;
			}
			let inner = src.slice(i + n, end - n);
			if (inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ')) inner = inner.slice(1, -1);
			emit(`<code><nowiki>${escapeClosing(inner, 'nowiki')}</nowiki></code>`, i, end - i);
			continue;
		} else if (c === '*' && src[i - 1] !== '*') {
			const bold = src[i + 1] === '*' && src[i + 2] !== '*';
			const marker = bold ? '**' : '*';
			const next = src[i + marker.length] ?? ' ';
			const prev = src[i - 1] ?? ' ';
			if (!SPACE.test(next) && next !== '*' && (bold || !WORD.test(prev))) {
				const j = findCloser(src, i + marker.length, to, marker);
				if (j > 0) {
					const quote = bold ? "'''" : "''";
					closers.set(j, { len: marker.length, text: quote });
					emit(quote, i, marker.length);
					continue;
				}
			}
			i += marker.length;
			continue;
		} else if (c === '[' && src[i + 1] !== '[' && src[i - 1] !== '[') {
			MD_LINK.lastIndex = i;
			const m = MD_LINK.exec(src);
			if (m && i + m[0].length <= to) {
				const label = m[1]!;
				if (label.trim() === '') {
					emit(`[${m[2]}]`, i, m[0].length);
				} else {
					closers.set(i + 1 + label.length, { len: m[0].length - 1 - label.length, text: ']' });
					emit(`[${m[2]} `, i, 1);
				}
				continue;
			}
			const page = relativePageLink(ctx, i);
			if (page && i + page.length <= to) {
				const label = page.label;
				ctx.pageLinks?.set(out.size + i - copyFrom, page.title ? { target: page.target, label, page: page.title } : { target: page.target, label });
				if (!page.title) {
					// no type folder in the path: left as text for the renderer, which knows the pages that exist
					i++;
					continue;
				}
				if (label.trim() === '') {
					emit(`[[${page.title}]]`, i, page.length);
				} else {
					closers.set(i + 1 + label.length, { len: page.length - 1 - label.length, text: ']]' });
					emit(`[[${page.title}|`, i, 1);
				}
				continue;
			}
		} else if (c === '~' && src[i + 1] === '~' && src[i + 2] !== '~' && src[i - 1] !== '~' && !SPACE.test(src[i + 2] ?? ' ')) {
			const j = findCloser(src, i + 2, to, '~~');
			if (j > 0 && src[j + 2] !== '~') {
				closers.set(j, { len: 2, text: '</s>' });
				emit('<s>', i, 2);
				continue;
			}
			i += 2;
			continue;
		} else if (inCell && c === '\\' && src[i + 1] === '|') {
			emit('&#124;', i, 2);
			continue;
		}
		i++;
	}
	out.copy(copyFrom, Math.max(i, to));
	return Math.max(i, to);
}
