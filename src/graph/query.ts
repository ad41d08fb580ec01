import type { PageId } from '../load/index.ts';
import { RELATION_LABELS } from './registry.ts';
import type { Edge, Graph, GraphNode, Relation, RelationGroup } from './types.ts';
import { compareCodeUnits } from '../text/index.ts';

interface GraphIndex {
	readonly byId: Map<string, GraphNode>;
	readonly incoming: Map<string, Edge[]>;
	readonly outgoing: Map<string, Edge[]>;
}

// Indexes are computed once per graph object; the graph itself stays plain data.
const indexes = new WeakMap<Graph, GraphIndex>();

function indexOf(graph: Graph): GraphIndex {
	let index = indexes.get(graph);
	if (!index) {
		index = { byId: new Map(graph.nodes.map((n) => [n.id, n])), incoming: new Map(), outgoing: new Map() };
		for (const e of graph.edges) {
			const out = index.outgoing.get(e.from) ?? [];
			out.push(e);
			index.outgoing.set(e.from, out);
			const inc = index.incoming.get(e.to) ?? [];
			inc.push(e);
			index.incoming.set(e.to, inc);
		}
		indexes.set(graph, index);
	}
	return index;
}

/** The node with this id, if any. */
export function nodeById(graph: Graph, id: string): GraphNode | undefined {
	return indexOf(graph).byId.get(id);
}

const SYMMETRIC = new Set<Relation>(['related']);

/**
 * Reader-facing label of a relation seen from one end (`Used by`, `Steps`...).
 * Unknown relations are shown by name: `based_on` -> `Based on` / `Based on (incoming)`.
 * @example relationLabel('uses_heuristic', 'in') // 'Used by'
 */
export function relationLabel(relation: Relation, direction: 'in' | 'out'): string {
	const known = (RELATION_LABELS as Record<string, { in: string; out: string }>)[relation];
	if (known) return known[direction];
	const words = relation.replace(/_/gu, ' ');
	const human = words.charAt(0).toUpperCase() + words.slice(1);
	return direction === 'out' ? human : `${human} (incoming)`;
}

function group(edges: readonly Edge[], id: string, direction: 'in' | 'out'): RelationGroup[] {
	const groups = new Map<string, { id: PageId; edge: Edge }[]>();
	for (const edge of edges) {
		const symmetric = SYMMETRIC.has(edge.relation);
		const dir = symmetric ? 'out' : direction;
		const other = edge.from === id ? edge.to : edge.from;
		const key = `${dir}\u0000${edge.relation}`;
		const list = groups.get(key) ?? [];
		list.push({ id: other, edge });
		groups.set(key, list);
	}
	return [...groups]
		.map(([key, nodes]) => {
			const [dir, relation] = key.split('\u0000') as ['in' | 'out', Relation];
			const ordered = [...nodes].sort(
				(a, b) => (a.edge.order ?? 0) - (b.edge.order ?? 0) || compareCodeUnits(a.id, b.id),
			);
			return { relation, direction: dir, label: relationLabel(relation, dir), nodes: ordered };
		})
		.sort((a, b) => compareCodeUnits(a.relation, b.relation) || compareCodeUnits(a.direction, b.direction));
}

/**
 * Backlinks of a node grouped by relation: edges that point at it (`Used by`, `Implemented by`, `Required by`,
 * `Step of`, `Linked from`...) and symmetric `Related` edges from either side.
 */
export function backlinks(graph: Graph, id: string): RelationGroup[] {
	const index = indexOf(graph);
	const incoming = index.incoming.get(id) ?? [];
	const related = (index.outgoing.get(id) ?? []).filter((e) => SYMMETRIC.has(e.relation) && e.to !== id);
	return group([...incoming, ...related], id, 'in');
}

/** Outgoing edges of a node grouped by relation (`Steps` in order, `Implements`, `Uses heuristics`...). */
export function outlinks(graph: Graph, id: string): RelationGroup[] {
	const index = indexOf(graph);
	const outgoing = (index.outgoing.get(id) ?? []).filter((e) => !SYMMETRIC.has(e.relation));
	return group(outgoing, id, 'out');
}

/** A wanted page: a missing node and the nodes that link to it (by link or property), for the "wanted pages" list. */
export interface WantedPage {
	readonly node: GraphNode;
	/** Ids of the nodes pointing at it, sorted, unique. */
	readonly linkedFrom: readonly PageId[];
}

/**
 * The pages that wrote an edge: the subjects of its facts, else (a link or category edge) its `from`. An
 * inverse property (`used_by`, `required_by`, the old Used By `uses_heuristic`) makes an edge that starts at
 * the node it names, so the writer is not the edge's `from`.
 */
function writersOf(graph: Graph, edge: Edge): PageId[] {
	if (edge.facts.length === 0) return [edge.from];
	return edge.facts.map((i) => graph.facts[i]?.subject ?? edge.from);
}

/**
 * Missing (red-link) nodes, most wanted first (by number of pages naming them), then by id. `linkedFrom` is
 * every page whose links or facts name the missing node, whichever way the edge points.
 */
export function wantedPages(graph: Graph): WantedPage[] {
	const index = indexOf(graph);
	return graph.nodes
		.filter((n) => n.missing)
		.map((node) => {
			const edges = [...(index.incoming.get(node.id) ?? []), ...(index.outgoing.get(node.id) ?? [])];
			const writers = edges.flatMap((e) => writersOf(graph, e)).filter((id) => id !== node.id);
			return { node, linkedFrom: [...new Set(writers)].sort(compareCodeUnits) };
		})
		.sort((a, b) => b.linkedFrom.length - a.linkedFrom.length || compareCodeUnits(a.node.id, b.node.id));
}
