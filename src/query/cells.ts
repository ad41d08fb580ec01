import { valueKey } from '../datatypes/index.ts';
import { resultEntity } from './result-entity.ts';
import type { QueryStore, StoredValue } from './store.ts';
import type { Printout, PropertyRef, ResultValue } from './types.ts';
import { compareCodePoints } from '../text/index.ts';

/** A stored value as a result value (page values with their entity). */
export function resultValue(store: QueryStore, value: StoredValue, property?: string): ResultValue {
	return {
		type: value.type,
		typed: value.typed,
		written: value.written,
		...(value.target !== undefined ? { entity: resultEntity(store, value.target) } : {}),
		...(value.node ? { node: value.node } : {}),
		...(value.caption !== undefined ? { caption: value.caption } : {}),
		...(property ? { property } : {}),
	};
}

/** An entity as a page value (the subject column, categories, inverse printouts). */
function entityValue(store: QueryStore, index: number): ResultValue {
	const e = resultEntity(store, index);
	return {
		type: '_wpg',
		typed: e.subobject ? { page: e.page, fragment: e.subobject } : { page: e.page },
		written: e.fulltext,
		entity: e,
	};
}

/** The values one step of a property chain reaches from an entity: its values of `P`, or for `-P` the entities whose `P` names it. */
function step(store: QueryStore, entity: number, ref: PropertyRef): StoredValue[] {
	if (!ref.inverse) return [...(store.valuesOf(ref.name).get(entity) ?? [])];
	return store.subjectsWith(ref.name, entity).map((subject) => {
		const e = store.entities[subject]!;
		return {
			type: '_wpg',
			typed: e.subobject ? { page: e.page, fragment: e.subobject } : { page: e.page },
			written: e.key,
			target: subject,
		};
	});
}

/** Values without repeats (a value written twice is stored once, as in Semantic MediaWiki). */
function unique(values: readonly StoredValue[]): StoredValue[] {
	const seen = new Set<string>();
	return values.filter((v) => {
		const key =
			v.target !== undefined ? `entity:${v.target}` : `${v.node ?? ''}|${v.caption ?? ''}|${valueKey(v.typed)}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The values a chain of properties reaches from an entity (`?A.B.C`; one property for `?P`). */
export function chainValues(store: QueryStore, entity: number, chain: readonly PropertyRef[]): StoredValue[] {
	let at: StoredValue[] = [{ type: '_wpg', typed: { page: '' }, written: '', target: entity }];
	for (const ref of chain) at = unique(at.flatMap((v) => (v.target === undefined ? [] : step(store, v.target, ref))));
	return at;
}

/** Orders a cell's values by `+order=asc|desc` (`n-asc`/`n-desc`: natural order of the texts). */
function orderValues(store: QueryStore, values: ResultValue[], order: string): ResultValue[] {
	const o = order.trim().toLowerCase();
	if (!['asc', 'desc', 'n-asc', 'n-desc', 'ascending', 'descending', 'reverse'].includes(o)) return values;
	const natural = o.startsWith('n-');
	const direction = o === 'desc' || o === 'n-desc' || o === 'descending' || o === 'reverse' ? -1 : 1;
	const collator = natural ? new Intl.Collator('en', { numeric: true }) : undefined;
	return [...values].sort(
		(a, b) => direction * (collator ? collator.compare(a.written, b.written) : compareValues(store, a, b)),
	);
}

/** Two values of one property in Semantic MediaWiki's order: numbers and dates by value, pages by sort key, else by code point. */
export function compareValues(store: QueryStore, a: ResultValue, b: ResultValue): number {
	const na = sortNumber(a);
	const nb = sortNumber(b);
	if (na !== undefined && nb !== undefined) return na - nb;
	return compareCodePoints(sortText(a), sortText(b));
}

function sortNumber(v: ResultValue): number | undefined {
	const t = v.typed;
	if ('jd' in t) return t.jd;
	if ('number' in t && typeof t.number === 'number') return t.number;
	if ('boolean' in t) return t.boolean ? 1 : 0;
	return undefined;
}

function sortText(v: ResultValue): string {
	if (v.entity) return v.entity.sortKey;
	const t = v.typed;
	if ('text' in t) return t.text;
	if ('uri' in t) return t.uri;
	return v.written;
}

/**
 * The values of one printout for one result entity: the entity itself (`?#`), its categories (`?Category`), whether
 * it is in a category (`?Category:X`, a boolean), or the values of a property or chain (`?P`, `?-P`, `?A.B`) in
 * written order, each once; then the printout's `+order`, `+offset`, `+limit`, `+lang` and `+index` (a record field).
 */
export function cellValues(store: QueryStore, entity: number, printout: Printout): ResultValue[] {
	let values: ResultValue[];
	switch (printout.mode) {
		case 'this':
			return [entityValue(store, entity)];
		case 'categories':
			values = store
				.categories(entity)
				.map((c) => entityValue(store, store.entityFor(`Category:${c.replace(/ /gu, '_')}`)));
			break;
		case 'category-check':
			return [
				{ type: '_boo', typed: { boolean: store.categories(entity).includes(printout.category ?? '') }, written: '' },
			];
		default: {
			const chain = printout.chain ?? [];
			const last = chain.at(-1);
			const property = last && !last.inverse ? last.name : undefined;
			values = chainValues(store, entity, chain).map((v) => resultValue(store, v, property));
		}
	}
	const { order, offset, limit, lang, index } = printout.params;
	if (lang)
		values = values.filter((v) => 'lang' in v.typed && v.typed.lang.toLowerCase() === lang.trim().toLowerCase());
	if (index) values = values.flatMap((v) => recordField(store, v, index));
	if (order) values = orderValues(store, values, order);
	const from = Number.parseInt(offset ?? '', 10);
	if (Number.isFinite(from) && from > 0) values = values.slice(from);
	const count = Number.parseInt(limit ?? '', 10);
	if (Number.isFinite(count) && count >= 0) values = values.slice(0, count);
	return values;
}

/** `+index=N` (1-based) or `+index=Field name` of a record printout: that field's value. */
function recordField(store: QueryStore, value: ResultValue, index: string): ResultValue[] {
	if (!('fields' in value.typed) || !value.property) return [];
	const fields = store.property(value.property).declaration.fields ?? [];
	const n = /^\d+$/u.test(index.trim())
		? Number(index) - 1
		: fields.findIndex((f) => store.property(f).name === store.property(index).name);
	const field = value.typed.fields[n];
	const property = fields[n];
	if (!field || property === undefined) return [];
	const type = store.property(property).type;
	if ('page' in field)
		return [
			resultValue(
				store,
				{ type, typed: field, written: field.page, target: store.entityFor(field.page, field.fragment) },
				property,
			),
		];
	return [{ type, typed: field, written: '', property }];
}
