import { nodeById, overviewText, type Graph } from '../graph/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import type { SearchDocument } from '../search/index.ts';

/** What the search documents are made of: a run's parsed pages and their graph. */
export interface SearchSource {
	readonly pages: readonly ParsedPage[];
	readonly graph: Graph;
}

/** Properties whose values are already indexed elsewhere (domains), or are no words (dates, URLs). */
const NOT_WORDS = /^(?:domain|last_updated|github_url)$/iu;

const made = new WeakMap<SearchSource, readonly SearchDocument[]>();

/**
 * One search document per page: title, name, domains, summary, headings, property values (sources by kind and
 * title, values that are not links to pages) and the whole plain text, code included. Made once per run: a site
 * build asks for them for the export's index, the search page's words and each page's Pagefind record.
 */
export function searchDocuments(source: SearchSource): readonly SearchDocument[] {
	let documents = made.get(source);
	if (!documents) made.set(source, (documents = documentsOf(source)));
	return documents;
}

function documentsOf(source: SearchSource): SearchDocument[] {
	return source.pages.map((page) => {
		const node = nodeById(source.graph, page.id);
		const facts = [
			...(node?.sources ?? []).map((s) => `${s.type} ${s.title}`),
			...page.facts
				.filter(
					(f) =>
						!NOT_WORDS.test(f.property.replace(/ /gu, '_')) &&
						!/^source$/iu.test(f.property) &&
						!/^[\p{L} ]+:[^\s]/u.test(f.value),
				)
				.map((f) => f.display ?? f.value),
			...page.categories,
		];
		return {
			id: page.id,
			title: page.title,
			type: page.namespace,
			url: node?.url ?? '',
			domains: node?.domains ?? [],
			name: page.name,
			summary: overviewText(page.prose),
			headings: flatHeadings(page.sections).join(' \n'),
			facts: facts.join(' \n'),
			text: `${page.plainText}\n${page.code.map((c) => c.code).join('\n')}`,
		};
	});
}

function flatHeadings(sections: ParsedPage['sections']): string[] {
	return sections.flatMap((s) => [s.title, ...flatHeadings(s.children)]);
}
