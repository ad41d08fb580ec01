import {
	normalizeName,
	readTitle,
	toDbKey,
	type Declaration,
	type TitleParts,
	type TypedValue,
	type TypeId,
} from '../datatypes/index.ts';
import type { Graph, GraphConcept, GraphFact, GraphNamespace, GraphNode, GraphProperty } from '../graph/index.ts';
import { foldName } from '../text/index.ts';

/** A page, subobject or page value a query can find: Semantic MediaWiki's entity. */
export interface Entity {
	readonly index: number;
	/** Graph id, with `#name` for a subobject (`Help:Foo_bar`, `Help:Foo_bar#_abc`). */
	readonly key: string;
	/** Id of the page (the subobject's page for a subobject). */
	readonly page: string;
	readonly subobject?: string;
	readonly namespace: string;
	/** Name without namespace, with spaces. */
	readonly name: string;
	/** `page` (a page file), `subobject`, or `value` (a category or page that only values and categories name). */
	readonly kind: 'page' | 'subobject' | 'value';
	readonly sortKey: string;
	readonly displayTitle?: string;
	readonly exists: boolean;
	/** Site path, when the site has a page for it. */
	readonly url?: string;
}

/** One stored value of a property on an entity: the typed value (values that do not fit their type are not stored, as in SMW). */
export interface StoredValue {
	readonly type: TypeId;
	readonly typed: TypedValue;
	/** The value as written. */
	readonly written: string;
	/** The entity a page value names. */
	readonly target?: number;
	/** The graph node the value links to when that is not its entity's page (a kapso domain or source: its tag node). */
	readonly node?: string;
	/** What it shows when that is not the value (a kapso source: its title). */
	readonly caption?: string;
}

/** A property's type and declaration as the store reads them. */
export interface StoreProperty {
	readonly name: string;
	readonly type: TypeId;
	/** Where its type comes from (`registry`: kapso's table, whose page values are edges to tag nodes). */
	readonly source: GraphProperty['source'];
	readonly declaration: Omit<Declaration, 'type'>;
}

/** The values of one property: by subject (in written order), and for page values, the subjects by target. */
interface PropertyValues {
	readonly bySubject: Map<number, StoredValue[]>;
	readonly byTarget: Map<number, number[]>;
}

/** Properties Semantic MediaWiki keeps itself: every page's subobjects, and a category page's parent categories. */
export const HAS_SUBOBJECT = 'Has subobject';
export const SUBCATEGORY_OF = 'Subcategory of';

/**
 * Everything a query reads, indexed once per graph: the entities (pages, subobjects, and the pages that values and
 * categories name), their values by property as written (typed by the property's declaration, page values through
 * redirects: not through wikikb's edge normalization), categories and their subcategories, namespaces, sort keys,
 * the properties' types and subproperties, and the concepts. Pure: built from a `Graph` (or a `graph.json`), so it
 * runs in the browser too.
 */
export class QueryStore {
	readonly entities: Entity[] = [];
	private readonly byKey = new Map<string, number>();
	private readonly values = new Map<string, PropertyValues>();
	/** Direct members (not categories themselves) by category name. */
	private readonly members = new Map<string, number[]>();
	/** Subcategories by category name. */
	private readonly subcategories = new Map<string, string[]>();
	/** Categories of an entity, in written order. */
	private readonly categoriesOf = new Map<number, string[]>();
	private readonly inNamespace = new Map<string, number[]>();
	private readonly properties = new Map<string, StoreProperty>();
	private readonly children = new Map<string, string[]>();
	private readonly propertyRedirects = new Map<string, string>();
	private readonly redirects = new Map<string, string>();
	private readonly namespaceByKey = new Map<string, GraphNamespace>();
	private readonly nodes = new Map<string, GraphNode>();
	readonly concepts = new Map<string, GraphConcept>();

