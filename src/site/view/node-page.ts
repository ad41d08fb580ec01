/**
 * What a node's page (`pages/[ns]/[name].astro`) and a property's page show beyond the node's own view: which
 * members it lists, which connections are left, the label of its kind. Computed here, pure, so that the templates
 * only lay it out.
 */
import { pageJsonPath } from '../../export/index.ts';
import { markdownPath } from '../../graph/index.ts';
import { pageTypeLabel } from './nav.ts';
import { byTitle } from './routes.ts';
import type { LinkGroup, NodeData, NodeSummary, PropertyData, SourceView } from './view-types.ts';

/** A file of the same page in another format, for programs and language models (`<link rel="alternate">`). */
export interface Alternate {
	readonly type: string;
	readonly href: string;
}

/** What a node's page shows, as laid out by its template. */
export interface NodePageView {
	/** The badge above the title: the page's type, `Category (missing)`, `Redirect`, or the node's namespace. */
	readonly kindLabel: string;
	/** A domain's or source's pages, by title (empty for other nodes). */
	readonly tagMembers: readonly NodeSummary[];
	/** A category's pages, in MediaWiki's order. */
	readonly categoryPages: readonly NodeSummary[];
	/** The page lists its members in full (a domain, source or category), so the connections leave them out. */
	readonly listsMembers: boolean;
	/** The connections shown under `connectionsHeading`. */
	readonly otherGroups: readonly LinkGroup[];
	readonly connectionsHeading: string;
	/** The heading of `tagMembers`: `Cited by` for a source, `Pages` for a domain. */
	readonly membersHeading: string;
	/** A source's citation as a page that cites it gives it (a source node carries no address itself). */
	readonly sourceView?: SourceView;
	/** A knowledge page's JSON and Markdown files (the JSON export's and llms.txt's). */
	readonly alternates: readonly Alternate[];
}

/** The relations whose incoming links a tag's or category's page lists as its members. */
const MEMBER_RELATIONS = new Set(['domain', 'category', 'source']);

/**
 * What the page of `node` shows beyond its view.
 * @param summaries every node's summary by id (the lists' rows)
 * @param views every node's view by id
 */
export function nodePageView(
	node: NodeData,
	summaries: ReadonlyMap<string, NodeSummary>,
	views: ReadonlyMap<string, { readonly data: NodeData }>,
): NodePageView {
	const members = (relation: string) =>
		(node.groups.find((g) => g.relation === relation && g.direction === 'in')?.items ?? [])
			.flatMap((r) => summaries.get(r.id) ?? [])
			.sort(byTitle);
	const tagMembers = node.kind === 'domain' ? members('domain') : node.kind === 'source' ? members('source') : [];
	const listsMembers =
		node.kind === 'domain' || node.kind === 'source' || node.kind === 'category' || node.members !== undefined;
	const sourceView =
		node.kind === 'source'
			? tagMembers.flatMap((m) => views.get(m.id)?.data.sources.filter((s) => s.url === node.url) ?? [])[0]
			: undefined;
	return {
		kindLabel: kindLabel(node),
		tagMembers,
		categoryPages: (node.members?.pages ?? []).flatMap((r) => summaries.get(r.id) ?? []),
		listsMembers,
		otherGroups: listsMembers
			? node.groups.filter((g) => !(MEMBER_RELATIONS.has(g.relation) && g.direction === 'in'))
			: node.groups,
		connectionsHeading: node.kind === 'missing' ? 'Pages that link here' : 'Connections',
		membersHeading: node.kind === 'source' ? 'Cited by' : 'Pages',
		...(sourceView ? { sourceView } : {}),
		alternates:
			node.kind === 'page'
				? [
						{ type: 'application/json', href: `/${pageJsonPath(node.url)}` },
						{ type: 'text/markdown', href: markdownPath(node.url) },
					]
				: [],
	};
}

/** The badge of a node's kind: a page's type, a missing page's type marked missing, `Redirect`, or the namespace. */
export function kindLabel(node: Pick<NodeData, 'kind' | 'namespace'>): string {
	switch (node.kind) {
		case 'page':
			return pageTypeLabel(node.namespace);
		case 'missing':
			return `${pageTypeLabel(node.namespace)} (missing)`;
		case 'redirect':
			return 'Redirect';
		default:
			return node.namespace;
	}
}

/** Where a property's type comes from, as its page says it. */
export function propertyTypeNote(source: PropertyData['source']): string {
	switch (source) {
		case 'page':
			return 'declared on its page';
		case 'predefined':
			return 'predefined by Semantic MediaWiki';
		case 'registry':
			return "from wikikb's property registry";
		default:
			return "Semantic MediaWiki's default type: no page declares this property";
	}
}
