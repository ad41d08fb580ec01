import type { PageId, PageType } from '../load/index.ts';
import type { Declaration, TypedValue, TypeId, ValueError } from '../datatypes/index.ts';
import type { SiteUrl } from './url.ts';

/**
 * What a node stands for: a page file, a link target with no page (a red link), a domain tag, a cited source, a
 * category without a page, or a redirect page (`#REDIRECT [[Target]]`, an alias of its target).
 */
export type NodeKind = 'page' | 'missing' | 'domain' | 'source' | 'category' | 'redirect';

/**
 * Relation of a normalized edge. Known relations come from the property registry (`registry.ts`);
 * `domain`, `source` and `category` point at the tag nodes; `link` is an ordinary `[[Page]]` link;
 * an unknown property whose value is a title keeps its own normalized name (lower snake case) as relation.
 */
export type KnownRelation =
	| 'step'
	| 'implements'
	| 'requires_env'
	| 'uses_heuristic'
	| 'related'
	| 'domain'
	| 'source'
	| 'category'
	| 'link'
	| 'redirect';

/** A known relation, or the normalized name of an unknown property kept as written (e.g. `based_on`). */
export type Relation = KnownRelation | (string & {});

/** A cited source, as on a page's fact box: `[[source::Type|Title|URL]]`. */
export interface SourceRef {
	/** Kind of source as written, e.g. `Paper`, `Doc`, `Repo`. */
	readonly type: string;
	/** Title as written, e.g. `LoRA Paper`. */
	readonly title: string;
	/** Third part as written: usually a URL, sometimes a path or free text; absent in the two-part form. */
	readonly url?: string;
}

/** One node of the graph. Plain JSON-safe data. */
export interface GraphNode {
	/** Canonical id, e.g. `Heuristic:Learning_Rate_Tuning`, `Domain:fine_tuning` (see `domainId`), `Concept:Attention`. */
	readonly id: PageId;
	readonly kind: NodeKind;
	/** Namespace as canonically spelled (`Heuristic`, `Domain`, `Source`, `Category`, `Concept`), `''` for the main namespace. */
	readonly namespace: string;
	/** Page type when `kind` is `page` (equals `namespace`). */
	readonly type?: PageType;
	/** Name with spaces, e.g. `Learning Rate Tuning`. */
	readonly name: string;
	/** Display title: the page's own title line, else the name; for a domain the tag as written (spaces for `_`). */
	readonly title: string;
	/** True for a link target that has no page (a red link / wanted page). */
	readonly missing: boolean;
	/** Page file path relative to the content folder; absent unless `kind` is `page`. */
	readonly file?: string;
	/**
	 * Site path of the node, independent of the base path the site is served under: `urlFor(id)`, or, for ids
	 * whose paths differ only in letter case, the path `caseSafeUrls` gives.
	 */
	readonly url: SiteUrl;
	/** Domain tags of a page, display form (`Fine Tuning`), in first-written order, unique case-insensitively. */
	readonly domains: readonly string[];
	/** Sources a page cites, in written order, unique by identity (URL, else type + title). */
	readonly sources: readonly SourceRef[];
	/** `last_updated` of a page as ISO 8601 (`2025-12-12T00:00:00Z` or `2025-12-12`), when readable. */
	readonly lastUpdated?: string;
	/** First sentence of the page's Overview section (plain text). */
	readonly overview?: string;
	/** Categories of a page (names without prefix). */
	readonly categories: readonly string[];
	/**
	 * Page attributes: `github_url` and values of unknown properties that are not titles,
	 * by normalized property name, values as written in written order.
	 */
	readonly attributes: Readonly<Record<string, readonly string[]>>;
	/** A redirect page's target: where links to it lead (the end of a chain; the written target for a loop). */
	readonly redirectTo?: PageId;
	/** `{{DEFAULTSORT:}}`: the page's sort key in categories and queries. */
	readonly defaultSort?: string;
	/** `{{DISPLAYTITLE:}}` or `[[Display title of::]]` (also in `title`); Semantic MediaWiki sorts by it when there is no `defaultSort`. */
	readonly displayTitle?: string;
	/** Sort keys of `[[Category:X|key]]`, by category name. */
	readonly categorySortKeys?: Readonly<Record<string, string>>;
}

/** A semantic annotation exactly as written, one per occurrence (SPEC 2.2 `fact`). */
export interface GraphFact {
	/** Id of the page the annotation stands on. */
	readonly subject: PageId;
	/** Property name as written, e.g. `Uses_heuristic`. */
	readonly property: string;
	/** Value as written (for `source`, the whole `Type|Title|URL`). */
	readonly value: string;
	/** Display text `[[p::v|display]]`, when given. */
	readonly display?: string;
	/** Id of the `{{#subobject:name|...}}` the fact was written in: the name with `_` for spaces, or SMW's `_` + md5 when unnamed. */
	readonly subobject?: string;
	/** Page file path relative to the content folder. */
	readonly file: string;
	/** 1-based line of the annotation. */
	readonly line: number;
	/** 1-based column of the annotation. */
	readonly col: number;
	/** The template whose call wrote the annotation (`file`/`line`/`col` are the call's). */
	readonly template?: string;
	/** Semantic MediaWiki type id the value is read as (`_num`), from the property's declaration (see `properties`). */
	readonly type: TypeId;
	/** The value read by its type (a page value names its target, after redirects); absent when it does not fit. */
	readonly typed?: TypedValue;
	/** Why the value does not fit its type (it is kept as written and reported). */
	readonly error?: ValueError;
}

