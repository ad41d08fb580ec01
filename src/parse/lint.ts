import { diag } from '../diagnostics/diagnostic.ts';
import { inRanges } from './literal-ranges.ts';
import type { WikiContext } from './wiki-context.ts';
import { lintWikitext } from './wikitext.ts';

/**
 * wikiparser-node lint rules worth showing to page authors. Left out: rules our own checks already cover
 * (unclosed tables, tags, comments, headings), `pipe-like` on source triples `[[source::T|t|u]]`, `h1`
 * (title lines), and rules that mostly fire on technical text the pages quote (`lonely-bracket`: 180 hits on `['q', 'v']`-like text).
 */
const KEPT = new Set([
	'pipe-like',
	'bold-header',
	'format-leakage',
	'nested-link',
	'no-duplicate',
	'obsolete-attr',
	'table-layout',
	'unclosed-quote',
	'unescaped',
	'unknown-page',
	'unmatched-tag',
	'var-anchor',
	'void-ext',
]);

/** `[[source::Type|Title|URL]]`: its extra `|` is the triple's syntax, not a mistake. */
const SOURCE_TRIPLE = /\[\[[ \t]*source[ \t]*::[^\]\n]*\]\]/gi;

/** Adds the kept wikiparser-node lint findings as `wikitext-lint` warnings at their place in the file. */
export function lintPage(ctx: WikiContext): void {
	const seen = new Set<string>();
	const sources = [...ctx.text.matchAll(SOURCE_TRIPLE)].map((m) => [m.index, m.index + m[0].length] as const);
	for (const e of lintWikitext(ctx.root)) {
		if (!KEPT.has(e.rule) || inRanges(ctx.literal, e.start)) continue;
		if (e.rule === 'pipe-like' && inRanges(sources, e.start)) continue;
		const { line, col } = ctx.place(e.start);
		const key = `${e.rule}:${line}:${col}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const snippet = ctx.text.slice(e.start, Math.min(e.end, e.start + 40)).replace(/\s+/g, ' ');
		ctx.diagnostics.push(diag(ctx.file, line, col, 'warning', 'wikitext-lint', `The wikitext linter reports ${e.message} (rule \`${e.rule}\`) at \`${snippet}\`. Check the markup here; it may not render as meant.`));
	}
}
