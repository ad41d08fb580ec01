import { codeSpanEnd, rewriteInline, type RewriteContext } from './inline-markdown.ts';
import { literalAt } from './literal.ts';

const DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const ROW = /^[ \t]*\|/;

/** True when `line` is a pipe table delimiter row such as `|---|:--:|`. */
export function isDelimiterRow(line: string): boolean {
	return line.includes('-') && (line.includes('|') || /^[ \t]*:?-+:?[ \t]*$/.test(line)) && DELIMITER.test(line);
}

/** True when a line can be a pipe table row (it starts with `|`). */
export function isPipeRow(line: string): boolean {
	return ROW.test(line);
}

/**
 * True when line `k` starts a pipe table: a header row followed by a delimiter row. Without a leading `|`
 * (GFM allows that) both rows must still hold a `|`, so `Title` over `---` stays a rule.
 */
export function startsPipeTable(header: string, delimiter: string): boolean {
	if (!isDelimiterRow(delimiter)) return false;
	return isPipeRow(header) || (header.includes('|') && delimiter.includes('|') && header.trim() !== '');
}

/**
 * Splits one pipe table row `src[from, to)` into trimmed cell ranges. A `|` inside a code span, an escaped
 * `\|`, or one inside `[[...]]`, `{{...}}` or a literal tag does not separate cells.
 * @example splitCells('| a | `b|c` |', 0, 13) // [[2, 3], [6, 11]]
 */
export function splitCells(src: string, from: number, to: number): [number, number][] {
	const bounds: number[] = [];
	let depth = 0;
	for (let i = from; i < to; i++) {
		const c = src[i];
		if (c === '\\') {
			i++;
		} else if (c === '`') {
			const end = codeSpanEnd(src, i, to);
			if (end > 0) i = end - 1;
			else while (src[i + 1] === '`') i++;
		} else if ((c === '[' && src[i + 1] === '[') || (c === '{' && src[i + 1] === '{')) {
			depth++;
			i++;
		} else if ((c === ']' && src[i + 1] === ']') || (c === '}' && src[i + 1] === '}')) {
			depth = Math.max(0, depth - 1);
			i++;
		} else if (c === '<') {
			const lit = literalAt(src, i);
			if (lit && !lit.unclosed && lit.end <= to) i = lit.end - 1;
		} else if (c === '|' && depth === 0) {
			bounds.push(i);
		}
	}
	let start = from;
	while (start < to && (src[start] === ' ' || src[start] === '\t')) start++;
	const edges = bounds[0] === start ? bounds : [start - 1, ...bounds];
	let end = to;
	while (end > from && (src[end - 1] === ' ' || src[end - 1] === '\t')) end--;
	const last = edges.at(-1)!;
	const closed = last === end - 1 && edges.length > 1;
	const cells: [number, number][] = [];
	const limit = closed ? edges.length - 1 : edges.length;
	for (let k = 0; k < limit; k++) {
		let a = edges[k]! + 1;
		let b = k + 1 < edges.length ? edges[k + 1]! : end;
		while (a < b && /\s/.test(src[a]!)) a++;
		while (b > a && /\s/.test(src[b - 1]!)) b--;
		cells.push([a, b]);
	}
	return cells;
}

/** Writes one row of cells with a wikitext cell marker (`!`/`|`) and separator (`!!`/`||`). */
function writeRow(ctx: RewriteContext, cells: [number, number][], mark: string, anchor: number): void {
	cells.forEach(([a, b], k) => {
		ctx.out.insert(k === 0 ? `${mark} ` : ` ${mark}${mark} `, a);
		rewriteInline(ctx, a, b, false, true);
	});
	if (cells.length === 0) ctx.out.insert(`${mark} `, anchor);
}

/**
 * Rewrites a Markdown pipe table whose header row starts at line `lines[k]` into a `{| class="wikitable"`
 * table, cell text rewritten inline and mapped to its source. Returns the index of the first line after it.
 */
export function rewritePipeTable(ctx: RewriteContext, lines: readonly [number, number][], k: number): number {
	const { src, out } = ctx;
	const [hs, he] = lines[k]!;
	out.insert('{| class="wikitable"\n', hs);
	writeRow(ctx, splitCells(src, hs, he), '!', hs);
	const leading = isPipeRow(src.slice(hs, he));
	let j = k + 2;
	while (j < lines.length) {
		const [rs, re] = lines[j]!;
		const row = src.slice(rs, re);
		if (leading ? !isPipeRow(row) : !row.includes('|') || row.trim() === '') break;
		out.insert('\n|-\n', rs);
		writeRow(ctx, splitCells(src, rs, re), '|', rs);
		j++;
	}
	const end = lines[j - 1]![1];
	out.insert('\n|}', end);
	return j;
}
