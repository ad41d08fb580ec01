import { diag } from '../diagnostics/index.ts';
import { inRanges } from './literal-ranges.ts';
import type { WikiContext } from './wiki-context.ts';

/**
 * Reports each `[[` with no `]]` after it on its line (outside code, comments and other literal text): it is no
 * link and no annotation, so a fact written that way would be lost without a word. The text stays visible.
 */
export function checkUnclosedLinks(ctx: WikiContext): void {
	const { text } = ctx;
	for (let at = text.indexOf('[['); at >= 0; at = text.indexOf('[[', at + 2)) {
		// `[[[x]]` and `[[[[`: only the last `[[` of a run opens anything
		if (text[at + 2] === '[') continue;
		// `Callable[[str], int]`, `x[[0, 1]]`: code written after a name, not a link
		if (/[\p{L}\p{N}_\]]/u.test(text[at - 1] ?? ' ')) continue;
		const nl = text.indexOf('\n', at);
		const line = text.slice(at + 2, nl < 0 ? text.length : nl);
		if (line.includes(']]') || inRanges(ctx.literal, at)) continue;
		const { line: l, col } = ctx.place(at);
		const shown = `[[${line}`.trim().slice(0, 60);
		ctx.diagnostics.push(
			diag(ctx.file, l, col, 'unclosed-link', 'noClose', { shown, annotation: line.includes('::') }),
		);
	}
}