	constructor(readonly graph: Graph) {
		for (const ns of namespaceTable(graph))
			for (const name of [ns.name, ...ns.aliases]) if (name) this.namespaceByKey.set(foldName(name), ns);
		for (const node of graph.nodes) {
			this.nodes.set(node.id, node);
			if (node.kind === 'redirect' && node.redirectTo) this.redirects.set(node.id, node.redirectTo);
		}
		for (const p of graph.properties) {
			this.properties.set(p.name, { name: p.name, type: p.type, source: p.source, declaration: p.declaration });
			if (p.redirectTo) this.propertyRedirects.set(p.name, p.redirectTo);
			for (const parent of p.declaration.subpropertyOf ?? []) {
				const list = this.children.get(parent);
				if (list) list.push(p.name);
				else this.children.set(parent, [p.name]);
			}
		}
		for (const c of graph.concepts ?? []) this.concepts.set(c.id, c);
		for (const node of graph.nodes) if (node.kind === 'page') this.addPage(node);
		// graph.json leaves `subobjects` out when there is none
		for (const s of graph.subobjects ?? []) {
			const parent = this.byKey.get(s.page);
			if (parent === undefined) continue;
			const sub = this.addEntity({
				key: `${s.page}#${s.name}`,
				page: s.page,
				subobject: s.name,
				namespace: this.entities[parent]!.namespace,
				name: this.entities[parent]!.name,
				kind: 'subobject',
				sortKey: `${this.entities[parent]!.sortKey}#${(s.sortKey ?? s.name).replace(/_/gu, ' ')}`,
				exists: true,
				url: `${this.entities[parent]!.url ?? ''}#${s.name}`,
			});
			this.addValue(HAS_SUBOBJECT, parent, {
				type: '_wpg',
				typed: { page: s.page, fragment: s.name },
				written: `${s.page}#${s.name}`,
				target: sub,
			});
			for (const category of s.categories) this.addMember(category, sub);
		}
		this.addCategories();
		graph.facts.forEach((fact) => this.addFact(fact));
	}

	/** The graph node of an id (a tag node that values link to, such as `Domain:llms`), if the graph has it. */
	node(id: string): GraphNode | undefined {
		return this.nodes.get(id);
	}

	/** The entity of a key, if the store has it. */
	entity(key: string): Entity | undefined {
		const i = this.byKey.get(key);
		return i === undefined ? undefined : this.entities[i];
	}

	/** Index of the entity a page id (and fragment) names, through redirects; undefined when the store has none. */
	find(id: string, fragment?: string): number | undefined {
		const page = this.resolve(id);
		return this.byKey.get(fragment ? `${page}#${toDbKey(fragment)}` : page);
	}

	/** Where links to an id lead: the end of its redirects. */
	resolve(id: string): string {
		let at = id;
		for (let hop = 0; hop < 10 && this.redirects.has(at); hop++) at = this.redirects.get(at)!;
		return at;
	}

	/** Reads a title as the build read titles (same namespaces); undefined for text that cannot be a title. */
	readTitle(text: string): TitleParts | undefined {
		return readTitle(text, (prefix) => this.namespace(prefix)?.name);
	}

	/** The namespace a name or alias names (`help`, `Image`), if any. */
	namespace(name: string): GraphNamespace | undefined {
		return this.namespaceByKey.get(foldName(name));
	}

	/** A property by name as written (`has_number`, `Property:Has number`), through `Property:` redirects. */
	property(written: string): StoreProperty {
		let name = propertyName(written);
		for (let hop = 0; hop < 5 && this.propertyRedirects.has(name); hop++) name = this.propertyRedirects.get(name)!;
		// an undeclared property is Page, Semantic MediaWiki's default (`Has subobject` and `Subcategory of` are Page too)
		return this.properties.get(name) ?? { name, type: '_wpg', source: 'default', declaration: {} };
	}

	/** A property and its subproperties, down to `depth` levels (Semantic MediaWiki's `smwgQSubpropertyDepth` is 10). */
	withSubproperties(name: string, depth = 10): string[] {
		return descendants(name, (p) => this.children.get(p), depth);
	}

	/** The values of a property by subject. */
	valuesOf(property: string): ReadonlyMap<number, readonly StoredValue[]> {
		return this.values.get(property)?.bySubject ?? EMPTY_MAP;
	}

	/** The subjects whose page values of a property name an entity. */
	subjectsWith(property: string, target: number): readonly number[] {
		return this.values.get(property)?.byTarget.get(target) ?? [];
	}

