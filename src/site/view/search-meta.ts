import type { SearchDocument } from '../../search/index.ts';

/**
 * What Pagefind indexes of a page besides its text: metadata fields, each searched (Pagefind 1.5+ matches
 * metadata) and counted with its weight when it matches (`ranking.metaWeights`), as the MCP search boosts its
 * fields (`FIELD_BOOSTS`). Browser-safe: the search page reads the weights, the page template writes the fields.
 */
export const META_WEIGHTS = {
	/** The page title (the `<h1>`), Pagefind's own title field. */
	title: 5,
	/** The Overview's text. */
	summary: 2,
	/** Domain tags. */
	domains: 3,
	/** Property values: sources (kind and title), values that are not links, categories. */
	facts: 2,
} as const;

/** A field of {@link META_WEIGHTS} other than `title` (which the template captures from the heading). */
export type MetaField = Exclude<keyof typeof META_WEIGHTS, 'title'>;

/** A page's metadata fields for Pagefind, from its search document; empty fields are left out. */
export function searchMeta(doc: SearchDocument): Partial<Record<MetaField, string>> {
	const fields: Record<MetaField, string> = {
		summary: doc.summary,
		domains: doc.domains.join(', '),
		facts: doc.facts.replace(/\s*\n\s*/gu, '; '),
	};
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== '')) as Partial<
		Record<MetaField, string>
	>;
}

/**
 * Site path of the words of the pages, most common first (`["model","training",...]`): the search page corrects a
 * question's typos against them (Pagefind has no typo tolerance of its own).
 */
export const SEARCH_WORDS_PATH = '/search/words.json';
