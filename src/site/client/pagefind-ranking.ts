import {
	MATCH_WEIGHTS,
	partTerms,
	queryParts,
	TYPE_BOOST,
	typesNamed,
	type QueryPart,
	type Vocabulary,
} from '../../search/index.ts';
import { compareCodeUnits } from '../../text/index.ts';

/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`, Pagefind 1.5 or later) the search page uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
}

/** Filters (values of one filter OR-ed, filters AND-ed) and a sort, as Pagefind takes them. */
export interface PagefindSearchOptions {
	readonly filters?: Readonly<Record<string, { readonly any: readonly string[] }>>;
	readonly sort?: Readonly<Record<string, 'asc' | 'desc'>>;
}

/** One page Pagefind found: its score for the search, and its data (loaded on demand). */
export interface PagefindResult {
	readonly id: string;
	readonly score: number;
	data(): Promise<PagefindData>;
}

/** What Pagefind holds of a page (its fragment). */
export interface PagefindData {
	readonly url: string;
	/** The page's indexed text, words separated by whitespace. */
	readonly content: string;
	readonly meta: Readonly<Record<string, string>>;
	readonly filters: Readonly<Record<string, readonly string[]>>;
	/** Elements with an id, each at its word position in `content` (headings carry their `text`). */
	readonly anchors: readonly {
		readonly element: string;
		readonly id: string;
		readonly text?: string;
		readonly location: number;
	}[];
}

/** One Pagefind search the question is run as, and how much its matches count. */
export interface SearchUnit {
	/** What Pagefind searches for: one word, or a synonym phrase (all of its words). */
	readonly query: string;
	readonly weight: number;
	/** The question's part it stands for. */
	readonly part: QueryPart;
	/** The word typed, when `query` is the word it was corrected to. */
	readonly typo?: string;
}

/**
 * The searches a question is run as: one per typed word (stop words dropped), a word that no page holds
 * replaced by the word it probably misspells (not the last word while it may be unfinished), and one per synonym
 * phrase the words call up. Pagefind matches every word of a search, so the words are searched one by one and the
 * results merged (`rankPages`): a page need not hold every word of the question.
 * @param vocabulary the pages' words, when loaded (typos are corrected against it)
 */
export function searchUnits(query: string, vocabulary?: Vocabulary): SearchUnit[] {
	const parts = queryParts(query);
	const lastTyped = parts.filter((p) => !p.synonym).at(-1);
	const unfinished = lastTyped && /\S$/u.test(query) ? lastTyped : undefined;
	return parts.map((part): SearchUnit => {
		if (part.synonym) return { query: part.words.join(' '), weight: MATCH_WEIGHTS.synonym, part };
		const word = part.words[0]!;
		const meant =
			vocabulary && !(part === unfinished && vocabulary.completes(word)) ? vocabulary.correct(word) : undefined;
		return meant ? { query: meant, weight: MATCH_WEIGHTS.typo, part, typo: word } : { query: word, weight: 1, part };
	});
}

/** A page of the merged result list. */
export interface RankedPage {
	readonly id: string;
	readonly score: number;
	/** The searches that found it. */
	readonly units: readonly SearchUnit[];
	/** Its result in the search that counted most for it (its `data()` loads the page's fragment). */
	readonly result: PagefindResult;
}

/**
 * Ranks pages for a question on Pagefind: each search unit is one Pagefind search (BM25 over the page text, with
 * title, summary, domain and fact matches boosted through its metadata weights), and a page's score is the sum
 * of its scores in the searches that found it, each times the unit's weight (a BM25-like fusion: pages matching
 * more of the question's words, and rarer ones, first), times `TYPE_BOOST` for a page of a type the question names.
 * @param types the site's page types (the type filter's values), for questions that name one
 */
export async function rankPages(
	pagefind: Pagefind,
	units: readonly SearchUnit[],
	options: PagefindSearchOptions,
	types: readonly string[],
): Promise<RankedPage[]> {
	const named = [
		...typesNamed(
			units.map((u) => u.part),
			types,
		),
	];
	const [found, ofNamedType] = await Promise.all([
		Promise.all(units.map((unit) => pagefind.search(unit.query, options))),
		named.length > 0
			? pagefind.search(null, { ...options, filters: { ...options.filters, type: { any: named } } })
			: undefined,
	]);
	const boosted = new Set(ofNamedType?.results.map((r) => r.id));
	const pages = new Map<string, { score: number; units: SearchUnit[]; best: PagefindResult; bestScore: number }>();
	units.forEach((unit, i) => {
		for (const result of found[i]!.results) {
			const score = result.score * unit.weight;
			const page = pages.get(result.id);
			if (!page) pages.set(result.id, { score, units: [unit], best: result, bestScore: score });
			else {
				page.score += score;
				page.units.push(unit);
				if (score > page.bestScore) [page.best, page.bestScore] = [result, score];
			}
		}
	});
	return [...pages]
		.map(([id, page]) => ({
			id,
			score: page.score * (boosted.has(id) ? TYPE_BOOST : 1),
			units: page.units,
			result: page.best,
		}))
		.sort((a, b) => b.score - a.score || compareCodeUnits(a.id, b.id));
}

/** The index terms (stems) a page's excerpt marks: those of the searches that found it, corrections included. */
export function matchedTerms(units: readonly SearchUnit[]): string[] {
	return partTerms(units.map((u) => (u.typo ? { ...u.part, text: u.query } : u.part))).map((t) => t.term);
}
