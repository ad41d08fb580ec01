import { slugSegment } from '../../graph/url.ts';
import type { NodeSummary } from './view-types.ts';

/** One link of the site navigation. */
export interface NavItem {
	readonly label: string;
	readonly href: string;
	readonly count?: number;
}

/** A titled group of navigation links. */
export interface NavSection {
	readonly title: string;
	readonly items: readonly NavItem[];
}

/** The five page types in reading order: heuristics first, they are what readers look up. */
export const PAGE_TYPES = ['Heuristic', 'Workflow', 'Principle', 'Implementation', 'Environment'] as const;

/** The tag namespaces, each with the relation that tags a page with one of its nodes; the sidebar links their indexes. */
export const TAG_RELATIONS: Readonly<Record<string, 'domain' | 'source' | 'category'>> = { Domain: 'domain', Source: 'source', Category: 'category' };

/** Plural labels of the node namespaces the site has index pages for. */
const PLURAL: Readonly<Record<string, string>> = {
	Heuristic: 'Heuristics',
	Workflow: 'Workflows',
	Principle: 'Principles',
	Implementation: 'Implementations',
	Environment: 'Environments',
	Domain: 'Domains',
	Source: 'Sources',
	Category: 'Categories',
};

/**
 * Plural label of a namespace for headings.
 * @example pluralOf('Heuristic') // 'Heuristics'
 */
export function pluralOf(namespace: string): string {
	return PLURAL[namespace] ?? (namespace ? `${namespace} pages` : 'Main namespace');
}

/**
 * Site path of a namespace's index page.
 * @example indexUrl('Heuristic') // '/heuristic/'
 */
export function indexUrl(namespace: string): string {
	return `/${namespace ? slugSegment(namespace.toLowerCase()) : 'page'}/`;
}

export { isPageType } from '../../load/title.ts';

/**
 * How a page's type is shown (its badge, the search page's type filter): its namespace, `Page` for the main one.
 * @example pageTypeLabel('Heuristic') // 'Heuristic'
 */
export function pageTypeLabel(namespace: string): string {
	return namespace || 'Page';
}

/** Namespaces other than the five page types that have pages (the Property and Category ones have their own indexes). */
function otherNamespaces(nodes: readonly NodeSummary[]): NavSection[] {
	const counts = new Map<string, number>();
	for (const n of nodes) if (n.kind === 'page' && !(PAGE_TYPES as readonly string[]).includes(n.namespace) && n.namespace !== 'Property' && n.namespace !== 'Category') counts.set(n.namespace, (counts.get(n.namespace) ?? 0) + 1);
	if (counts.size === 0) return [];
	const items = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([ns, count]) => ({ label: ns || 'Main', href: indexUrl(ns), count }));
	return [{ title: 'Namespaces', items }];
}

/** The sidebar: page types with counts, the tag indexes, and the site's tools. */
export function navSections(nodes: readonly NodeSummary[]): NavSection[] {
	const count = (pred: (n: NodeSummary) => boolean) => nodes.filter(pred).length;
	const others = otherNamespaces(nodes);
	// a wiki of other namespaces (a Semantic MediaWiki's main, Help, Template...) lists only the page types it has
	const types = PAGE_TYPES.map((t) => ({ label: pluralOf(t), href: indexUrl(t), count: count((n) => n.kind === 'page' && n.namespace === t) })).filter((item) => others.length === 0 || item.count > 0);
	return [
		...(types.length > 0 ? [{ title: 'Pages', items: types }] : []),
		...others,
		{
			title: 'Browse',
			items: [
				{ label: 'Domains', href: '/domain/', count: count((n) => n.kind === 'domain') },
				{ label: 'Sources', href: '/source/', count: count((n) => n.kind === 'source') },
				{ label: 'Categories', href: '/category/', count: count((n) => n.kind === 'category' || (n.kind === 'page' && n.namespace === 'Category')) },
				{ label: 'Properties', href: '/property/' },
			],
		},
		{
			title: 'Tools',
			items: [
				{ label: 'Search', href: '/search/' },
				{ label: 'Learning rates', href: '/lr/' },
				{ label: 'Ask a query', href: '/ask/' },
				{ label: 'Graph', href: '/graph/' },
				{ label: 'Recently updated', href: '/recent/' },
				{ label: 'Wanted pages', href: '/wanted/', count: count((n) => n.kind === 'missing') },
			],
		},
	];
}
