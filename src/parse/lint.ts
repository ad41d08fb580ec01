import { diag } from '../diagnostics/index.ts';
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

/** What an author can do about each kept rule (the linter's own messages only say what it found). */
const ADVICE: Record<string, string> = {
	'pipe-like':
		'A `|` here may be read as wikitext syntax rather than text: write `&#124;` for a literal bar, or `||` to start a new cell.',
	'bold-header': "Headings are already bold: remove the `'''`.",
	'format-leakage': "Bold or italic opened here runs into the next element: close the `'''` or `''` before it.",
	'nested-link': 'A link inside a link text is not shown as a link: remove one of them.',
	'no-duplicate': 'The same thing is given twice: keep one.',
	'obsolete-attr': 'This HTML attribute is obsolete: use `style` instead.',
	'table-layout': 'The rows do not line up: give every row the same number of cells (counting `rowspan`/`colspan`).',
	'unclosed-quote': "Close the `'''` or `''` on the same line, or remove it.",
	unescaped: 'For the character as text, write it as an entity (`&lt;`, `&#91;`, `&#93;`) or wrap it in `<nowiki>`.',
	'unmatched-tag':
		'A tag that matches nothing is shown as text: if it is meant as text, write `&lt;` for its `<` or wrap it in `<nowiki>`; otherwise add the missing tag.',
};

/** `[[source::Type|Title|URL]]`: its extra `|` is the triple's syntax, not a mistake. */
const SOURCE_TRIPLE = /\[\[[ \t]*source[ \t]*::[^\]\n]*\]\]/gi;

/** Adds the kept wikiparser-node lint findings as `wikitext-lint` warnings at their place in the file. */
export function lintPage(ctx: WikiContext): void {
	const seen = new Set<string>();
	const sources = [...ctx.text.matchAll(SOURCE_TRIPLE)].map((m) => [m.index, m.index + m[0].length] as const);
	for (const e of lintWikitext(ctx.root, KEPT)) {
		if (!KEPT.has(e.rule) || inRanges(ctx.literal, e.start)) continue;
		if (e.rule === 'pipe-like' && inRanges(sources, e.start)) continue;
		// the linter marks the whole cell text; the author needs the bar itself
		const bar = e.rule === 'pipe-like' ? ctx.text.indexOf('|', e.start) : -1;
		const start = bar >= e.start && bar < e.end ? bar : e.start;
		const { line, col } = ctx.place(start);
		// a cell whose text a single `|` turned into attributes is already reported (`table-cell-attributes`)
		if (e.rule === 'pipe-like' && ctx.diagnostics.some((d) => d.rule === 'table-cell-attributes' && d.line === line))
			continue;
		// the opening and closing `'''` of one bold heading are one finding
		const key = e.rule === 'bold-header' ? `${e.rule}:${line}` : `${e.rule}:${line}:${col}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const snippet = ctx.text
			.slice(e.start, Math.min(e.end, e.start + 40))
			.replace(/\s+/g, ' ')
			.trim();
		const advice = ADVICE[e.rule] ?? 'Check the markup here; it may not render as meant.';
		ctx.diagnostics.push(
			diag(ctx.file, line, col, 'wikitext-lint', 'lint', { message: e.message, rule: e.rule, snippet, advice }),
		);
	}
}
