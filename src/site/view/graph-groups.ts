/**
 * What the graph views show, as pure functions shared by the `/graph/` page, the small graph on each page and their
 * tests: the groups of nodes a reader can show or hide (page types, the other namespaces of a wiki, categories,
 * domains, sources, missing pages) with their colours, and which connections are drawn besides the typed relations.
 */
import type { GraphData } from './view-types.ts';
import { compareCodeUnits } from '../../text/index.ts';

type GraphNodeData = GraphData['nodes'][number];
type GraphEdgeData = GraphData['edges'][number];

/** Node colours by group, chosen to stay distinct on light and dark backgrounds; the legend shows the same. */
const GROUP_COLORS: Readonly<Record<string, string>> = {
	Heuristic: '#e8590c',
	Workflow: '#3b5bdb',
	Principle: '#2b8a3e',
	Implementation: '#9c36b5',
	Environment: '#0b7285',
	'': '#1971c2',
	Help: '#5c940d',
	Property: '#c2255c',
	Category: '#e67700',
	Concept: '#0c8599',
	Template: '#6741d9',
	domain: '#868e96',
	source: '#a61e4d',
	missing: '#e03131',
};

/**
 * The colour of a group's nodes (any other namespace is grey).
 * @example groupColor('Heuristic') // '#e8590c'
 */
export function groupColor(group: string): string {
	return GROUP_COLORS[group] ?? '#6c757d';
}

/**
 * The group a node is shown and filtered by: its namespace for a page (`''` for the main namespace), `Category`
 * for a category with or without a page, `missing`, or its kind.
 * @example nodeGroup({ kind: 'page', namespace: 'Heuristic', missing: false }) // 'Heuristic'
 */
export function nodeGroup(node: Pick<GraphNodeData, 'kind' | 'namespace' | 'missing'>): string {
	if (node.missing) return 'missing';
	if (node.kind === 'page') return node.namespace;
	return node.kind === 'category' ? 'Category' : node.kind;
}

/** Which connections are drawn besides the relations facts state. */
export interface EdgeChoice {
	/** Plain links (`[[Page]]`). */
	readonly links: boolean;
	/** Category membership (`[[Category:X]]`). */
	readonly categories: boolean;
}

/**
 * Is this edge drawn? Typed relations always; plain links and categories as chosen; a redirect never (it is
 * another name of its target, not a neighbour), nor an edge from a node to itself.
 */
export function isDrawnEdge(edge: GraphEdgeData, choice: EdgeChoice): boolean {
	if (edge.from === edge.to || edge.relation === 'redirect') return false;
	if (edge.relation === 'link') return choice.links;
	if (edge.relation === 'category') return choice.categories;
	return true;
}

/**
 * What is drawn until the reader chooses: the typed relations alone bury nothing on a knowledge base whose facts
 * relate its pages (kapso's steps and implementations: 777 relations between 634 pages in the corpus), but a wiki
 * whose pages are tied mostly by links and categories (the SMW test wiki: 8 between 34) would show scattered dots,
 * so there links and categories are drawn too: when the relations between pages are fewer than half the pages.
 */
export function defaultEdgeChoice(data: GraphData): EdgeChoice {
	const pages = new Set(data.nodes.filter((n) => n.kind === 'page').map((n) => n.id));
	const typed = data.edges.filter(
		(e) => isDrawnEdge(e, { links: false, categories: false }) && pages.has(e.from) && pages.has(e.to),
	).length;
	const sparse = typed * 2 < pages.size;
	return { links: sparse, categories: sparse };
}

/** A group of nodes in the legend. */
export interface GraphGroup {
	/** The group (`nodeGroup`): a namespace, `Category`, `domain`, `source` or `missing`. */
	readonly id: string;
	readonly count: number;
	/** Shown before the reader chooses. */
	readonly shown: boolean;
	readonly color: string;
}

/** Groups that come after the namespaces, in this order, and whether each is shown at first. */
const TAIL: readonly string[] = ['Category', 'Template', 'domain', 'source', 'missing'];

/**
 * The groups the data has, in legend order: the page types in `typeOrder`, the main namespace, the other
 * namespaces by name, then categories, templates, domains, sources and missing pages. Pages are shown at first;
 * categories when their connections are drawn; templates (the wiki's machinery), domains, sources and missing
 * pages when the reader asks for them.
 */
export function graphGroups(data: GraphData, choice: EdgeChoice, typeOrder: readonly string[]): GraphGroup[] {
	const counts = new Map<string, number>();
	for (const n of data.nodes) counts.set(nodeGroup(n), (counts.get(nodeGroup(n)) ?? 0) + 1);
	const rank = (id: string) => {
		const type = typeOrder.indexOf(id);
		if (type >= 0) return [0, type] as const;
		const tail = TAIL.indexOf(id);
		return tail >= 0 ? ([3, tail] as const) : ([id === '' ? 1 : 2, 0] as const);
	};
	return [...counts]
		.sort(([a], [b]) => {
			const [ra, rb] = [rank(a), rank(b)];
			return ra[0] - rb[0] || ra[1] - rb[1] || compareCodeUnits(a, b);
		})
		.map(([id, count]) => ({
			id,
			count,
			color: groupColor(id),
			shown: id === 'Category' ? choice.categories : !TAIL.includes(id),
		}));
}
