/** One page as the search indexes it. Plain data, built on the server, never sent whole to the browser. */
export interface SearchDocument {
	/** Page id, e.g. `Heuristic:Learning_Rate_Tuning`. */
	readonly id: string;
	/** Display title. */
	readonly title: string;
	/** Page type (namespace), e.g. `Heuristic`. */
	readonly type: string;
	/** Site path of the page, e.g. `/heuristic/Learning_Rate_Tuning/`. */
	readonly url: string;
	/** Domain tags, display form. */
	readonly domains: readonly string[];
	/** The page's name as written in its file name, words split (`Huggingface peft LoRA Rank Selection`). */
	readonly name: string;
	/** Plain-text summary (the Overview). */
	readonly summary: string;
	/** Section headings, joined. */
	readonly headings: string;
	/** Property values other than domains: source titles and kinds, other properties' values. */
	readonly facts: string;
	/** Plain text of the whole page, code included. */
	readonly text: string;
}

/** What the index keeps of a page to show it in a result list. */
export interface StoredPage {
	readonly title: string;
	readonly type: string;
	readonly url: string;
	readonly domains: readonly string[];
}

/** Narrows a search: values of one filter are OR-ed, filters AND-ed; compared without case. */
export interface SearchFilters {
	/** Page types, e.g. `['Heuristic', 'Workflow']`. */
	readonly type?: readonly string[];
	/** Domain tags, e.g. `['Fine Tuning']` (`Fine_Tuning` is the same). */
	readonly domain?: readonly string[];
	/** Further test on a page id (the MCP server's property filters). */
	readonly allow?: (id: string) => boolean;
}

/** Options of one search. */
export interface SearchOptions {
	readonly filters?: SearchFilters;
	/** At most this many results (default 10). */
	readonly limit?: number;
}

/** One ranked result. */
export interface SearchHit extends StoredPage {
	readonly id: string;
	/** Relevance: higher is better; only comparable within one search. */
	readonly score: number;
	/** Query terms (stemmed) this page matched, for excerpts and highlighting. */
	readonly terms: readonly string[];
}
