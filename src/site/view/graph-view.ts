/**
 * What the graph views draw, as pure functions shared by the `/graph/` page, the small graph on each page and
 * their tests: which nodes and edges (the groups and colours are in `graph-groups.ts`), where they start (so a layout comes out the same on every load), a
 * page's neighbourhood, and which labels fit without covering each other.
 */
import type { Graph } from '../../graph/index.ts';
import { isDrawnEdge, type EdgeChoice } from './graph-groups.ts';
import type { GraphData } from './view-types.ts';
import { compareCodeUnits } from '../../text/index.ts';

/** A node of the compact graph. */
export type GraphNodeData = GraphData['nodes'][number];
/** An edge of the compact graph. */
export type GraphEdgeData = GraphData['edges'][number];

/**
 * The graph the views draw, from the site's graph: a redirect is no node of its own but another name of its target
 * (its title is one of the target's `aliases`, found by the focus search, and its id leads the focus there), and
 * an edge from a node to itself is left out.
 */
export function compactGraph(graph: Pick<Graph, 'nodes' | 'edges'>): GraphData {
	const aliases = new Map<string, { id: string; title: string }[]>();
	for (const n of graph.nodes) {
		if (n.kind !== 'redirect' || !n.redirectTo) continue;
		const list = aliases.get(n.redirectTo) ?? [];
		list.push({ id: n.id, title: n.title });
		aliases.set(n.redirectTo, list);
	}
	const nodes = graph.nodes
		.filter((n) => n.kind !== 'redirect')
		.map((n) => {
			const also = aliases.get(n.id);
			return {
				id: n.id,
				title: n.title,
				url: n.url,
				kind: n.kind,
				namespace: n.namespace,
				missing: n.missing,
				...(also ? { aliases: also } : {}),
			};
		});
	const kept = new Set(nodes.map((n) => n.id));
	const edges = graph.edges
		.filter((e) => e.from !== e.to && kept.has(e.from) && kept.has(e.to))
		.map((e) => ({ from: e.from, to: e.to, relation: e.relation }));
	return { nodes, edges };
}

/** The graph with each node's drawn edges at hand, made once so that neighbourhoods cost only their own size. */
export interface GraphIndex {
	readonly nodes: ReadonlyMap<string, GraphNodeData>;
	/** Drawn edges at each node, either direction. */
	readonly incident: ReadonlyMap<string, readonly GraphEdgeData[]>;
}

/** Indexes a graph for {@link neighbourhood}, with the edges drawn as `choice` says. */
export function indexGraph(data: GraphData, choice: EdgeChoice): GraphIndex {
	const incident = new Map<string, GraphEdgeData[]>();
	for (const e of data.edges) {
		if (!isDrawnEdge(e, choice)) continue;
		for (const end of [e.from, e.to]) {
			const list = incident.get(end);
			if (list) list.push(e);
			else incident.set(end, [e]);
		}
	}
	return { nodes: new Map(data.nodes.map((n) => [n.id, n])), incident };
}

/** A part of the graph around one node, each node with its distance from it. */
export interface Neighbourhood {
	readonly nodes: readonly (GraphNodeData & { readonly distance: number })[];
	readonly edges: readonly GraphEdgeData[];
}

/**
 * The part of the graph within `depth` steps of a node (drawn edges, either direction), with each node's distance
 * from it, in distance then title order; edges between any two of these nodes are kept, each once.
 */
