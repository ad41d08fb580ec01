import type { Finding } from '../diagnostics/index.ts';
import { literalAt } from './literal.ts';
import type { OffsetMapBuilder } from './offset-map.ts';
import { candidateTitles, resolvePagePath } from '../load/index.ts';

/** A problem found while rewriting, at a 0-based offset of the original text. */
export interface OffsetDiagnostic extends Finding {
	readonly offset: number;
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

const MD_LINK =
	/\[([^[\]\n]*)\]\([ \t]*<?((?:https?|ftp):\/\/[^\s()<>]+|mailto:[^\s()<>]+)>?(?:[ \t]+"[^"\n]*")?[ \t]*\)/y;
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
function relativePageLink(
	ctx: RewriteContext,
	i: number,
): { title?: string; target: string; label: string; length: number } | undefined {
	if (ctx.file === undefined) return undefined;
	MD_REL_LINK.lastIndex = i;
	const m = MD_REL_LINK.exec(ctx.src);
	if (!m) return undefined;
	const title = resolvePagePath(m[2]!, ctx.file);
	if (!title)
		return candidateTitles(m[2]!).length > 0 ? { target: m[2]!, label: m[1]!, length: m[0].length } : undefined;
	const text = `${title.namespace}:${title.name}${title.fragment ? `#${title.fragment}` : ''}`;
	return { title: text, target: m[2]!, label: m[1]!, length: m[0].length };
}

/** One run of inline rewriting: where the scan is, what is copied to the output, and the closers it waits for. */
class InlineScan {
	/** Offset being read. */
	i: number;
	/** Start of the text read but not yet copied to the output. */
	private copyFrom: number;
	/** Closing markers to write when the scan reaches their offset (`**` -> `'''`, `](url)` -> `]`). */
	private readonly closers = new Map<number, { len: number; text: string }>();
	/** Set when a literal region ran past `to`: the offset where the scan stopped. */
	stoppedAt: number | undefined;

	constructor(
		readonly ctx: RewriteContext,
		from: number,
		readonly to: number,
		/** May a literal region run past `to`? */
		readonly cross: boolean,
		/** Inside a pipe-table cell, where `\|` is a bar meant as text. */
		readonly inCell: boolean,
	) {
		this.i = from;
		this.copyFrom = from;
	}

	get src(): string {
		return this.ctx.src;
	}

	/** Output offset that the source offset `at` will have, once the text before it is copied. */
	outputOffset(at: number): number {
		return this.ctx.out.size + at - this.copyFrom;
	}

	/** Writes `text` in place of the `skip` characters at `at`, after copying what comes before. */
	emit(text: string, at: number, skip: number): void {
		this.ctx.out.copy(this.copyFrom, at);
		this.ctx.out.insert(text, at);
		this.i = at + skip;
		this.copyFrom = this.i;
	}

	/** Writes the opening `open` for `skip` characters at `i` and remembers `close` for `len` characters at `closeAt`. */
	wrap(open: string, skip: number, closeAt: number, close: { len: number; text: string }): void {
		this.closers.set(closeAt, close);
		this.emit(open, this.i, skip);
	}

	/** Writes the closer waiting at `i`, if any; true when it did. */
	closeHere(): boolean {
		const closer = this.closers.get(this.i);
		if (closer) this.emit(closer.text, this.i, closer.len);
		return closer !== undefined;
	}

	/** Copies up to `end` and stops the scan there. */
	stop(end: number): void {
		this.ctx.out.copy(this.copyFrom, end);
		this.stoppedAt = end;
	}

	/** Copies the rest of the run; returns where it ends. */
	finish(): number {
		const end = Math.max(this.i, this.to);
		this.ctx.out.copy(this.copyFrom, end);
		return end;
	}
}

/**
 * How one inline Markdown construct is rewritten, keyed by the character that may start it. `rewrite` reads the
 * construct at `scan.i` and returns true when it consumed something (it moved `scan.i`); false leaves the
 * character as text.
 */
type InlineMarker = (scan: InlineScan) => boolean;

/** A wikitext literal region (comment, `<code>`, `<nowiki>`, `{{#mermaid:}}`...): copied untouched. */
const literalRegion: InlineMarker = (scan) => {
	const lit = literalAt(scan.src, scan.i);
	if (!lit || !(scan.cross || lit.end <= scan.to)) return false;
	if (lit.unclosed) scan.ctx.diagnostics.push({ ...lit.unclosed, offset: scan.i });
	if (lit.end > scan.to) scan.stop(lit.end);
	else scan.i = lit.end;
	return true;
};

/** `` `x` `` -> `<code><nowiki>x</nowiki></code>`; a run of backticks with no closer stays text. */
const codeSpan: InlineMarker = (scan) => {
	const { src, i } = scan;
	let n = 0;
	while (src[i + n] === '`') n++;
	const end = codeSpanEnd(src, i, scan.to);
	if (end < 0) {
		scan.i += n;
		return true;
	}
	let inner = src.slice(i + n, end - n);
	if (inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ')) inner = inner.slice(1, -1);
	scan.emit(`<code><nowiki>${escapeClosing(inner, 'nowiki')}</nowiki></code>`, i, end - i);
	return true;
};

/** `**b**` -> `'''b'''`, `*i*` -> `''i''`; a marker that opens nothing stays text. */
const emphasis: InlineMarker = (scan) => {
	const { src, i } = scan;
	if (src[i - 1] === '*') return false;
	const bold = src[i + 1] === '*' && src[i + 2] !== '*';
	const marker = bold ? '**' : '*';
	const next = src[i + marker.length] ?? ' ';
	const prev = src[i - 1] ?? ' ';
	if (!SPACE.test(next) && next !== '*' && (bold || !WORD.test(prev))) {
		const j = findCloser(src, i + marker.length, scan.to, marker);
		if (j > 0) {
			const quote = bold ? "'''" : "''";
			scan.wrap(quote, marker.length, j, { len: marker.length, text: quote });
			return true;
		}
	}
	scan.i += marker.length;
	return true;
};

/** `[t](url)` -> `[url t]`; `[t](../principles/Y.md)` -> `[[Principle:Y|t]]` (see `relativePageLink`). */
const link: InlineMarker = (scan) => {
	const { src, i, to } = scan;
	if (src[i + 1] === '[' || src[i - 1] === '[') return false;
	MD_LINK.lastIndex = i;
	const m = MD_LINK.exec(src);
	if (m && i + m[0].length <= to) {
		const label = m[1]!;
		if (label.trim() === '') scan.emit(`[${m[2]}]`, i, m[0].length);
		else scan.wrap(`[${m[2]} `, 1, i + 1 + label.length, { len: m[0].length - 1 - label.length, text: ']' });
		return true;
	}
	const page = relativePageLink(scan.ctx, i);
	if (!page || i + page.length > to) return false;
	const label = page.label;
	scan.ctx.pageLinks?.set(
		scan.outputOffset(i),
		page.title ? { target: page.target, label, page: page.title } : { target: page.target, label },
	);
	if (!page.title) {
		// no type folder in the path: left as text for the renderer, which knows the pages that exist
		scan.i++;
	} else if (label.trim() === '') {
		scan.emit(`[[${page.title}]]`, i, page.length);
	} else {
		scan.wrap(`[[${page.title}|`, 1, i + 1 + label.length, { len: page.length - 1 - label.length, text: ']]' });
	}
	return true;
};

/** `~~s~~` -> `<s>s</s>`; `~~` that opens nothing stays text. */
const strikethrough: InlineMarker = (scan) => {
	const { src, i } = scan;
	if (src[i + 1] !== '~' || src[i + 2] === '~' || src[i - 1] === '~' || SPACE.test(src[i + 2] ?? ' ')) return false;
	const j = findCloser(src, i + 2, scan.to, '~~');
	if (j > 0 && src[j + 2] !== '~') scan.wrap('<s>', 2, j, { len: 2, text: '</s>' });
	else scan.i += 2;
	return true;
};

/** `\|` in a pipe-table cell -> `&#124;`, a bar meant as text. */
const escapedBar: InlineMarker = (scan) => {
	if (!scan.inCell || scan.src[scan.i + 1] !== '|') return false;
	scan.emit('&#124;', scan.i, 2);
	return true;
};

/** The inline constructs by the character that starts them (a table, so that each character costs one lookup). */
const INLINE_MARKERS: ReadonlyMap<string, InlineMarker> = new Map([
	['<', literalRegion],
	['{', literalRegion],
	['`', codeSpan],
	['*', emphasis],
	['[', link],
	['~', strikethrough],
	['\\', escapedBar],
]);

/**
 * Rewrites the inline Markdown of `src[from, to)` into wikitext on `ctx.out`: code spans become
 * `<code><nowiki>x</nowiki></code>`, `**b**` `'''b'''`, `*i*` `''i''`, `~~s~~` `<s>s</s>`, `[t](url)` `[url t]`, `[t](../principles/Y.md)` `[[Principle:Y|t]]`; wikitext literal
 * regions (comments, `<code>`, `<nowiki>`, `<syntaxhighlight>`..., `{{#mermaid:}}`) are copied untouched.
 * A literal region may run past `to` when `cross` is set; the offset where scanning stopped is returned.
 * Each construct is one function of `INLINE_MARKERS`.
 * @example `**a** \`[[x]]\`` -> `'''a''' <code><nowiki>[[x]]</nowiki></code>`
 */
export function rewriteInline(ctx: RewriteContext, from: number, to: number, cross = true, inCell = false): number {
	const scan = new InlineScan(ctx, from, to, cross, inCell);
	while (scan.i < to) {
		if (scan.closeHere()) continue;
		const marker = INLINE_MARKERS.get(ctx.src[scan.i]!);
		if (marker?.(scan)) {
			if (scan.stoppedAt !== undefined) return scan.stoppedAt;
			continue;
		}
		scan.i++;
	}
	return scan.finish();
}
