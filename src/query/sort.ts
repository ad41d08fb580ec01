import { chainValues, compareValues, resultValue } from './cells.ts';
import type { QueryStore } from './store.ts';
import type { PropertyRef, QueryParams, ResultValue } from './types.ts';
import { compareCodePoints } from '../text/index.ts';

/** One sort key with its direction: the subject (`''`), categories, or a property chain. */
interface SortKey {
	readonly by: 'subject' | 'categories' | 'property';
	readonly chain?: readonly PropertyRef[];
	readonly order: QueryParams['order'][number];
}

/**
 * Pairs `sort` with `order` as Semantic MediaWiki's `QueryCreator` does: positionally, ascending when an order is
 * missing; an order more than there are sort keys sorts the subject, when the subject is not a key already
 * (`|order=desc` alone sorts subjects descending).
 */
function sortKeys(store: QueryStore, params: QueryParams): SortKey[] {
	const keys: SortKey[] = params.sort.map((written, i) => {
		const order = params.order[i] ?? 'asc';
		const name = written.trim();
		if (name === '' || name === '#') return { by: 'subject', order };
		if (/^categor(y|ies)$/iu.test(name)) return { by: 'categories', order };
		const chain = name.split('.').map((part) => {
			const p = part.trim();
			const inverse = p.startsWith('-');
			return { name: store.property(inverse ? p.slice(1) : p).name, inverse };
		});
		return { by: 'property', chain, order };
	});
	const extra = params.order[params.sort.length];
	if (extra !== undefined && !keys.some((k) => k.by === 'subject')) keys.push({ by: 'subject', order: extra });
	return keys;
}

/**
 * A 32-bit FNV-1a hash: `order=random` shuffles by the hash of each result with a seed, so the same query on the
 * same pages gives the same order in every build (a static page must not change when nothing changed).
 */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/**
 * Orders the results of a query as Semantic MediaWiki's query engine does: by each sort key in turn (the subject's
 * sort key by code point, a property's values by type: numbers and dates by value, pages by sort key, text by
 * code point), a property key dropping the results that have no value of it (`sort=P` adds `[[P::+]]`); a result
 * with several values sorts by its smallest (ascending) or largest (descending). `order=random` is seeded
 * (deterministic), `order=none` keeps the store's order. Ties go by subject sort key, then title.
 * @param seed text `order=random` shuffles with (the query itself)
 */
export function orderResults(store: QueryStore, found: Iterable<number>, params: QueryParams, seed: string): number[] {
	const keys = sortKeys(store, params);
	let results = [...found].sort((a, b) => a - b);
	if (keys.some((k) => k.order === 'none')) return results;
	const values = new Map<SortKey, Map<number, ResultValue>>();
	for (const key of keys) {
		if (key.by === 'subject') continue;
		const best = new Map<number, ResultValue>();
		for (const entity of results) {
			const candidates: ResultValue[] =
				key.by === 'categories'
					? store.categories(entity).map((c) =>
							resultValue(store, {
								type: '_wpg',
								typed: { page: `Category:${c}` },
								written: c,
								target: store.entityFor(`Category:${c.replace(/ /gu, '_')}`),
							}),
						)
					: chainValues(store, entity, key.chain ?? []).map((v) => resultValue(store, v));
			if (candidates.length === 0) continue;
			const direction = key.order === 'desc' ? -1 : 1;
			best.set(
				entity,
				candidates.reduce((a, b) => (direction * compareValues(store, b, a) < 0 ? b : a)),
			);
		}
		values.set(key, best);
		if (key.by === 'property') results = results.filter((e) => best.has(e));
	}
	const subjectOrder = (a: number, b: number) =>
		compareCodePoints(store.entities[a]!.sortKey, store.entities[b]!.sortKey) ||
		compareCodePoints(store.entities[a]!.key, store.entities[b]!.key);
	return results.sort((a, b) => {
		for (const key of keys) {
			let c: number;
			if (key.order === 'random')
				c = hash(`${seed}\0${store.entities[a]!.key}`) - hash(`${seed}\0${store.entities[b]!.key}`);
			else if (key.by === 'subject') c = subjectOrder(a, b);
			else {
				const va = values.get(key)?.get(a);
				const vb = values.get(key)?.get(b);
				c = va && vb ? compareValues(store, va, vb) : va ? 1 : vb ? -1 : 0;
			}
			if (c !== 0) return key.order === 'desc' ? -c : c;
		}
		return subjectOrder(a, b);
	});
}
