import { diag } from '../diagnostics/index.ts';
import { inRanges } from './literal-ranges.ts';
import type { HeadingInfo } from './sections.ts';
import { plainText, tidy } from './tree-text.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

const HEADING_LINE = /^(=+)(.*?)(=*)[ \t]*$/gm;

/** The headings of a parsed wikitext page (outside literal ranges), with plain titles and original lines. */
export function readHeadings(
	root: Token,
	literal: Parameters<typeof inRanges>[0],
	place: WikiContext['place'],
): HeadingInfo[] {
	const headings: HeadingInfo[] = [];
	for (const token of tokensOf(root, 'heading')) {
		const offset = offsetOf(token);
		if (inRanges(literal, offset)) continue;
		const titleToken = token.childNodes.find((c) => c.type === 'heading-title');
		const title = tidy(titleToken ? plainText(titleToken) : '');
		const level = (token as unknown as { level: number }).level;
		headings.push({ offset, level, title, line: place(offset).line });
	}
	return headings;
}

/**
 * Reports heading lines whose `=` runs differ on the two sides (`== A ===`), or that open with `==` and never
 * close, since wikitext then reads a different level or plain text.
 */
export function checkHeadingLines(ctx: WikiContext): void {
	for (const m of ctx.text.matchAll(HEADING_LINE)) {
		const open = m[1]!.length;
		const closeRun = m[3]!.length;
		if (open === closeRun || inRanges(ctx.literal, m.index)) continue;
		if (open < 2 && closeRun === 0) continue;
		const whole = m[0].trim();
		if (/^=+$/.test(whole)) continue;
		const { line, col } = ctx.place(m.index);
		ctx.diagnostics.push(
			diag(ctx.file, line, col, 'unbalanced-heading', 'unbalanced', { heading: whole, open, close: closeRun }),
		);
	}
}