	/** A category and its subcategories down to `depth` levels (Semantic MediaWiki's `smwgQSubcategoryDepth` is 10). */
	categoryTree(name: string, depth = 10): string[] {
		return descendants(this.categoryName(name), (c) => this.subcategories.get(c), depth);
	}

	/** A category name as stored, through category redirects. */
	categoryName(name: string): string {
		const id = this.resolve(`Category:${toDbKey(normalizeName(name))}`);
		return id.startsWith('Category:') ? id.slice('Category:'.length).replace(/_/gu, ' ') : normalizeName(name);
	}

	/** The direct members of a category. */
	membersOf(category: string): readonly number[] {
		return this.members.get(category) ?? [];
	}

	/** The categories of an entity (as category names). */
	categories(entity: number): readonly string[] {
		return this.categoriesOf.get(entity) ?? [];
	}

	/** Entities in a namespace. */
	ofNamespace(namespace: string): readonly number[] {
		return this.inNamespace.get(namespace) ?? [];
	}

	/** The entity of a page id, made when only a value or a category names it (the site's node gives its address). */
	entityFor(id: string, fragment?: string): number {
		const page = this.resolve(id);
		const key = fragment ? `${page}#${toDbKey(fragment)}` : page;
		const known = this.byKey.get(key);
		if (known !== undefined) return known;
		const node = this.nodes.get(page);
		const colon = page.indexOf(':');
		const namespace =
			node?.namespace ??
			(colon > 0 && this.namespace(page.slice(0, colon).replace(/_/gu, ' '))
				? this.namespace(page.slice(0, colon).replace(/_/gu, ' '))!.name
				: '');
		const name = node?.name ?? (namespace ? page.slice(page.indexOf(':') + 1) : page).replace(/_/gu, ' ');
		const url = node?.url ? (fragment ? `${node.url}#${toDbKey(fragment)}` : node.url) : undefined;
		return this.addEntity({
			key,
			page,
			...(fragment ? { subobject: toDbKey(fragment) } : {}),
			namespace,
			name,
			kind: 'value',
			sortKey: fragment ? `${name}#${fragment}` : name,
			exists: node !== undefined && !node.missing,
			...(url ? { url } : {}),
		});
	}

	private addPage(node: GraphNode): void {
		const sortKey = (node.defaultSort ?? node.displayTitle ?? node.name).replace(/_/gu, ' ');
		this.addEntity({
			key: node.id,
			page: node.id,
			namespace: node.namespace,
			name: node.name,
			kind: 'page',
			sortKey,
			...(node.displayTitle ? { displayTitle: node.displayTitle } : {}),
			exists: true,
			url: node.url,
		});
	}

	private addEntity(entity: Omit<Entity, 'index'>): number {
		const index = this.entities.length;
		this.entities.push({ ...entity, index });
		this.byKey.set(entity.key, index);
		const list = this.inNamespace.get(entity.namespace);
		if (list) list.push(index);
		else this.inNamespace.set(entity.namespace, [index]);
		return index;
	}

	/** Categories of pages: members for other pages; for a category page, its parent categories (`Subcategory of`). */
	private addCategories(): void {
		for (const node of this.graph.nodes) {
			if (node.kind !== 'page') continue;
			const entity = this.byKey.get(node.id)!;
			for (const written of node.categories) {
				const category = this.categoryName(written);
				if (node.namespace === 'Category') {
					const own = node.name;
					const siblings = this.subcategories.get(category);
					if (!siblings) this.subcategories.set(category, [own]);
					else if (!siblings.includes(own)) siblings.push(own);
					const parent = this.entityFor(`Category:${toDbKey(category)}`);
					this.addValue(SUBCATEGORY_OF, entity, {
						type: '_wpg',
						typed: { page: this.entities[parent]!.key },
						written: category,
						target: parent,
					});
				} else this.addMember(category, entity);
			}
		}
	}

