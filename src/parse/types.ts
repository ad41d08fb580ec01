import type { Diagnostic } from '../diagnostics/index.ts';
import type { PageId } from '../load/index.ts';

/** A 1-based place in the page file. */
export interface Place {
	readonly line: number;
	readonly col: number;
}

/** One semantic annotation exactly as written, e.g. `[[domain::LLMs]]`. */
export interface Fact extends Place {
	/** Property name as written (trimmed), e.g. `Uses_heuristic`. Match with `normalizeProperty`. */
	readonly property: string;
	/** Value as written (trimmed): for `source` the whole `Type|Title|URL` text. */
	readonly value: string;
	/** Display text after the last `|` for non-source properties (`[[p::v|display]]`). */
	readonly display?: string;
	/** Heading path of the section the annotation stands in (titles, outermost first). */
	readonly section: readonly string[];
	/**
	 * Set when the fact was written in `{{#subobject:name|prop=value}}`: the subobject's id as Semantic MediaWiki
	 * makes it, the name with `_` for spaces (`Foo_bar`), or for an unnamed one `_` + the md5 of its arguments
	 * (`_cd630d70e4e469611f361bcda9cf919a`). The fact is still kept on the page.
	 */
	readonly subobject?: string;
	/** Set when a template call wrote the annotation: the template's name as called (`Infobox LR`); the place is the call's. */
	readonly template?: string;
}

/** An ordinary link `[[Target|text]]`, a visible category link `[[:Category:X]]`, or an external link. */
export interface Link extends Place {
	readonly kind: 'wiki' | 'external';
	/** Target as written (wiki: title text with optional `#fragment`; external: URL). */
	readonly target: string;
	/** Link text, when given. */
	readonly text?: string;
	/**
	 * A Markdown link to a page file (`[t](../principles/Y.md)`, `[t](/wikis/Y.md)`) keeps its path as `target`
	 * (kind `wiki`); `page` is the title the path names when it goes through a type folder (`Principle:Y`).
	 * Without `page`, the page is found by file name among the pages that exist (the graph does this).
	 */
	readonly page?: string;
}

/** A section heading and the sections under it. */
export interface Section {
	/** 1..6 (`==` is 2; Markdown `##` is 2). */
	readonly level: number;
	/** Heading text, plain (markup stripped). */
	readonly title: string;
	/** Anchor id, MediaWiki style (spaces to `_`), unique within the page. */
	readonly anchor: string;
	readonly line: number;
	readonly children: readonly Section[];
}

/** One table row: plain cell texts in rendered order (spans expanded). */
export interface TableRow {
	readonly line: number;
	readonly cells: readonly string[];
	/** Cells written as header cells (`!`), per cell. */
	readonly headerCells?: readonly boolean[];
}

/** A table as data. */
export interface Table {
	readonly line: number;
	readonly syntax: 'wikitext' | 'markdown';
	readonly caption?: string;
	/** Header cell texts (the first row when it is all header cells; Markdown: the header row). Empty when none. */
	readonly header: readonly string[];
	/** Body rows (header row excluded). */
	readonly rows: readonly TableRow[];
	/** Section heading path the table stands in. */
	readonly section: readonly string[];
	/** Nesting depth: 0 for a top-level table. */
	readonly depth: number;
}

/** A literal code block. */
export interface CodeBlock {
	readonly line: number;
	readonly syntax: 'syntaxhighlight' | 'source' | 'pre' | 'fence';
	/** Language as written (`python`), or undefined. */
	readonly lang?: string;
	readonly code: string;
}

/** A `<math>` formula (TeX source). */
export interface MathBlock {
	readonly line: number;
	readonly tex: string;
	/** `display="block"` or standing alone on its line. */
	readonly display: boolean;
}

/** A `{{#mermaid:...}}` diagram. */
export interface Diagram {
	readonly line: number;
	readonly kind: 'mermaid';
	readonly source: string;
}

/** A template call `{{Name|a=b|c}}` or parser function other than the handled ones. */
export interface Template {
	readonly line: number;
	readonly col: number;
	readonly name: string;
	/** Parameters in order; anonymous ones are named `1`, `2`, ... */
	readonly params: readonly { readonly name: string; readonly value: string }[];
}

/** A run of prose a reader sees: a paragraph, a list item or a definition, with its plain text. */
export interface ProseBlock {
	readonly line: number;
	readonly kind: 'paragraph' | 'bullet' | 'numbered' | 'definition';
	/** Plain text with markup removed; inline code keeps its text between backticks (`` `2e-4` ``). */
	readonly text: string;
	readonly section: readonly string[];
}

/** A `{{#subobject:}}` of the page: its id and its options (`@category`, `@sortkey`); its facts carry the id. */
export interface Subobject extends Place {
	/** The id its facts carry in `subobject` (`Foo_bar`, `_cd630d70e4e469611f361bcda9cf919a`). */
	readonly id: string;
	/** `@category=X` (after `+sep` splitting): categories of the subobject itself, not of the page. */
	readonly categories?: readonly string[];
	/** `@sortkey=K`. */
	readonly sortKey?: string;
}

/** One argument of a query call, as written (trimmed), and where it starts in the page file. */
export interface QueryArg extends Place {
	readonly text: string;
}

