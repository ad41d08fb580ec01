import { isExternalUrl } from '../../render/browser.ts';
import { DATATYPES } from '../../datatypes/index.ts';
import {
	type Graph,
	type GraphFact,
	type GraphNode,
	type GraphProperty,
	caseSafeUrls,
	urlFor,
} from '../../graph/index.ts';
import { normalizeName, toDbKey } from '../../load/index.ts';
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

/** A fact's value as a link: to its node when it names one, outside when it is a URL (`isExternalUrl`), else text. */
function factValue(fact: GraphFact, target: GraphNode | undefined): FactValue {
	if (target) {
		// As SMW: a value that names a page shows that page's title, unless the annotation gives display text.
		const text = fact.display ?? target.title;
		return { text, href: target.url, ...(target.missing ? { missing: true } : {}) };
	}
	const text = fact.display ?? fact.value;
	if (isExternalUrl(fact.value)) return { text, href: fact.value, external: true };
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
function propertyRows(
	graph: Graph,
	byId: ReadonlyMap<string, GraphNode>,
	targets: ReadonlyMap<number, string>,
	indexes: readonly number[],
	subobject: string,
): FactRow[] {
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
		rows.push({
			property,
			propertyUrl: propertyUrls(graph).get(property) ?? propertyUrl(property),
			values,
			...(subobject ? { subobject } : {}),
		});
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
		rows.set(
			subject,
			[...groups].flatMap(([subobject, indexes]) => propertyRows(graph, byId, targets, indexes, subobject)),
		);
	}
	return rows;
}

/** What a property page lists of a declaration besides the type, in Semantic MediaWiki's words. */
function declarationLines(property: GraphProperty): PropertyData['declaration'] {
	const d = property.declaration;
	const lines: { label: string; values: string[] }[] = [];
	if (d.units?.length)
		lines.push({
			label: 'Corresponds to',
			values: d.units.map((u) =>
				u.prefix ? `${u.names.join(', ')} ${u.factor}` : `${u.factor} ${u.names.join(', ')}`,
			),
		});
	if (d.displayUnits?.length) lines.push({ label: 'Display units', values: [...d.displayUnits] });
	if (d.allowedValues?.length) lines.push({ label: 'Allows value', values: [...d.allowedValues] });
	if (d.formatter) lines.push({ label: 'External formatter URI', values: [d.formatter] });
	if (d.precision !== undefined) lines.push({ label: 'Display precision of', values: [String(d.precision)] });
	if (d.fields?.length) lines.push({ label: 'Has fields', values: [...d.fields] });
	return lines;
}

/**
 * One page per property, as SMW's property pages: its declared type and declaration (or that it has the default
 * type), every value it takes (linked like in the fact box) and the pages that state them, values sorted
 * alphabetically. Declared properties that no page uses have a page too.
 */
export function propertyPages(graph: Graph, byId: ReadonlyMap<string, GraphNode>): PropertyData[] {
	const targets = factTargets(graph);
	const factsByName = byProperty(
		graph.facts.map((f, i) => ({ f, i })),
		(x) => x.f.property,
	);
	const declared = new Map(graph.properties.map((p) => [propertyName(p.name), p]));
	const pages: PropertyData[] = [];
	for (const property of new Set([...factsByName.keys(), ...declared.keys()])) {
		const facts = factsByName.get(property) ?? [];
		const uses = new Map<string, { value: FactValue; pages: Map<string, NodeRef> }>();
		for (const { f, i } of facts) {
			const target = byId.get(targets.get(i) ?? '');
			const value = factValue({ ...f, display: undefined }, target);
			const key = target ? `node:${target.id}` : `text:${value.text}`;
			const use = uses.get(key) ?? { value, pages: new Map() };
			const subject = byId.get(f.subject);
			if (subject)
				use.pages.set(subject.id, {
					id: subject.id,
					title: subject.title,
					url: subject.url,
					kind: subject.kind,
					missing: subject.missing,
					namespace: subject.namespace,
				});
			uses.set(key, use);
		}
		const info = declared.get(property);
		const typeId = info?.type ?? '_wpg';
		pages.push({
			name: property,
			url: propertyUrls(graph).get(property) ?? propertyUrl(property),
			type: { id: typeId, name: DATATYPES[typeId].name },
			source: info?.source ?? 'default',
			...(info?.page ? { page: info.page } : {}),
			declaration: info ? declarationLines(info) : [],
			parents: (info?.declaration.subpropertyOf ?? []).map((name) => ({ name, url: propertyUrl(name) })),
			...(info?.redirectTo
				? {
						redirect: {
							name: info.redirectTo,
							url: propertyUrls(graph).get(info.redirectTo) ?? propertyUrl(info.redirectTo),
						},
					}
				: {}),
			count: facts.length,
			uses: [...uses.values()]
				.map((u) => ({ value: u.value, pages: [...u.pages.values()].sort((a, b) => a.title.localeCompare(b.title)) }))
				.sort((a, b) => a.value.text.localeCompare(b.value.text)),
		});
	}
	return pages.sort((a, b) => a.name.localeCompare(b.name));
}
