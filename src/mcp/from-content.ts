import { pageJsonMaker, pageSummary, searchText } from '../export/index.ts';
import type { NamespaceSettings } from '../load/index.ts';
import { runPipeline } from '../pipeline/index.ts';
import { SearchIndex } from '../search/index.ts';
import type { Knowledge } from './knowledge.ts';

/**
 * Loads a knowledge base from a content folder: its pages are read and parsed through the cache (as
 * `wikikb export` does; only the cache folder is written, never the content), the search index is made on first
 * search, and each page's JSON when it is asked for.
 * @param namespaces the custom namespaces of the content folder (the config file's `namespaces`)
 */
export async function knowledgeFromContent(contentDir: string, namespaces: NamespaceSettings = []): Promise<Knowledge> {
	const result = await runPipeline({ contentDir, markdown: true, namespaces });
	const pageById = new Map(result.pages.map((p) => [p.id as string, p]));
	const pageJson = pageJsonMaker(result);
	let index: Promise<SearchIndex> | undefined;
	return {
		origin: contentDir,
		graph: result.graph,
		rules: result.rules,
		summaries: new Map(result.pages.map((p) => [p.id, pageSummary(p)])),
		// The export's index, from the cache when these page files were indexed before.
		// the promise is kept, so that two first searches arriving together load it once
		searchIndex: () =>
			(index ??= searchText(result).then((text) => SearchIndex.load((JSON.parse(text) as { index: never }).index))),
		page: async (id) => {
			const page = pageById.get(id);
			if (!page) return undefined;
			return pageJson(page, (await result.markdown.get(page.id)) ?? '');
		},
		diagnostics: async () => result.diagnostics,
	};
}
