import type { Diagnostic } from '../diagnostics/index.ts';
import type { MarkdownLinks } from './to-markdown.ts';

/** What the renderer needs to know about the rest of the site. */
export interface RenderContext {
	/**
	 * Does a page exist for this canonical id (`Heuristic:Learning_Rate_Tuning`, `Domain:LLMs`)?
	 * `false` makes the link a red link (class `new`); it keeps its url.
	 */
	pageExists(id: string): boolean;
	/**
	 * What to make: the HTML body (unless `html` is false: then no code is highlighted and no formula typeset)
	 * and, when `markdown` is given, the page's Markdown with its links written as it says. Default: HTML only.
	 */
	readonly output?: { readonly html?: boolean; readonly markdown?: MarkdownLinks };
}

/** One heading of the page, for the table of contents (Astro's `MarkdownHeading` shape). */
export interface RenderedHeading {
	/** 1..6. */
	readonly depth: number;
	/** The heading's `id` in the HTML (MediaWiki anchor). */
	readonly slug: string;
	/** Heading text, plain. */
	readonly text: string;
}

/** A page body as safe HTML, with its headings and what went wrong while rendering it. */
export interface RenderedPage {
	/** Sanitised HTML of the page body (no `<html>`/`<body>`). */
	readonly html: string;
	readonly headings: readonly RenderedHeading[];
	readonly diagnostics: readonly Diagnostic[];
	/** The page as Markdown (when `RenderContext.output.markdown` asked for it); links marked, see `placeMarkedLinks`. */
	readonly markdown?: string;
}
