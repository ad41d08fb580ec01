import type { TypedValue, TypeId } from '../datatypes/index.ts';

/** Where something is in a query: the argument it is in (0 for a query string read as one) and its place there. */
export interface QuerySpan {
	/** Index of the argument (`{{#ask:a|b}}`: `a` is 0), or of the part of a query string between single `|`. */
	readonly arg: number;
	/** 0-based offset in that argument's text. */
	readonly offset: number;
	/** Length of the part meant (at least 1). */
	readonly length: number;
}

/**
 * Something the engine could not read in a query, or read differently from what was written (Semantic MediaWiki's
 * query errors). `error`: the query is not what was meant (the engine runs what it could read, as SMW does);
 * `warning`: something is ignored (an unknown parameter).
 */
export interface QueryIssue {
	readonly severity: 'error' | 'warning';
	/** Semantic MediaWiki's message key (`smw_unexpectedpart`), or wikikb's for what SMW has none (`wikikb-unknown-parameter`). */
	readonly code: string;
	/** What happened and what to do, with values in backticks. */
	readonly message: string;
	readonly at: QuerySpan;
}

/** One argument of a query as written: `[[Category:X]]`, `?Population=People`, `limit=10`. */
export interface QueryArgument {
	readonly text: string;
}

/** A comparator of a value condition (Semantic MediaWiki's `SMW_CMP_*`). */
export type Comparator = 'eq' | 'neq' | 'lt' | 'gt' | 'le' | 'ge' | 'like' | 'nlike';

/** A property as a condition or printout names it, after `Property:` redirects; `inverse` for `-P`. */
export interface PropertyRef {
	/** Canonical name (`Has number`). */
	readonly name: string;
	readonly inverse: boolean;
}

/** A test of one value of a property, by the property's type (see `values.ts`). */
export interface ValueTest {
	readonly comparator: Comparator;
	/** The value as written in the condition, for messages and the query string. */
	readonly written: string;
	/** Does a stored value pass? */
	readonly test: (value: import('./store.ts').StoredValue) => boolean;
}

/**
 * A query condition (Semantic MediaWiki's query description), as the condition parser reads it.
 * - `thing`: anything (what an unreadable condition degrades to);
 * - `namespace`: pages of a namespace (`[[Help:+]]`);
 * - `class`: pages in categories or their subcategories (`[[Category:A||B|+depth=1]]`);
 * - `concept`: a concept's stored query (`[[Concept:X]]`), placed in the condition text;
 * - `page`: one page, or pages whose sort key compares (`[[Foo]]`, `[[!Foo]]`, `[[~Foo*]]`);
 * - `property`: entities with a value of a property (and its subproperties) that `value` accepts (`absent`:
 *   entities with no value of it, `[[P::!+]]`);
 * - `value`: a test of one value (only inside `property`);
 * - `and`, `or`: conjunction, disjunction.
 */
export type Condition =
	| { readonly kind: 'thing' }
	| { readonly kind: 'namespace'; readonly namespace: string }
	| { readonly kind: 'class'; readonly categories: readonly string[]; readonly depth?: number }
	| { readonly kind: 'concept'; readonly concept: string; readonly start: number; readonly end: number }
	| {
			readonly kind: 'page';
			readonly comparator: Comparator;
			readonly id?: string;
			readonly key?: string;
			readonly pattern?: string;
	  }
	| {
			readonly kind: 'property';
			readonly property: PropertyRef;
			readonly depth?: number;
			readonly value: Condition;
			readonly absent?: boolean;
	  }
	| ({ readonly kind: 'value' } & ValueTest)
	| { readonly kind: 'and'; readonly parts: readonly Condition[] }
	| { readonly kind: 'or'; readonly parts: readonly Condition[] };

/** How a printout shows: Semantic MediaWiki's print request modes. */
export type PrintMode = 'this' | 'property' | 'categories' | 'category-check' | 'chain';

/** One column of the result (`?Population`, `?Category`, `?#`, `?A.B=Label`). */
export interface Printout {
	readonly mode: PrintMode;
	/** The header: the default label or the one after `=`. */
	readonly label: string;
	/** The property chain (one element for `?P`), for property and chain printouts. */
	readonly chain?: readonly PropertyRef[];
	/** The category of `?Category:X`. */
	readonly category?: string;
	/** Output format after `#` (`-`, `-n`, `ISO`, `x`...), when given. */
	readonly format?: string;
	/** Printout parameters (`|+order=desc`, `|+limit=2`, `|+index=1`, `|+align=right`). */
	readonly params: Readonly<Record<string, string>>;
	/** The printout as written, without `?`. */
	readonly written: string;
	/** The type of its values (`_wpg` for the subject column and categories, `_boo` for a category check). */
	readonly type: TypeId;
	/** Where it was written. */
	readonly at?: QuerySpan;
}