	private addMember(written: string, entity: number): void {
		const category = this.categoryName(written);
		this.entityFor(`Category:${toDbKey(category)}`);
		const members = this.members.get(category);
		if (members) {
			if (!members.includes(entity)) members.push(entity);
		} else this.members.set(category, [entity]);
		const list = this.categoriesOf.get(entity);
		if (list) list.push(category);
		else this.categoriesOf.set(entity, [category]);
	}

	/** Stores one fact under its property (through property redirects), as Semantic MediaWiki stores the annotation. */
	private addFact(fact: GraphFact): void {
		if (!fact.typed) return;
		const subject = this.byKey.get(fact.subobject ? `${fact.subject}#${fact.subobject}` : fact.subject);
		if (subject === undefined) return;
		const property = this.property(fact.property);
		this.addValue(property.name, subject, this.storedValue(fact, fact.typed));
	}

	/**
	 * A fact's value as stored: a page value names its entity. Where wikikb's registry made a value name another node
	 * than its title (a kapso domain `LLMs` is the tag node `Domain:llms`), the value is the page as written, linked to
	 * that node; a kapso source (`Type|Title|URL`, which is no title) is its text, shown as the source's title.
	 */
	private storedValue(fact: GraphFact, typed: TypedValue): StoredValue {
		const base = { type: fact.type, written: fact.value };
		if (!('page' in typed)) return { ...base, typed };
		const node = this.property(fact.property).source === 'registry' ? this.nodes.get(typed.page) : undefined;
		if (node) {
			const title = this.readTitle(fact.value.trim());
			if (!title)
				return { type: '_txt', typed: { text: fact.value }, written: fact.value, node: node.id, caption: node.title };
			const page = this.resolve(title.id);
			if (page !== typed.page) return { ...base, typed: { page }, target: this.entityFor(page), node: node.id };
		}
		return { ...base, typed, target: this.entityFor(typed.page, typed.fragment) };
	}

	private addValue(property: string, subject: number, value: StoredValue): void {
		let values = this.values.get(property);
		if (!values) this.values.set(property, (values = { bySubject: new Map(), byTarget: new Map() }));
		const list = values.bySubject.get(subject);
		if (list) list.push(value);
		else values.bySubject.set(subject, [value]);
		if (value.target !== undefined) {
			const subjects = values.byTarget.get(value.target);
			if (!subjects) values.byTarget.set(value.target, [subject]);
			else if (subjects.at(-1) !== subject) subjects.push(subject);
		}
	}
}

const EMPTY_MAP: ReadonlyMap<number, readonly StoredValue[]> = new Map();

/** A namespace name as looked up: `_` as space, case-insensitive. */

/**
 * A property name as Semantic MediaWiki normalizes it: without a `Property:` prefix, `_` as space, first letter capitalised.
 * @example propertyName('property:has_number') // 'Has number'
 */
export function propertyName(written: string): string {
	return normalizeName(written.trim().replace(/^property\s*:/iu, ''));
}

/** The graph's namespaces; for a graph from an export before 1.3.0, the namespaces its nodes are in (numbers unknown: -1000 and down). */
function namespaceTable(graph: Graph): readonly GraphNamespace[] {
	if (graph.namespaces && graph.namespaces.length > 0) return graph.namespaces;
	const names = [...new Set(graph.nodes.map((n) => n.namespace))].sort();
	return names.map((name, i) => ({ id: name === '' ? 0 : -1000 - i, name, aliases: [] }));
}

/** `root`, then what `next` leads to from it level by level, down to `depth` levels, each name once. */
function descendants(root: string, next: (name: string) => readonly string[] | undefined, depth: number): string[] {
	const out = [root];
	const seen = new Set(out);
	let level = [root];
	for (let d = 0; d < depth && level.length > 0; d++) {
		level = level.flatMap((n) => next(n) ?? []).filter((n) => !seen.has(n));
		for (const n of level) seen.add(n);
		out.push(...level);
	}
	return out;
}

const stores = new WeakMap<Graph, QueryStore>();

/**
 * The query store of a graph, built once per graph object (later calls with the same graph reuse it).
 * @example queryStore(graph).entity('Help:Foo')
 */
export function queryStore(graph: Graph): QueryStore {
	let store = stores.get(graph);
	if (!store) stores.set(graph, (store = new QueryStore(graph)));
	return store;
}
