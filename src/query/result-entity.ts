import type { QueryStore } from './store.ts';
import type { ResultEntity } from './types.ts';

const made = new WeakMap<QueryStore, Map<number, ResultEntity>>();

/**
 * An entity of the store as results show it: its full title as Semantic MediaWiki keys results (`Help:Foo bar`,
 * `Page#_abc` for a subobject), its namespace number, its link caption (the display title, else the name without
 * namespace, with `#name` for a named subobject), its address and sort key. Made once per store and entity.
 */
export function resultEntity(store: QueryStore, index: number): ResultEntity {
	let cache = made.get(store);
	if (!cache) made.set(store, (cache = new Map()));
	const known = cache.get(index);
	if (known) return known;
	const e = store.entities[index]!;
	const sub = e.subobject?.replace(/_/gu, ' ');
	const title = e.namespace ? `${e.namespace}:${e.name}` : e.name;
	const namespaceId = store.namespace(e.namespace)?.id ?? (e.namespace === '' ? 0 : undefined);
	const caption = `${e.displayTitle ?? e.name}${sub && !e.subobject!.startsWith('_') ? `#${sub}` : ''}`;
	const entity: ResultEntity = {
		fulltext: sub ? `${title}#${e.subobject!.startsWith('_') ? e.subobject : sub}` : title,
		page: e.page,
		...(e.subobject ? { subobject: e.subobject } : {}),
		namespace: e.namespace,
		...(namespaceId !== undefined ? { namespaceId } : {}),
		...(e.url ? { url: e.url } : {}),
		exists: e.exists,
		...(e.displayTitle ? { displayTitle: e.displayTitle } : {}),
		caption,
		sortKey: e.sortKey,
	};
	cache.set(index, entity);
	return entity;
}