/** A property as the graph reads it: its type and declaration, and where they come from. */
export interface GraphProperty {
	/** Name as Semantic MediaWiki spells it (`Has number`, `Domain`). */
	readonly name: string;
	readonly type: TypeId;
	/** `page` (its `Property:` page declares it), `predefined` (SMW's), `registry` (kapso's table) or `default` (Page). */
	readonly source: 'page' | 'predefined' | 'registry' | 'default';
	/** Its `Property:` page. */
	readonly page?: PageId;
	/** The property its page redirects to. */
	readonly redirectTo?: string;
	/** The rest of its declaration (`units`, `allowedValues`, `subpropertyOf`, `formatter`, ...). */
	readonly declaration: Omit<Declaration, 'type'>;
	/** Number of facts written with it (under any spelling, or through a property redirect). */
	readonly uses: number;
}

/** A `{{#subobject:}}` of a page (its facts carry its `id` in `subobject`). */
export interface GraphSubobject {
	/** `Page#id`, as Semantic MediaWiki names the entity. */
	readonly id: string;
	readonly page: PageId;
	/** `Foo_bar`, or `_` + md5 for an unnamed one. */
	readonly name: string;
	/** `@category`: categories of the subobject (not of the page). */
	readonly categories: readonly string[];
	/** `@sortkey`. */
	readonly sortKey?: string;
	readonly file: string;
	readonly line: number;
}

/** A namespace of the wiki, as titles were read in the build (the query engine reads query titles with it). */
export interface GraphNamespace {
	/** MediaWiki's namespace number (`0` main, `12` Help, `102` Property, `3008` Heuristic, custom ones from 3010). */
	readonly id: number;
	/** Canonical name with spaces (`Help`, `User talk`); `''` for the main namespace. */
	readonly name: string;
	/** Other names that mean it (`Image` for `File`). */
	readonly aliases: readonly string[];
}

/** A `Concept:` page's stored query (`{{#concept:[[Category:X]][[P::+]]|description}}`), which `[[Concept:Name]]` stands for. */
export interface GraphConcept {
	/** Id of the concept page (`Concept:High_peaks`). */
	readonly id: PageId;
	/** The query conditions as written. */
	readonly query: string;
	/** The second argument: the concept's description. */
	readonly description?: string;
	readonly file: string;
	readonly line: number;
	readonly col: number;
}

/** A normalized edge derived from facts (and from links and categories, which have no facts). */
export interface Edge {
	readonly from: PageId;
	readonly to: PageId;
	readonly relation: Relation;
	/** Indexes into `Graph.facts` of every fact this edge came from (ascending). Empty for `link`/`category` edges. */
	readonly facts: readonly number[];
	/** Position of a `step` edge in its workflow (1-based, by first occurrence). */
	readonly order?: number;
}

/** The typed knowledge graph: plain data, JSON-safe, sorted deterministically. */
export interface Graph {
	/** Sorted by id. */
	readonly nodes: readonly GraphNode[];
	/** In page order (pages sorted by file), then by position on the page. */
	readonly facts: readonly GraphFact[];
	/** Sorted by from, relation, order, to. */
	readonly edges: readonly Edge[];
	/** Every property written or declared, sorted by name. */
	readonly properties: readonly GraphProperty[];
	/** Every `{{#subobject:}}`, sorted by id. */
	readonly subobjects: readonly GraphSubobject[];
	/** The namespaces titles were read with, by number (`buildGraph` always sets it; absent in exports before 1.3.0). */
	readonly namespaces?: readonly GraphNamespace[];
	/** Every concept page's query, sorted by id (`buildGraph` always sets it; absent in exports before 1.3.0). */
	readonly concepts?: readonly GraphConcept[];
}

/** Edges of one relation and direction around a node, with a reader-facing label (`Used by`, `Steps`). */
export interface RelationGroup {
	readonly relation: Relation;
	/** `in`: other -> this node; `out`: this node -> other. Symmetric `related` is always `out`. */
	readonly direction: 'in' | 'out';
	/** Heading for the group, e.g. `Used by`, `Implemented by`, `Required by`, `Steps`, `Related`. */
	readonly label: string;
	/** The other ends, in display order (steps by `order`, else by id). */
	readonly nodes: readonly { readonly id: PageId; readonly edge: Edge }[];
}
