import type { PageId } from '../load/index.ts';
import type { Edge, Relation } from './types.ts';
import { compareCodeUnits } from '../text/index.ts';

interface Draft {
	from: PageId;
	to: PageId;
	relation: Relation;
	facts: number[];
	/** Fact index (or insertion counter) of the first occurrence, for step order. */
	first: number;
	symmetric: boolean;
}

/**
 * Collects edges, merging repeats: one edge per (from, relation, to) keeping every fact it came from;
 * a symmetric relation is stored once with its ends in id order.
 */
export class EdgeSet {
	private readonly drafts = new Map<string, Draft>();
	private counter = 0;

	/** Adds an occurrence of an edge; `fact` is its index in the graph's facts (absent for links and categories). */
	add(from: PageId, to: PageId, relation: Relation, fact?: number, symmetric = false): void {
		if (symmetric && compareCodeUnits(to, from) < 0) [from, to] = [to, from];
		const key = `${from}\u0000${relation}\u0000${to}`;
		const order = fact ?? 1e9 + this.counter++;
		const draft = this.drafts.get(key);
		if (!draft)
			this.drafts.set(key, { from, to, relation, facts: fact === undefined ? [] : [fact], first: order, symmetric });
		else if (fact !== undefined && !draft.facts.includes(fact)) draft.facts.push(fact);
	}

	/**
	 * The edges, sorted by from, relation, order, to; `ordered` relations get a 1-based `order` per source node
	 * by first occurrence. `rename` maps placeholder ids (of domains and sources) to their final ids.
	 */
	finish(ordered: ReadonlySet<Relation>, rename: ReadonlyMap<string, PageId> = new Map()): Edge[] {
		const drafts = [...this.drafts.values()];
		for (const d of drafts) {
			[d.from, d.to] = [rename.get(d.from) ?? d.from, rename.get(d.to) ?? d.to];
			if (d.symmetric && compareCodeUnits(d.to, d.from) < 0) [d.from, d.to] = [d.to, d.from];
		}
		const orderOf = new Map<Draft, number>();
		const groups = new Map<string, Draft[]>();
		for (const d of drafts) {
			if (!ordered.has(d.relation)) continue;
			const key = `${d.from}\u0000${d.relation}`;
			const list = groups.get(key) ?? [];
			list.push(d);
			groups.set(key, list);
		}
		for (const group of groups.values())
			group.sort((a, b) => a.first - b.first).forEach((d, i) => orderOf.set(d, i + 1));
		return drafts
			.map((d): Edge => {
				const order = orderOf.get(d);
				const facts = [...d.facts].sort((a, b) => a - b);
				return order === undefined
					? { from: d.from, to: d.to, relation: d.relation, facts }
					: { from: d.from, to: d.to, relation: d.relation, facts, order };
			})
			.sort(
				(a, b) =>
					compareCodeUnits(a.from, b.from) ||
					compareCodeUnits(a.relation, b.relation) ||
					(a.order ?? 0) - (b.order ?? 0) ||
					compareCodeUnits(a.to, b.to),
			);
	}
}