export function neighbourhood(index: GraphIndex, id: string, depth: number): Neighbourhood {
	const distance = new Map<string, number>([[id, 0]]);
	let frontier = [id];
	for (let d = 1; d <= depth; d++) {
		const next: string[] = [];
		for (const at of frontier) {
			for (const e of index.incident.get(at) ?? []) {
				const other = e.from === at ? e.to : e.from;
				if (!distance.has(other) && index.nodes.has(other)) {
					distance.set(other, d);
					next.push(other);
				}
			}
		}
		frontier = next;
	}
	const nodes = [...distance].flatMap(([n, d]) =>
		index.nodes.has(n) ? [{ ...index.nodes.get(n)!, distance: d }] : [],
	);
	nodes.sort((a, b) => a.distance - b.distance || a.title.localeCompare(b.title) || compareCodeUnits(a.id, b.id));
	const edges = new Set<GraphEdgeData>();
	for (const n of nodes)
		for (const e of index.incident.get(n.id) ?? []) if (distance.has(e.from) && distance.has(e.to)) edges.add(e);
	return { nodes, edges: [...edges] };
}

/**
 * Starting positions for a force layout, the same on every load: nodes on a sunflower spiral, the most connected
 * at the centre (ties by id). A force layout started from them without randomizing gives the same picture each time.
 * @param degree the number of drawn edges of each node
 */
export function seedPositions(
	ids: readonly string[],
	degree: ReadonlyMap<string, number>,
	spacing = 40,
): Map<string, { x: number; y: number }> {
	const order = [...ids].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || compareCodeUnits(a, b));
	const golden = Math.PI * (3 - Math.sqrt(5));
	return new Map(
		order.map((id, i) => [
			id,
			{
				x: Math.round(spacing * Math.sqrt(i + 0.5) * Math.cos(i * golden) * 100) / 100,
				y: Math.round(spacing * Math.sqrt(i + 0.5) * Math.sin(i * golden) * 100) / 100,
			},
		]),
	);
}

/** A node whose label may be shown: where it is on screen and how important it is. */
export interface LabelCandidate {
	readonly id: string;
	readonly label: string;
	/** Centre of the node, in screen pixels. */
	readonly x: number;
	readonly y: number;
	/** Shown first when labels compete: the focused page, then the most connected. */
	readonly priority: number;
	/** Radius of the node on screen, in pixels: no label covers another's node. */
	readonly radius?: number;
}

/**
 * Which labels to show so that none covers another: in order of priority, a label is shown when its box (below
 * its node, `fontSize` high, about 0.6 em per character) overlaps no box shown before it. Zooming in spreads the
 * nodes apart on screen while labels keep their size, so more labels fit.
 * @param width, height the visible area in screen pixels: a label that would not fit inside it is left out
 */
export function labelsThatFit(
	candidates: readonly LabelCandidate[],
	fontSize: number,
	width: number,
	height: number,
): Set<string> {
	const shown = new Set<string>();
	const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
	const nodes = candidates.map((c) => ({
		id: c.id,
		r: c.radius ?? 0,
		x1: c.x - (c.radius ?? 0),
		y1: c.y - (c.radius ?? 0),
		x2: c.x + (c.radius ?? 0),
		y2: c.y + (c.radius ?? 0),
	}));
	const overlaps = (
		a: { x1: number; y1: number; x2: number; y2: number },
		b: { x1: number; y1: number; x2: number; y2: number },
	) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority || compareCodeUnits(a.id, b.id));
	for (const c of sorted) {
		const half = (Math.min(c.label.length, 28) * fontSize * 0.6) / 2 + 4;
		const top = c.y + (c.radius ?? 0) + 2;
		const box = { x1: c.x - half, y1: top, x2: c.x + half, y2: top + 4 + fontSize * 1.3 };
		if (box.x1 < 0 || box.x2 > width || box.y1 < 0 || box.y2 > height) continue;
		if (boxes.some((b) => overlaps(box, b)) || nodes.some((n) => n.r > 0 && n.id !== c.id && overlaps(box, n)))
			continue;
		boxes.push(box);
		shown.add(c.id);
	}
	return shown;
}

/** The number of drawn edges of each node. */
export function degrees(edges: readonly GraphEdgeData[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const e of edges) {
		out.set(e.from, (out.get(e.from) ?? 0) + 1);
		out.set(e.to, (out.get(e.to) ?? 0) + 1);
	}
	return out;
}
