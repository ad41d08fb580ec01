import { distance } from 'fastest-levenshtein';
import { tokenize } from './analyzer.ts';
import type { SearchDocument } from './types.ts';
import { TYPO } from './weights.ts';
import { compareCodeUnits } from '../text/index.ts';

/** Words worth correcting and correcting to: letters only, at least this long (shorter words are too often right). */
const WORD = /^\p{L}{4,}$/u;

/**
 * How many edits a typed word may be from the word it meant: 1 up to 5 letters, 2 from 6 (MiniSearch's
 * `fuzzy: 0.25` rounded, with `maxFuzzy: 2`, so both searches forgive the same typos).
 */
export function typoDistance(word: string): number {
	return Math.min(TYPO.max, Math.round(word.length * TYPO.perLetter));
}

/**
 * The words of a knowledge base's pages, most common first, to correct a question's typos against (the site's
 * search: Pagefind has no typo tolerance). Browser-safe.
 */
export class Vocabulary {
	private readonly rank: ReadonlyMap<string, number>;
	private readonly byLength = new Map<number, string[]>();
	private readonly sorted: readonly string[];

	/** @param words lower-case words, most common first (as `vocabularyOf` lists them) */
	constructor(words: readonly string[]) {
		this.rank = new Map(words.map((w, i) => [w, i]));
		this.sorted = [...words].sort();
		for (const word of words) {
			const list = this.byLength.get(word.length);
			if (list) list.push(word);
			else this.byLength.set(word.length, [word]);
		}
	}

	/** Whether a page holds this word (lower case). */
	has(word: string): boolean {
		return this.rank.has(word);
	}

	/** Whether a page holds a word that starts with this one (an unfinished word, typed as the reader searches). */
	completes(prefix: string): boolean {
		let low = 0;
		let high = this.sorted.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (this.sorted[mid]! < prefix) low = mid + 1;
			else high = mid;
		}
		return this.sorted[low]?.startsWith(prefix) ?? false;
	}

	/**
	 * The word a typed word probably meant: for a word of 5 letters or more that no page holds, the nearest word
	 * pages hold (see `typoDistance`), the most common of equally near ones; otherwise undefined.
	 * @example vocabulary.correct('trainig') // 'training'
	 */
	correct(word: string): string | undefined {
		if (word.length < TYPO.minLength || !WORD.test(word) || this.rank.has(word)) return undefined;
		const most = typoDistance(word);
		let best: string | undefined;
		let bestDistance = most + 1;
		for (let length = word.length - most; length <= word.length + most; length++) {
			for (const candidate of this.byLength.get(length) ?? []) {
				const d = distance(word, candidate);
				if (d < bestDistance || (d === bestDistance && this.rank.get(candidate)! < this.rank.get(best!)!))
					[best, bestDistance] = [candidate, d];
			}
		}
		return best;
	}
}

/**
 * The words of the pages for a `Vocabulary`: lower-case words of letters only, 4 letters or more, from every
 * indexed field, ordered by how many pages hold them (then alphabetically, so the list is deterministic).
 */
export function vocabularyOf(documents: readonly SearchDocument[]): string[] {
	const pages = new Map<string, number>();
	for (const doc of documents) {
		const words = new Set<string>();
		for (const field of [doc.title, doc.name, doc.domains.join(' '), doc.headings, doc.summary, doc.facts, doc.text]) {
			for (const token of tokenize(field)) {
				const word = token.toLowerCase();
				if (WORD.test(word)) words.add(word);
			}
		}
		for (const word of words) pages.set(word, (pages.get(word) ?? 0) + 1);
	}
	return [...pages].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([word]) => word);
}
