import { RELATION_LABELS, type Edge, type Graph, type Relation } from '../../graph/index.ts';

/** Group headings per relation and direction, from the one table in the graph's registry. */
const LABELS: Readonly<Record<string, { readonly in: string; readonly out: string }>> = RELATION_LABELS;

/** Outgoing relations not listed under the text: tags have their own places, plain links are in the text. */
const OUTGOING_HIDDEN = new Set(['link', 'domain', 'source', 'category']);

/** Display order of the groups: the SMW relations first, plain links last. */
const ORDER = ['step', 'uses_heuristic', 'implements', 'requires_env', 'related', 'domain', 'category', 'source'];

/** One group of related nodes around a node, before the nodes are turned into references. */
export interface RelationGroupIds {
	readonly relation: Relation;
	readonly direction: 'in' | 'out';
	readonly label: string;
	readonly ids: readonly string[];
}

/**
 * Humanises an unknown relation name for a heading.
 * @example humanRelation('based_on') // 'Based on'
 */
export function humanRelation(relation: string): string {
	const text = relation.replace(/_/g, ' ').trim();
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function rank(relation: string): number {
	const i = ORDER.indexOf(relation);
	if (i >= 0) return i;
	return relation === 'link' ? ORDER.length + 1 : ORDER.length;
}

/**
 * Groups every node's neighbours by relation and direction: backlinks (`Used by`, `Implemented by`,
 * `Required by`, `Linked from`, ...), the ordered `Steps` of a workflow and the symmetric `Related`.
 * Computed for the whole graph in one pass over the edges.
 */
export function relationGroups(graph: Graph): Map<string, RelationGroupIds[]> {
	const buckets = new Map<
		string,
		Map<string, { relation: string; direction: 'in' | 'out'; label: string; edges: Edge[]; other: (e: Edge) => string }>
	>();
	const add = (
		node: string,
		key: string,
		make: () => { relation: string; direction: 'in' | 'out'; label: string; other: (e: Edge) => string },
		edge: Edge,
	) => {
		let byKey = buckets.get(node);
		if (!byKey) buckets.set(node, (byKey = new Map()));
		let bucket = byKey.get(key);
		if (!bucket) byKey.set(key, (bucket = { ...make(), edges: [] }));
		bucket.edges.push(edge);
	};
	for (const edge of graph.edges) {
		if (edge.from === edge.to) continue;
		if (edge.relation === 'related') {
			add(
				edge.from,
				'related',
				() => ({
					relation: 'related',
					direction: 'out',
					label: 'Related',
					other: (e) => (e.from === edge.from ? e.to : e.from),
				}),
				edge,
			);
			add(
				edge.to,
				'related',
				() => ({
					relation: 'related',
					direction: 'out',
					label: 'Related',
					other: (e) => (e.to === edge.to ? e.from : e.to),
				}),
				edge,
			);
			continue;
		}
		const inLabel = LABELS[edge.relation]?.in ?? `“${humanRelation(edge.relation)}” from`;
		add(
			edge.to,
			`in:${edge.relation}`,
			() => ({ relation: edge.relation, direction: 'in', label: inLabel, other: (e) => e.from }),
			edge,
		);
		const outLabel = OUTGOING_HIDDEN.has(edge.relation)
			? undefined
			: (LABELS[edge.relation]?.out ?? humanRelation(edge.relation));
		if (outLabel)
			add(
				edge.from,
				`out:${edge.relation}`,
				() => ({ relation: edge.relation, direction: 'out', label: outLabel, other: (e) => e.to }),
				edge,
			);
	}
	const result = new Map<string, RelationGroupIds[]>();
	for (const [node, byKey] of buckets) {
		const groups: RelationGroupIds[] = [];
		for (const b of byKey.values()) {
			const sorted =
				b.direction === 'out' && b.relation === 'step'
					? [...b.edges].sort((x, y) => (x.order ?? 0) - (y.order ?? 0))
					: b.edges;
			const ids = [...new Set(sorted.map(b.other))];
			if (!(b.direction === 'out' && b.relation === 'step')) ids.sort();
			groups.push({ relation: b.relation, direction: b.direction, label: b.label, ids });
		}
		groups.sort(
			(a, b) =>
				rank(a.relation) - rank(b.relation) ||
				(a.direction === b.direction ? a.relation.localeCompare(b.relation) : a.direction === 'out' ? -1 : 1),
		);
		result.set(node, groups);
	}
	return result;
}
