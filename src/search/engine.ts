import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { indexTerms, partTerms, queryParts, tokenize } from './analyzer.ts';
import { FIELD_BOOSTS, serializedIndex, STORED_FIELDS, stringifyField } from './serialized-index.ts';
import { typesNamed } from './type-words.ts';
import type { SearchDocument, SearchFilters, SearchHit, SearchOptions, StoredPage } from './types.ts';
import { MATCH_WEIGHTS, TYPE_BOOST, TYPO } from './weights.ts';
import { foldName } from '../text/index.ts';

/** MiniSearch's options: the same on the server that builds the index and in the browser that loads it. */
export const MINISEARCH_OPTIONS: Options<SearchDocument> = {
	idField: 'id',
	fields: Object.keys(FIELD_BOOSTS),
	storeFields: [...STORED_FIELDS],
	tokenize: (text) => tokenize(text),
	processTerm: (term) => indexTerms(term),
	// Stored fields keep their type (domains stay a list); only the indexed text is joined.
	stringifyField,
};

// A synonym counts less than a word the reader typed; a near miss (typo) and a prefix less than an exact match.
const WEIGHTS = { fuzzy: MATCH_WEIGHTS.typo, prefix: MATCH_WEIGHTS.prefix };

/** A built or loaded search index over the pages of one knowledge base. */
export class SearchIndex {
	/** Every indexed term (made on first search): a query word among them is taken as written, any other may be a typo. */
	private terms: ReadonlySet<string> | undefined;
	/** The page types of the indexed pages (made on first search). */
	private types: readonly string[] | undefined;

	private constructor(
		private readonly engine: MiniSearch<SearchDocument>,
		json?: AsPlainObject,
	) {
		if (json) this.terms = termsOf(json);
	}

	/** Indexes pages (sorted by id first, so the same pages give the same serialized index). */
	static build(documents: readonly SearchDocument[]): SearchIndex {
		return SearchIndex.load(serializedIndex(documents));
	}

	/** Loads an index written by `toJSON` (the export's `api/search.json`). */
	static load(json: AsPlainObject): SearchIndex {
		return new SearchIndex(MiniSearch.loadJS<SearchDocument>(json, MINISEARCH_OPTIONS), json);
	}

	private get vocabulary(): ReadonlySet<string> {
		this.terms ??= termsOf(this.engine.toJSON());
		return this.terms;
	}

	/** The index as plain data, for `load`. */
	toJSON(): AsPlainObject {
		return this.engine.toJSON();
	}

	/** Number of indexed pages. */
	get size(): number {
		return this.engine.documentCount;
	}

	/**
	 * How many pages have each type and each domain, for filter lists. Domains written in different cases or with
	 * `_` for spaces are one value, shown as first written.
	 */
	facets(): { readonly type: ReadonlyMap<string, number>; readonly domain: ReadonlyMap<string, number> } {
		const type = new Map<string, number>();
		const domain = new Map<string, number>();
		const label = new Map<string, string>();
		for (const result of this.engine.search(MiniSearch.wildcard)) {
			const stored = result as unknown as StoredPage;
			type.set(stored.type, (type.get(stored.type) ?? 0) + 1);
			for (const d of new Set(stored.domains.map(foldName))) {
				if (!label.has(d))
					label.set(
						d,
						stored.domains.find((x) => foldName(x) === d)!,
					);
				domain.set(label.get(d)!, (domain.get(label.get(d)!) ?? 0) + 1);
			}
		}
		return { type, domain };
	}

	/**
	 * Ranked pages for a question as people type it: any word may match (pages matching more, rarer words rank
	 * first), stop words are ignored, words are stemmed, synonyms are added (`LR` -> learning rate), a word with a
	 * typo matches the nearest indexed word, and matches in the title, name, domains, headings and summary count
	 * more than in the text. An empty query lists the pages the filters keep, by title.
	 */
	search(query: string, options: SearchOptions = {}): SearchHit[] {
		const limit = options.limit ?? 10;
		const keep = filterOf(options.filters);
		const parts = queryParts(query);
		const terms = partTerms(parts);
		if (terms.length === 0) {
			if (!options.filters) return [];
			const all = this.engine.search(MiniSearch.wildcard, { filter: keep });
			return all
				.map((r) => hitOf(r, 0))
				.sort((a, b) => a.title.localeCompare(b.title))
				.slice(0, limit);
		}
		const synonyms = new Set(terms.filter((t) => t.synonym).map((t) => t.term));
		// The last word typed may be unfinished (search as you type): it also matches longer words.
		const last = terms.filter((t) => !t.synonym).at(-1)?.term;
		this.types ??= [...this.facets().type.keys()];
		const types = typesNamed(parts, this.types);
		const results = this.engine.search(terms.map((t) => t.term).join(' '), {
			tokenize: (text) => text.split(' '),
			processTerm: (term) => term,
			combineWith: 'OR',
			boost: FIELD_BOOSTS,
			boostTerm: (term) => (synonyms.has(term) ? MATCH_WEIGHTS.synonym : 1),
			boostDocument: (_id, _term, stored) => (types.size > 0 && types.has(String(stored?.type)) ? TYPE_BOOST : 1),
			fuzzy: (term) =>
				term.length >= TYPO.minLength && !/\d/u.test(term) && !this.vocabulary.has(term) ? TYPO.perLetter : false,
			maxFuzzy: TYPO.max,
			prefix: (term) => term === last && term.length >= 4 && !/\d/u.test(term),
			weights: WEIGHTS,
			filter: keep,
		});
		return results.slice(0, limit).map((r) => hitOf(r, r.score));
	}
}

function termsOf(json: AsPlainObject): Set<string> {
	return new Set(json.index.map(([term]) => term));
}

function hitOf(result: SearchResult, score: number): SearchHit {
	const stored = result as unknown as StoredPage;
	return {
		id: String(result.id),
		title: stored.title,
		type: stored.type,
		url: stored.url,
		domains: stored.domains,
		score,
		terms: result.terms ?? [],
	};
}

function filterOf(filters: SearchFilters | undefined): ((result: SearchResult) => boolean) | undefined {
	if (!filters) return undefined;
	const types = filters.type?.length ? new Set(filters.type.map(foldName)) : undefined;
	const domains = filters.domain?.length ? new Set(filters.domain.map(foldName)) : undefined;
	const allow = filters.allow;
	if (!types && !domains && !allow) return undefined;
	return (result) => {
		const stored = result as unknown as StoredPage;
		if (types && !types.has(foldName(stored.type))) return false;
		if (domains && !stored.domains.some((d) => domains.has(foldName(d)))) return false;
		return allow ? allow(String(result.id)) : true;
	};
}
