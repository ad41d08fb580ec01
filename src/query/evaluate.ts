import { readConcept } from './conditions.ts';
import { likePattern } from './text.ts';
import { ordered } from './comparators.ts';
import type { QueryStore, StoredValue } from './store.ts';
import type { Condition } from './types.ts';
import { compareCodePoints } from '../text/index.ts';

/** The entities a condition matches; `all` for any entity (a condition that restricts nothing). */
type Matches = ReadonlySet<number> | 'all';

/** A test of one stored value; `undefined` accepts any value. */
type Predicate = ((value: StoredValue) => boolean) | undefined;

/**
 * Finds the entities a query condition matches, as Semantic MediaWiki's SQL query engine does: per entity (a
 * subobject is an entity of its own), categories with their subcategories, properties with their subproperties,
 * page values through redirects, concepts by their stored query (a concept that uses itself matches nothing;
 * `readQuery` reports it).
 */
export class Evaluator {
	private readonly subjects = new Map<number, StoredValue>();
	private readonly concepts: string[] = [];

	constructor(private readonly store: QueryStore) {}

	/** The matching entities, in no particular order. */
	matches(condition: Condition): ReadonlySet<number> {
		const found = this.evaluate(condition);
		return found === 'all' ? new Set(this.store.entities.map((e) => e.index)) : found;
	}

	private evaluate(condition: Condition): Matches {
		switch (condition.kind) {
			case 'thing':
			case 'value':
				return 'all';
			case 'namespace':
				return new Set(this.store.ofNamespace(condition.namespace));
			case 'class': {
				const out = new Set<number>();
				for (const category of condition.categories)
					for (const c of this.store.categoryTree(category, condition.depth))
						for (const m of this.store.membersOf(c)) out.add(m);
				return out;
			}
			case 'concept':
				return this.concept(condition);
			case 'page':
				return this.page(condition);
			case 'property':
				return this.property(condition);
			case 'and': {
				let out: Matches = 'all';
				for (const part of condition.parts) {
					const found = this.evaluate(part);
					if (found === 'all') continue;
					if (out === 'all') out = found;
					else {
						const before: ReadonlySet<number> = out;
						out = new Set([...before].filter((e) => found.has(e)));
					}
					if (out.size === 0) return out;
				}
				return out;
			}
			case 'or': {
				const out = new Set<number>();
				for (const part of condition.parts) {
					const found = this.evaluate(part);
					if (found === 'all') return 'all';
					for (const e of found) out.add(e);
				}
				return out;
			}
		}
	}

	/** `[[Foo]]`/`[[!Foo]]` by identity; `[[~Foo*]]`, `[[>Foo]]` by the entity's sort key. */
	private page(condition: Extract<Condition, { kind: 'page' }>): Matches {
		const { comparator } = condition;
		if (condition.id !== undefined) {
			const hash = condition.id.indexOf('#');
			const found =
				hash < 0
					? this.store.find(condition.id)
					: this.store.find(condition.id.slice(0, hash), condition.id.slice(hash + 1));
			if (comparator === 'eq') return new Set(found === undefined ? [] : [found]);
			return new Set(this.store.entities.flatMap((e) => (e.index === found ? [] : [e.index])));
		}
		if (condition.pattern !== undefined) {
			const pattern = likePattern(condition.pattern);
			const like = comparator === 'like';
			return new Set(this.store.entities.flatMap((e) => (pattern.test(e.sortKey) === like ? [e.index] : [])));
		}
		const key = condition.key ?? '';
		return new Set(
			this.store.entities.flatMap((e) => (ordered(comparator, compareCodePoints(e.sortKey, key)) ? [e.index] : [])),
		);
	}

	/** Entities with a value of the property (or a subproperty) that the value condition accepts; for `-P`, the values. */
	private property(condition: Extract<Condition, { kind: 'property' }>): Matches {
		const { property } = condition;
		const names = this.store.withSubproperties(property.name, condition.depth);
		const out = new Set<number>();
		if (condition.absent) {
			const having = new Set<number>();
			for (const name of names) for (const subject of this.store.valuesOf(name).keys()) having.add(subject);
			for (const e of this.store.entities) if (e.kind !== 'value' && !having.has(e.index)) out.add(e.index);
			return out;
		}
		const accepts = this.predicate(condition.value);
		for (const name of names) {
			for (const [subject, values] of this.store.valuesOf(name)) {
				if (!property.inverse) {
					if (accepts === undefined || values.some(accepts)) out.add(subject);
					continue;
				}
				if (accepts !== undefined && !accepts(this.asValue(subject))) continue;
				for (const v of values) if (v.target !== undefined) out.add(v.target);
			}
		}
		return out;
	}

	/** A value condition as a test of one stored value: a value test, `+`, a subquery (for page values), or several. */
	private predicate(condition: Condition): Predicate {
		switch (condition.kind) {
			case 'thing':
				return undefined;
			case 'value':
				return condition.test;
			case 'or': {
				const parts = condition.parts.map((p) => this.predicate(p));
				if (parts.some((p) => p === undefined)) return undefined;
				return (v) => parts.some((p) => p!(v));
			}
			default: {
				const found = this.evaluate(condition);
				if (found === 'all') return (v) => v.target !== undefined;
				return (v) => v.target !== undefined && found.has(v.target);
			}
		}
	}

	/** An entity seen as a page value (what an inverse property's condition tests). */
	private asValue(entity: number): StoredValue {
		let value = this.subjects.get(entity);
		if (!value) {
			const e = this.store.entities[entity]!;
			value = {
				type: '_wpg',
				typed: e.subobject ? { page: e.page, fragment: e.subobject } : { page: e.page },
				written: e.key,
				target: entity,
			};
			this.subjects.set(entity, value);
		}
		return value;
	}

	/** `[[Concept:C]]`: the concept's stored query; a missing concept, or one that uses itself, matches nothing. */
	private concept(condition: Extract<Condition, { kind: 'concept' }>): Matches {
		const read = readConcept(this.store, condition.concept);
		if (
			!read ||
			this.concepts.includes(condition.concept) ||
			(read.condition.kind === 'thing' && read.issues.length > 0)
		)
			return new Set();
		this.concepts.push(condition.concept);
		try {
			return this.evaluate(read.condition);
		} finally {
			this.concepts.pop();
		}
	}
}