/** Result formats: Semantic MediaWiki's (`auto` picks table or plainlist as SMW does). */
export type ResultFormat =
	| 'table'
	| 'broadtable'
	| 'list'
	| 'ul'
	| 'ol'
	| 'plainlist'
	| 'template'
	| 'count'
	| 'json'
	| 'csv'
	| 'embedded'
	| 'category';

/** The query parameters as read (defaults filled in). */
export interface QueryParams {
	/** The result format; `auto` is a table for two columns or more, else a plain list (`AskResult.format`). */
	readonly format: ResultFormat | 'auto';
	readonly limit: number;
	readonly offset: number;
	/** Sort keys: `''` for the subject, else a property (or chain) name; `Category` sorts by categories. */
	readonly sort: readonly string[];
	/** Directions paired with `sort`. */
	readonly order: readonly ('asc' | 'desc' | 'random' | 'none')[];
	readonly mainlabel?: string;
	readonly headers: 'show' | 'plain' | 'hide';
	readonly link: 'all' | 'subject' | 'none';
	readonly default: string;
	readonly intro: string;
	readonly outro: string;
	readonly searchlabel?: string;
	/** Format-specific separators as written (`sep`, `valuesep`, `propsep`). */
	readonly sep?: string;
	readonly valuesep?: string;
	readonly propsep?: string;
	readonly template?: string;
	readonly namedArgs: boolean;
	readonly userparam: string;
	readonly introtemplate?: string;
	readonly outrotemplate?: string;
	readonly class?: string;
	readonly embedformat: string;
	readonly embedonly: boolean;
	readonly transpose: boolean;
	readonly columns: number;
	/** Every parameter as written (lower-cased names), for the further-results link. */
	readonly written: Readonly<Record<string, string>>;
}

/** A query read from its arguments: conditions, printouts, parameters, and what could not be read. */
export interface ParsedQuery {
	/** `#show` (no subject column, empty default labels) or `#ask`. */
	readonly mode: 'ask' | 'show';
	/** The conditions as written (the unnamed arguments joined, `&lt;q&gt;` decoded). */
	readonly conditions: string;
	readonly condition: Condition;
	readonly printouts: readonly Printout[];
	readonly params: QueryParams;
	readonly issues: readonly QueryIssue[];
}

/** One value of a result cell. */
export interface ResultValue {
	/** The type it is shown as. */
	readonly type: TypeId;
	/** The typed value (a page value names the page's id). */
	readonly typed: TypedValue;
	/** The value as written on the page. */
	readonly written: string;
	/** For page values: the entity (see `ResultEntity`). */
	readonly entity?: ResultEntity;
	/** The graph node the value links to when that is not its own page (a kapso domain `LLMs` is `Domain:llms`). */
	readonly node?: string;
	/** What it shows instead of its value (a kapso source `Type|Title|URL`: its title). */
	readonly caption?: string;
	/** The property it is a value of (its declaration gives units, precision, record fields). */
	readonly property?: string;
}

/** A page or subobject in a result: a row's subject or a page value. */
export interface ResultEntity {
	/** Full title as Semantic MediaWiki keys results: namespace prefix, spaces, `#subobject` (`Help:Foo bar#_abc`). */
	readonly fulltext: string;
	/** Graph id of the page (`Help:Foo_bar`). */
	readonly page: string;
	/** Subobject name, for a subobject. */
	readonly subobject?: string;
	/** Namespace name and number (undefined for a namespace the graph does not list). */
	readonly namespace: string;
	readonly namespaceId?: number;
	/** Site path of the page, without base path (`#fragment` for a subobject); undefined when the site has no page for it. */
	readonly url?: string;
	/** The page exists (a file, or a category/property the site shows); false for a red link. */
	readonly exists: boolean;
	/** Display title, when the page sets one. */
	readonly displayTitle?: string;
	/** What links show: the display title, else the title without namespace (`#name` for a named subobject). */
	readonly caption: string;
	/** Semantic MediaWiki's sort key of the entity. */
	readonly sortKey: string;
}

/** One result row: the subject and one cell (a list of values) per printout. */
export interface ResultRow {
	readonly subject: ResultEntity;
	readonly cells: readonly (readonly ResultValue[])[];
}

/** What `ask` gives: the rows of the asked page of results, with the query as read. */
export interface AskResult {
	readonly query: ParsedQuery;
	/** The printouts in column order, the subject column first unless `mainlabel=-` or `#show` (or placed by `?#`). */
	readonly columns: readonly Printout[];
	/** The result format, `auto` decided. */
	readonly format: ResultFormat;
	readonly rows: readonly ResultRow[];
	/** Number of results in total (before `limit`/`offset`). */
	readonly count: number;
	/** More results exist after these (for the further-results link). */
	readonly further: boolean;
	/** Every issue of the query. */
	readonly issues: readonly QueryIssue[];
}
