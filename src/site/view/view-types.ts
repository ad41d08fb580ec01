/**
 * The data the site's routes read from the content collections: plain JSON, computed once per build
 * from the pipeline result (`model.ts`), so templates only lay it out.
 */
import type { Severity } from '../../diagnostics/index.ts';
import type { NodeKind } from '../../graph/browser.ts';

/** How many findings of each severity. */
export type SeverityCounts = Readonly<Record<Severity, number>>;

/** A link to a node, as the site shows it. */
export interface NodeRef {
	readonly id: string;
	readonly title: string;
	readonly url: string;
	readonly kind: NodeKind;
	/** The node has no page (a red link). */
	readonly missing: boolean;
	/** Page type or namespace, for a small badge. */
	readonly namespace: string;
}

/** One value in the fact box, linked when it names a node. */
export interface FactValue {
	readonly text: string;
	readonly href?: string;
	/** Link to a page that does not exist (red link). */
	readonly missing?: boolean;
	/** Link leaves the site. */
	readonly external?: boolean;
}

/** One property row of the fact box ("Facts about X"), SMW style. */
export interface FactRow {
	/** Property name for display, e.g. `Uses heuristic`. */
	readonly property: string;
	/** Site path of the property page, e.g. `/property/Uses_heuristic/`. */
	readonly propertyUrl: string;
	readonly values: readonly FactValue[];
	/** The `{{#subobject:}}` the facts were written in; absent for facts of the page itself. */
	readonly subobject?: string;
}

/** Related nodes of one relation and direction, under a reader-facing heading. */
export interface LinkGroup {
	readonly relation: string;
	readonly direction: 'in' | 'out';
	/** `Used by`, `Implemented by`, `Required by`, `Steps`, `Related`, ... */
	readonly label: string;
	readonly items: readonly NodeRef[];
}

/** A cited source with its site page and (when it is a URL) its external address. */
export interface SourceView {
	readonly type: string;
	readonly title: string;
	/** External address, only when the source names an http(s) URL. */
	readonly href?: string;
	/** The third part as written when it is not a URL (a path or free text). */
	readonly note?: string;
	/** Site path of the source's node. */
	readonly url: string;
}

/** Everything a node's page and the index pages show about one node. */
export interface NodeData {
	readonly id: string;
	readonly kind: NodeKind;
	readonly namespace: string;
	readonly name: string;
	readonly title: string;
	readonly url: string;
	readonly missing: boolean;
	readonly file?: string;
	readonly overview?: string;
	/** ISO 8601 date (or date-time) of `last_updated`. */
	readonly lastUpdated?: string;
	readonly domains: readonly NodeRef[];
	readonly sources: readonly SourceView[];
	readonly categories: readonly NodeRef[];
	readonly facts: readonly FactRow[];
	/** Related nodes grouped by relation: backlinks (`in`) and outgoing steps/related (`out`). */
	readonly groups: readonly LinkGroup[];
	/** Diagnostics reported on the page's file, by severity. */
	readonly diagnostics: SeverityCounts;
	/** The page has `<pre class="mermaid">` diagrams (loads the diagram script). */
	readonly hasDiagrams: boolean;
	/** For a missing node: how to write it, or which page a link probably meant. */
	readonly wanted?: WantedHints;
	/** For a redirect page: the page it leads to. */
	readonly redirect?: NodeRef;
	/** For a category (with or without a page): its subcategories and pages, in MediaWiki's order. */
	readonly members?: { readonly subcategories: readonly NodeRef[]; readonly pages: readonly NodeRef[] };
}

/** What a missing node's page and the wanted pages tell an author. */
export interface WantedHints {
	/** The file to create (`principles/Quantization.wiki`, `Help/Foo.wiki`); absent for `Special:` and `Media:`. */
	readonly createAs?: string;
	/** Pages the title probably means (same namespace, name equal but for case or ending in `_<name>`). */
	readonly meant: readonly NodeRef[];
}

/** What lists, tables and the navigation show of a node: all the `nodes` collection holds of it. */
export type NodeSummary = Pick<
	NodeData,
	'id' | 'kind' | 'namespace' | 'name' | 'title' | 'url' | 'missing' | 'overview' | 'lastUpdated' | 'domains'
> & {
	/** Pages tagged with a domain or category or citing a source (0 for other nodes). */
	readonly members: number;
};

/** What the property index shows of a property: all the `properties` collection holds of it. */
export type PropertySummary = Pick<PropertyData, 'name' | 'url' | 'count'> & {
	/** Number of distinct values. */
	readonly values: number;
};

/** A page that states a property value. */
export interface PropertyUse {
	readonly value: FactValue;
	readonly pages: readonly NodeRef[];
}

/** A property page (`/property/<name>/`): its declared type, its values and the pages that state them. */
export interface PropertyData {
	readonly name: string;
	readonly url: string;
	/** Its type's name (`Number`) and id (`_num`). */
	readonly type: { readonly id: string; readonly name: string };
	/** Where the type comes from: its `Property:` page, Semantic MediaWiki, the kapso registry, or the default (Page). */
	readonly source: 'page' | 'predefined' | 'registry' | 'default';
	/** Id of its `Property:` page, whose text the property page shows. */
	readonly page?: string;
	/** What its page declares besides the type, as lines to show (`Corresponds to: 1 km², 0.3861 sqmi`). */
	readonly declaration: readonly { readonly label: string; readonly values: readonly string[] }[];
	/** Parent properties (`Subproperty of`), with their property pages. */
	readonly parents: readonly { readonly name: string; readonly url: string }[];
	/** The property its page redirects to (another name of it: facts written with this name are that one's). */
	readonly redirect?: { readonly name: string; readonly url: string };
	/** Number of annotations (facts) using the property. */
	readonly count: number;
	readonly uses: readonly PropertyUse[];
}

/** The compact graph the `/graph/` view draws. */
export interface GraphData {
	/** Nodes other than redirects; `aliases` are the redirects to a node (id and title), the other names it goes by. */
	readonly nodes: readonly {
		readonly id: string;
		readonly title: string;
		readonly url: string;
		readonly kind: NodeKind;
		readonly namespace: string;
		readonly missing: boolean;
		readonly aliases?: readonly { readonly id: string; readonly title: string }[];
	}[];
	readonly edges: readonly { readonly from: string; readonly to: string; readonly relation: string }[];
}
