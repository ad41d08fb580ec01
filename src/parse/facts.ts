import { placed } from '../diagnostics/index.ts';
import { inRanges } from './literal-ranges.ts';
import { isAnnotation, readAnnotation } from './properties.ts';
import type { Fact } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

const BRACKETED = /\[\[([^[\]\n]*?::[^\n]*?)\]\]/g;

/** Turns the inside of one `[[...]]` at `offset` into a fact, or reports why it cannot. */
function factAt(ctx: WikiContext, inner: string, offset: number, facts: Fact[]): void {
	const read = readAnnotation(inner);
	const { line, col } = ctx.place(offset);
	if (!read.ok) {
		ctx.diagnostics.push(placed(read.problem, ctx.file, line, col));
		return;
	}
	const section = ctx.sections.pathAt(offset);
	const template = ctx.callAt?.(offset);
	const base = {
		property: read.property,
		value: read.value,
		line,
		col,
		section,
		...(template === undefined ? {} : { template }),
	};
	facts.push(read.display === undefined ? base : { ...base, display: read.display });
}

/**
 * Every semantic annotation of a wikitext page, in text order: link tokens written `[[p::v]]` and, because
 * values holding `<`, `{` or `[` do not become link tokens, the same pattern found in the remaining text.
 * Nothing inside literal ranges (code, comments, nowiki, math, diagrams) counts.
 */
export function extractFacts(ctx: WikiContext): Fact[] {
	const found: { offset: number; inner: string }[] = [];
	const covered = new Set<number>();
	const spans: [number, number][] = [];
	for (const link of tokensOf(ctx.root, 'link')) {
		const raw = link.toString();
		const offset = offsetOf(link);
		spans.push([offset, offset + raw.length]);
		const inner = raw.slice(2, -2);
		if (!isAnnotation(inner) || inRanges(ctx.literal, offset)) continue;
		covered.add(offset);
		found.push({ offset, inner });
	}
	spans.sort((a, b) => a[0] - b[0]);
	for (const m of ctx.text.matchAll(BRACKETED)) {
		if (covered.has(m.index) || inRanges(ctx.literal, m.index) || !isAnnotation(m[1]!)) continue;
		if (spans.some(([a, b]) => m.index > a && m.index < b)) continue;
		found.push({ offset: m.index, inner: m[1]! });
	}
	found.sort((a, b) => a.offset - b.offset);
	const facts: Fact[] = [];
	for (const f of found) factAt(ctx, f.inner, f.offset, facts);
	return facts;
}
