import { namespaceOf, type PageId } from '../load/index.ts';
import { compareCodeUnits } from '../text/index.ts';

/** The pages a missing title probably means, most likely first; at most `limit`. */
export type PageSuggester = (namespace: string, name: string, limit?: number) => PageId[];

/**
 * Suggests, for a missing title, pages of the same namespace whose name is the title's but for case, or ends
 * in `_<name>`: generated pages prefix their names, and links often leave the prefix out
 * (`Implementation:benchmark_moe` for `Implementation:vllm-project_vllm_Benchmark_moe`).
 * @param pageIds ids of every page file
 */
export function pageSuggester(pageIds: Iterable<string>): PageSuggester {
	// Each id with its name lower-cased, once: a content folder with thousands of red links asks for each of them.
	const byNamespace = new Map<string, { readonly id: PageId; readonly lower: string }[]>();
	for (const id of pageIds) {
		const namespace = namespaceOf(id);
		const skip = namespace ? namespace.length + 1 : 0;
		const entry = { id: id as PageId, lower: id.slice(skip).toLowerCase() };
		const list = byNamespace.get(namespace);
		if (list) list.push(entry);
		else byNamespace.set(namespace, [entry]);
	}
	return (namespace, name, limit = 3) => {
		const wanted = name.replace(/ /gu, '_').toLowerCase();
		const suffix = `_${wanted}`;
		return (byNamespace.get(namespace.replace(/ /gu, '_')) ?? [])
			.filter(({ lower }) => lower === wanted || lower.endsWith(suffix))
			.map(({ id }) => id)
			.sort(compareCodeUnits)
			.slice(0, limit);
	};
}
