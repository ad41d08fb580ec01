import { namespaceSegment } from '../../graph/browser.ts';
import { PAGE_TYPES as ALL_PAGE_TYPES, type PageType } from '../../load/browser.ts';
import type { NodeSummary } from './view-types.ts';
import { compareCodeUnits } from '../../text/index.ts';

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

/** A sidebar link before empty ones are left out: `hideCount` counts only to decide whether it leads anywhere. */
type DraftItem = NavItem & { readonly hideCount?: boolean };

/** The five page types in reading order: heuristics first, they are what readers look up; then `PAGE_NAMESPACES` order. */
export const PAGE_TYPES: readonly PageType[] = ['Heuristic', ...ALL_PAGE_TYPES.filter((type) => type !== 'Heuristic')];

/** The tag namespaces, each with the relation that tags a page with one of its nodes; the sidebar links their indexes. */
export const TAG_RELATIONS: Readonly<Record<string, 'domain' | 'source' | 'category'>> = {
	Domain: 'domain',
	Source: 'source',
	Category: 'category',
};

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
 * @example indexUrl('API') // '/~~API/'
 */
export function indexUrl(namespace: string): string {
	// the folder its pages are in: a namespace not spelled canonically (`API`) is `/~~API/`, not `/api/` (the JSON export's)
	return `/${namespace ? namespaceSegment(namespace) : 'page'}/`;
}

/**
 * How a page's type is shown (its badge, the search page's type filter): its namespace, `Page` for the main one.
 * @example pageTypeLabel('Heuristic') // 'Heuristic'
 */
export function pageTypeLabel(namespace: string): string {
	return namespace || 'Page';
}

/** Namespaces other than the five page types that have pages (the Property and Category ones have their own indexes). */
function otherNamespaces(nodes: readonly NodeSummary[]): { title: string; items: DraftItem[] }[] {
	const counts = new Map<string, number>();
	for (const n of nodes)
		if (
			n.kind === 'page' &&
			!(PAGE_TYPES as readonly string[]).includes(n.namespace) &&
			n.namespace !== 'Property' &&
			n.namespace !== 'Category'
		)
			counts.set(n.namespace, (counts.get(n.namespace) ?? 0) + 1);
	if (counts.size === 0) return [];
	const items = [...counts]
		.sort((a, b) => compareCodeUnits(a[0], b[0]))
		.map(([ns, count]) => ({ label: ns || 'Main', href: indexUrl(ns), count }));
	return [{ title: 'Namespaces', items }];
}

/** How much the site holds besides its nodes: the sidebar leaves out what would lead to an empty page. */
export interface NavCounts {
	/** Properties written on the pages or declared by `Property:` pages. */
	readonly properties: number;
	/** LR rules the pages state. */
	readonly rules: number;
	/** Diagnostics of the pages: all of them, and the errors and warnings among them. */
	readonly findings: number;
	readonly problems: number;
}

/**
 * The sidebar: page types with counts, the other namespaces, the tag indexes, and the site's tools. A link that
 * would lead to an empty page (no categories, no wanted pages, no Environment pages) is left out; the page itself
 * is still built.
 */
export function navSections(nodes: readonly NodeSummary[], counts: NavCounts): NavSection[] {
	const count = (pred: (n: NodeSummary) => boolean) => nodes.filter(pred).length;
	const sections: { title: string; items: DraftItem[] }[] = [
		{
			title: 'Pages',
			items: PAGE_TYPES.map((t) => ({
				label: pluralOf(t),
				href: indexUrl(t),
				count: count((n) => n.kind === 'page' && n.namespace === t),
			})),
		},
		...otherNamespaces(nodes),
		{
			title: 'Browse',
			items: [
				{ label: 'Domains', href: '/domain/', count: count((n) => n.kind === 'domain') },
				{ label: 'Sources', href: '/source/', count: count((n) => n.kind === 'source') },
				{
					label: 'Categories',
					href: '/category/',
					count: count((n) => n.kind === 'category' || (n.kind === 'page' && n.namespace === 'Category')),
				},
				{ label: 'Properties', href: '/property/', count: counts.properties, hideCount: true },
			],
		},
		{
			title: 'Tools',
			items: [
				{ label: 'Search', href: '/search/' },
				{ label: 'Learning rates', href: '/lr/', count: counts.rules, hideCount: true },
				{ label: 'Ask a query', href: '/ask/' },
				{ label: 'Graph', href: '/graph/' },
				{
					label: 'Recently updated',
					href: '/recent/',
					count: count((n) => n.kind === 'page' && n.lastUpdated !== undefined),
					hideCount: true,
				},
				{ label: 'Wanted pages', href: '/wanted/', count: count((n) => n.kind === 'missing') },
				// Infos alone lead to the page too, but only errors and warnings are counted as problems.
				counts.problems > 0
					? { label: 'Diagnostics', href: '/diagnostics/', count: counts.problems }
					: { label: 'Diagnostics', href: '/diagnostics/', count: counts.findings, hideCount: true },
			],
		},
	];
	return sections
		.map((section) => ({
			title: section.title,
			items: section.items
				.filter((item) => item.count !== 0)
				.map(({ hideCount, ...item }) => (hideCount ? { label: item.label, href: item.href } : item)),
		}))
		.filter((section) => section.items.length > 0);
}