/**
 * A Semantic MediaWiki query call of the page: `{{#ask:}}`, `{{#show:}}` or `{{#concept:}}`, kept as written for the
 * query engine, which reads it once the whole graph is built (a query needs every page).
 */
export interface PageQuery extends Place {
	readonly kind: 'ask' | 'show' | 'concept';
	/** Offset of the call in the text the page is rendered from: the rendered body holds a placeholder for it there. */
	readonly offset: number;
	/** The arguments, `|`-separated as MediaWiki splits them (a `|` inside `[[...]]` stays in its argument). */
	readonly args: readonly QueryArg[];
	/** The template whose call wrote the query (`line`/`col` are then the call's). */
	readonly template?: string;
}

/** What MediaWiki reads about the page itself: redirect, display title, sort keys. */
export interface PageModel {
	/** `#REDIRECT [[Target]]`: the target as written and where. */
	readonly redirect?: { readonly target: string; readonly line: number; readonly col: number };
	/** `{{DISPLAYTITLE:...}}`, tags removed, entities decoded. */
	readonly displayTitle?: string;
	/** `{{DEFAULTSORT:...}}` (`_` read as space): the page's sort key in categories and queries. */
	readonly defaultSort?: string;
	/** Sort keys of `[[Category:X|key]]`, by category name (normalized, without prefix). */
	readonly categorySortKeys?: Readonly<Record<string, string>>;
}

/** What template expansion read: the page must be parsed again when one of these changes. */
export interface ExpansionUse {
	/** Ids of the pages looked up as templates, whether they exist or not. */
	readonly templates: readonly string[];
	/** Ids `{{#ifexist:}}` asked about. */
	readonly checked: readonly string[];
}

/** Everything read from one page. Plain data: JSON- and worker-safe. */
export interface ParsedPage {
	readonly id: PageId;
	/** Canonical namespace name (`Heuristic`, `Help`), `''` for the main namespace. */
	readonly namespace: string;
	/** Name with spaces. */
	readonly name: string;
	/** Display title: from a first line `# Type: Name` / `# Name` / `= Name =`, else the name. */
	readonly title: string;
	/** Relative path in the content folder, e.g. `heuristics/X.wiki`. */
	readonly file: string;
	/** Path used in diagnostics. */
	readonly path: string;
	/** sha256 of the file bytes. */
	readonly hash: string;
	/** Whole page is Markdown (no wikitext constructs). */
	readonly format: 'wikitext' | 'markdown';
	/** YAML front matter fields, if any. */
	readonly frontMatter: Readonly<Record<string, unknown>>;
	readonly facts: readonly Fact[];
	readonly links: readonly Link[];
	/** Categories from `[[Category:X]]`, normalised names without prefix, in order, unique. */
	readonly categories: readonly string[];
	readonly sections: readonly Section[];
	readonly tables: readonly Table[];
	readonly code: readonly CodeBlock[];
	readonly math: readonly MathBlock[];
	readonly diagrams: readonly Diagram[];
	readonly templates: readonly Template[];
	readonly prose: readonly ProseBlock[];
	/** Plain text of the whole page (for summaries and search), markup removed. */
	readonly plainText: string;
	readonly diagnostics: readonly Diagnostic[];
	/** Redirect, display title and sort keys, when the page states them. */
	readonly model?: PageModel;
	/** What template expansion read, when the page calls templates or `#ifexist`. */
	readonly expansion?: ExpansionUse;
	/** The page's `{{#subobject:}}`s, when it has any. */
	readonly subobjects?: readonly Subobject[];
	/** The page's `{{#ask:}}`, `{{#show:}}` and `{{#concept:}}` calls in page order, when it has any. */
	readonly queries?: readonly PageQuery[];
}

/**
 * The parsed document a page's HTML is rendered from (not serialisable; stays in the worker that parsed it).
 * - `wikitext`: the page after Markdown constructs were rewritten to wikitext (`text`), parsed once by
 *   wikiparser-node (`root`); `toSourceOffset` maps an offset in `text` back to the page file's text.
 *   Front matter and the title line are left out of `text` (their newlines stay); a Markdown fence is a
 *   `<syntaxhighlight>` whose literal `</syntaxhighlight` was escaped as `&lt;/syntaxhighlight`.
 * - `markdown`: a pure-Markdown page parsed once by remark (`root`, an mdast tree with GFM); in `text`, front
 *   matter and the title line are blanked to spaces, so mdast offsets are the file's offsets.
 * - `plain`: the parser gave up (see the page's `parse-failed` diagnostic); render `text` as escaped plain text.
 */
export type PageTree =
	| {
			readonly kind: 'wikitext';
			readonly text: string;
			readonly root: import('wikiparser-node').Token;
			readonly toSourceOffset: (offset: number) => number;
			/** Offsets in `text` of the `<syntaxhighlight` tags that were Markdown fences (their closing tags are escaped). */
			readonly fenceStarts?: ReadonlySet<number>;
	  }
	| { readonly kind: 'markdown'; readonly text: string; readonly root: import('mdast').Root }
	| { readonly kind: 'plain'; readonly text: string };

/** What `parsePage` returns: the page's data and the tree to render it from. */
export interface ParseResult {
	readonly page: ParsedPage;
	readonly tree: PageTree;
}
