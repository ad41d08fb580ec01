import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

/** Sorted, non-overlapping 0-based `[from, to)` ranges of text that is literal (code, comments, nowiki, math, diagrams). */
export type Ranges = readonly (readonly [number, number])[];

const LITERAL_EXT = new Set(['syntaxhighlight', 'source', 'pre', 'nowiki', 'math']);

/** Merges ranges into sorted, non-overlapping ones. */
function merge(ranges: [number, number][]): Ranges {
	ranges.sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const r of ranges) {
		const last = out.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/**
 * Finds the parts of a parsed page whose text is literal for us: code and math extension tags, `<nowiki>`,
 * comments, `<code>...</code>` spans (open to matching close), `{{#mermaid:}}` diagrams and `{{#ask:}}`/`{{#show:}}` queries. No fact, link or
 * template is read from them.
 * @param options.queries whether the query calls count as literal (default true; the query extractor leaves them out)
 */
export function literalRanges(root: Token, options: { readonly queries?: boolean } = {}): Ranges {
	const queries = options.queries ?? true;
	// asked of the same tree by template expansion, the extractors and the query extractor
	const known = rangesOf.get(root) ?? {};
	rangesOf.set(root, known);
	const key = queries ? 'withQueries' : 'withoutQueries';
	return (known[key] ??= findLiteralRanges(root, queries));
}

const rangesOf = new WeakMap<Token, { withQueries?: Ranges; withoutQueries?: Ranges }>();

function findLiteralRanges(root: Token, queries: boolean): Ranges {
	const ranges: [number, number][] = [];
	const span = (t: Token): void => {
		const at = offsetOf(t);
		ranges.push([at, at + t.toString().length]);
	};
	for (const t of tokensOf(root, 'ext')) if (LITERAL_EXT.has(t.name ?? '')) span(t);
	for (const t of tokensOf(root, 'comment')) span(t);
	// `<includeonly>` text is for the pages that call a template, not for the template page itself
	for (const t of tokensOf(root, 'include')) span(t);
	// #ask/#show hold query conditions written like annotations (`[[domain::LLMs]]`): not facts, not links
	for (const t of tokensOf(root, 'magic-word'))
		if (t.name === 'mermaid' || (queries && (t.name === 'ask' || t.name === 'show' || t.name === 'concept'))) span(t);
	let open = -1;
	let depth = 0;
	for (const t of tokensOf(root, 'html')) {
		if (t.name !== 'code') continue;
		const closing = (t as unknown as { closing: boolean }).closing;
		if (!closing) {
			if (depth++ === 0) open = offsetOf(t);
		} else if (depth > 0 && --depth === 0) {
			ranges.push([open, offsetOf(t) + t.toString().length]);
		}
	}
	return merge(ranges);
}

/** True when `offset` lies inside one of the ranges (binary search). */
export function inRanges(ranges: Ranges, offset: number): boolean {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const [a, b] = ranges[mid]!;
		if (offset < a) hi = mid - 1;
		else if (offset >= b) lo = mid + 1;
		else return true;
	}
	return false;
}
