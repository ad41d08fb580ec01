import type { Graph, GraphFact, GraphNode } from '../../graph/types.ts';
import { caseSafeUrls, urlFor } from '../../graph/url.ts';
import { normalizeName, toDbKey } from '../../load/title.ts';
import type { FactRow, FactValue, NodeRef, PropertyData } from './view-types.ts';

/**
 * Display name of a property, as Semantic MediaWiki shows it: first letter capitalised, `_` as space.
 * @example propertyName('uses_heuristic') // 'Uses heuristic'
 */
export function propertyName(property: string): string {
	return normalizeName(property) || property;
}

/**
 * Site path of a property's page.
 * @example propertyUrl('uses_heuristic') // '/property/Uses_heuristic/'
 */
export function propertyUrl(property: string): string {
	return urlFor(propertyIdOf(propertyName(property)));
}

const propertyIdOf = (name: string) => `Property:${toDbKey(name)}`;

const urlsByGraph = new WeakMap<Graph, Map<string, string>>();

/**
 * Site paths of the property pages of a graph's facts, by display name: `propertyUrl`, except that two
 * properties whose names differ only in letter case (`Domain`, `DOMAIN`) get paths that differ otherwise too.
 */
function propertyUrls(graph: Graph): Map<string, string> {
	let urls = urlsByGraph.get(graph);
	if (!urls) {
		const names = new Set(graph.facts.map((f) => propertyName(f.property)));
		const safe = caseSafeUrls([...names].map(propertyIdOf));
		urls = new Map([...names].map((name) => [name, safe.get(propertyIdOf(name))!]));
		urlsByGraph.set(graph, urls);
	}
	return urls;
}

/**
 * For each fact (by index), the node it names: the other end of the edge it became. That is usually the edge's
 * target, but inverse conventions (a Heuristic's `uses_heuristic::Workflow:X`) give an edge pointing back.
 */
function factTargets(graph: Graph): Map<number, string> {
	const targets = new Map<number, string>();
	for (const edge of graph.edges) {
		for (const i of edge.facts) {
			if (targets.has(i)) continue;
			const subject = graph.facts[i]?.subject;
			targets.set(i, edge.from === subject ? edge.to : edge.from);
		}
	}
	return targets;
}

/** A fact's value as a link: to its node when it names one, outside when it is an http(s) URL, else text. */
function factValue(fact: GraphFact, target: GraphNode | undefined): FactValue {
	if (target) {
		// As SMW: a value that names a page shows that page's title, unless the annotation gives display text.
		const text = fact.display ?? target.title;
		return { text, href: target.url, ...(target.missing ? { missing: true } : {}) };
	}
	const text = fact.display ?? fact.value;
	if (/^https?:\/\/\S+$/i.test(fact.value)) return { text, href: fact.value, external: true };
	return { text };
}

/** Groups facts by normalized property name, keeping first-seen order. */
function byProperty<T>(items: readonly T[], property: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const key = propertyName(property(item));
		const list = groups.get(key) ?? [];
		list.push(item);
		groups.set(key, list);
	}
	return groups;
}

/** The rows of one group of facts (a page's own, or one subobject's): each property once, repeats folded. */
function propertyRows(graph: Graph, byId: ReadonlyMap<string, GraphNode>, targets: ReadonlyMap<number, string>, indexes: readonly number[], subobject: string): FactRow[] {
	const rows: FactRow[] = [];
	for (const [property, group] of byProperty(indexes, (i) => graph.facts[i]!.property)) {
		const seen = new Set<string>();
		const values: FactValue[] = [];
		for (const i of group) {
			const value = factValue(graph.facts[i]!, byId.get(targets.get(i) ?? ''));
			const key = `${value.text}\0${value.href ?? ''}`;
			if (seen.has(key)) continue;
			seen.add(key);
			values.push(value);
		}
		rows.push({ property, propertyUrl: propertyUrls(graph).get(property) ?? propertyUrl(property), values, ...(subobject ? { subobject } : {}) });
	}
	return rows;
}

/**
 * The fact box of every page ("Facts about X"): each property once, with all its values as written
 * (repeats folded), linked to the node each value names. Facts of a subobject stay together in rows of
 * their own, after the page's, so a value is never read with another subobject's (`lr` with its `task`).
 */
export function factRows(graph: Graph, byId: ReadonlyMap<string, GraphNode>): Map<string, FactRow[]> {
	const targets = factTargets(graph);
	// subject -> subobject name ('' for the page's own facts, listed first) -> fact indexes
	const bySubject = new Map<string, Map<string, number[]>>();
	graph.facts.forEach((f, i) => {
		const groups = bySubject.get(f.subject) ?? new Map<string, number[]>([['', []]]);
		const list = groups.get(f.subobject ?? '');
		if (list) list.push(i);
		else groups.set(f.subobject ?? '', [i]);
		bySubject.set(f.subject, groups);
	});
	const rows = new Map<string, FactRow[]>();
	for (const [subject, groups] of bySubject) {
		rows.set(subject, [...groups].flatMap(([subobject, indexes]) => propertyRows(graph, byId, targets, indexes, subobject)));
	}
	return rows;
}

/**
 * One page per property, as SMW's property pages: every value it takes (linked like in the fact box)
 * and the pages that state it, values sorted alphabetically.
 */
export function propertyPages(graph: Graph, byId: ReadonlyMap<string, GraphNode>): PropertyData[] {
	const targets = factTargets(graph);
	const pages: PropertyData[] = [];
	for (const [property, facts] of byProperty(graph.facts.map((f, i) => ({ f, i })), (x) => x.f.property)) {
		const uses = new Map<string, { value: FactValue; pages: Map<string, NodeRef> }>();
		for (const { f, i } of facts) {
			const target = byId.get(targets.get(i) ?? '');
			const value = factValue({ ...f, display: undefined }, target);
			const key = target ? `node:${target.id}` : `text:${value.text}`;
			const use = uses.get(key) ?? { value, pages: new Map() };
			const subject = byId.get(f.subject);
			if (subject) use.pages.set(subject.id, { id: subject.id, title: subject.title, url: subject.url, kind: subject.kind, missing: subject.missing, namespace: subject.namespace });
			uses.set(key, use);
		}
		pages.push({
			name: property,
			url: propertyUrls(graph).get(property) ?? propertyUrl(property),
			count: facts.length,
			uses: [...uses.values()]
				.map((u) => ({ value: u.value, pages: [...u.pages.values()].sort((a, b) => a.title.localeCompare(b.title)) }))
				.sort((a, b) => a.value.text.localeCompare(b.value.text)),
		});
	}
	return pages.sort((a, b) => a.name.localeCompare(b.name));
}
