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
	const byNamespace = new Map<string, PageId[]>();
	for (const id of pageIds) {
		const namespace = namespaceOf(id);
		const list = byNamespace.get(namespace);
		if (list) list.push(id as PageId);
		else byNamespace.set(namespace, [id as PageId]);
	}
	return (namespace, name, limit = 3) => {
		const wanted = name.replace(/ /gu, '_').toLowerCase();
		const key = namespace.replace(/ /gu, '_');
		const skip = key ? key.length + 1 : 0;
		return (byNamespace.get(key) ?? [])
			.filter((id) => {
				const candidate = id.slice(skip).toLowerCase();
				return candidate === wanted || candidate.endsWith(`_${wanted}`);
			})
			.sort(compareCodeUnits)
			.slice(0, limit);
	};
}
