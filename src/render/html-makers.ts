import type { Element } from 'hast';
import type { MathResult } from './math.ts';

/** What the renderer makes as HTML itself: highlighted code (Shiki) and typeset formulas (KaTeX). */
export interface HtmlMakers {
	/** A highlighted `<pre>` of a code block (plain when the language is unknown). */
	readonly highlightBlock: (code: string, lang: string | undefined) => Element;
	/** Highlighted inline code (`<syntaxhighlight inline>`). */
	readonly highlightInline: (code: string, lang: string | undefined) => Element;
	readonly renderMath: (tex: string, display: boolean) => MathResult;
}

let loading: Promise<HtmlMakers> | undefined;

/**
 * Loads Shiki with its grammars and KaTeX, once per thread. Only a run that makes HTML asks: they were a third of
 * the renderer's start-up (about 130 ms per thread), which a run making only Markdown (`wikikb export`) paid in
 * every worker and, after an edit, on its one thread.
 */
export function loadHtmlMakers(): Promise<HtmlMakers> {
	loading ??= Promise.all([import('./code-highlight.ts'), import('./math.ts')]).then(([code, math]) => ({
		highlightBlock: code.highlightBlock,
		highlightInline: code.highlightInline,
		renderMath: math.renderMath,
	}));
	return loading;
}
