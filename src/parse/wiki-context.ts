import type { Diagnostic } from '../diagnostics/index.ts';
import type { PageFileLink } from './inline-markdown.ts';
import type { Ranges } from './literal-ranges.ts';
import type { SectionIndex } from './sections.ts';
import type { Place } from './types.ts';
import type { Token } from './wikitext.ts';

/** What every extractor of a wikitext page shares: the one parsed tree and the way back to the file. */
export interface WikiContext {
	readonly root: Token;
	/** The parsed (rewritten) text. */
	readonly text: string;
	/** Literal ranges of `text` (code, comments, nowiki, math, diagrams). */
	readonly literal: Ranges;
	/** Output offsets of `<syntaxhighlight>` tags that were Markdown fences. */
	readonly fenceStarts: ReadonlySet<number>;
	/** Output offsets of `{|` tables that were Markdown pipe tables. */
	readonly pipeTableStarts: ReadonlySet<number>;
	/** Markdown links to page files, by output offset of their `[[` (rewritten) or `[` (left as text). */
	readonly pageLinks?: ReadonlyMap<number, PageFileLink>;
	readonly sections: SectionIndex;
	/** Path used in diagnostics. */
	readonly file: string;
	/** 1-based place in the original file of a 0-based offset in `text`. */
	place(offset: number): Place;
	/** Where extractors report problems. */
	readonly diagnostics: Diagnostic[];
	/** The name of the template call whose expanded output holds `offset`, if any. */
	callAt?(offset: number): string | undefined;
}
