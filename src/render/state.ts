import type { Diagnostic } from '../diagnostics/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import type { Anchors } from './anchors.ts';
import type { Footnotes } from './footnotes.ts';
import type { HtmlMakers } from './html-makers.ts';
import type { Slots } from './slots.ts';
import type { RenderContext } from './types.ts';

/** Everything one page's rendering shares: the site context, slots, heading ids, diagnostics. */
export interface RenderState {
	readonly ctx: RenderContext;
	readonly page: ParsedPage;
	readonly slots: Slots;
	readonly anchors: Anchors;
	readonly diagnostics: Diagnostic[];
	/** 1-based line in the page file of an offset in the rendered tree's text (best effort). */
	readonly lineAt: (offset: number) => number;
	/** Counter of `[url]` links shown as `[1]`, `[2]`, ... (MediaWiki autonumbering). */
	autoNumber: number;
	/** The page's `<ref>` footnotes (Cite). */
	readonly footnotes: Footnotes;
	/** What makes renderer-made HTML (highlighted code, KaTeX); absent when only the page's Markdown is wanted. */
	readonly makers: HtmlMakers | undefined;
	/** Offsets of `<syntaxhighlight` tags that were Markdown fences, whose `&lt;/syntaxhighlight` means `</syntaxhighlight`. */
	readonly fenceStarts: ReadonlySet<number>;
}
