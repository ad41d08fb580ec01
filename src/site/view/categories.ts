import type { Graph, GraphNode } from '../../graph/index.ts';
import { compareCodePoints, compareCodeUnits, groupBy } from '../../text/index.ts';

/** The members of one category as MediaWiki lists them on its page: subcategories, then pages, each sorted. */
export interface CategoryMembers {
	readonly subcategories: readonly string[];
	readonly pages: readonly string[];
}

/**
 * A member's sort key in a category, as MediaWiki's default `uppercase` collation makes it: the sort key prefix
 * (`[[Category:X|prefix]]`, else `{{DEFAULTSORT:}}`) and a newline before the title without namespace when there is
 * one, else that title; all upper-cased.
 * @example categorySortKey({ name: 'Apple', categorySortKeys: { Fruit: 'zz' } }, 'Fruit') // 'ZZ\nAPPLE'
 */
export function categorySortKey(
	member: Pick<GraphNode, 'name' | 'defaultSort' | 'categorySortKeys'>,
	category: string,
): string {
	const prefix = member.categorySortKeys?.[category] ?? member.defaultSort;
	return (prefix ? `${prefix}\n${member.name}` : member.name).toUpperCase();
}

/**
 * The members of every category, by category id: pages in it (`category` edges) split into subcategories (pages of
 * the Category namespace) and other pages, each sorted by {@link categorySortKey}, ties by id (MediaWiki: by page id).
 */
export function categoryMembers(graph: Graph, byId: ReadonlyMap<string, GraphNode>): Map<string, CategoryMembers> {
	const memberships = graph.edges.flatMap((edge) => {
		const member = edge.relation === 'category' ? byId.get(edge.from) : undefined;
		return member ? [{ category: edge.to as string, member }] : [];
	});
	const out = new Map<string, CategoryMembers>();
	for (const [id, inCategory] of groupBy(memberships, (m) => m.category)) {
		const members = inCategory.map((m) => m.member);
		const name = byId.get(id)?.name ?? id.slice(id.indexOf(':') + 1);
		// MediaWiki compares collated sort keys as binary strings: UTF-8 bytes, which order as code points do
		const sorted = [...members].sort(
			(a, b) => compareCodePoints(categorySortKey(a, name), categorySortKey(b, name)) || compareCodeUnits(a.id, b.id),
		);
		out.set(id, {
			subcategories: sorted.filter((m) => m.namespace === 'Category').map((m) => m.id),
			pages: sorted.filter((m) => m.namespace !== 'Category').map((m) => m.id),
		});
	}
	return out;
}
