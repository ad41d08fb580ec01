import { WORD, wordTerms } from './analyzer.ts';

/** A run of excerpt text, marked when it is a word the search matched. */
export interface ExcerptPart {
	readonly text: string;
	readonly match: boolean;
	/** Where the text starts in the text the excerpt was taken from (a `…` mark: where the cut is). */
	readonly offset: number;
}

/**
 * Plain text of a page's Markdown, for excerpts: link targets, table pipes and rules, heading marks, emphasis and
 * code fences are left out (only what a reader reads stays).
 */
export function markdownText(markdown: string): string {
	return markdown
		.replace(/^```.*$/gmu, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
		.replace(/^\s*\|?\s*:?-{3,}.*$/gmu, ' ')
		.replace(/^#{1,6}\s+/gmu, '')
		.replace(/<br>/gu, ' ')
		.replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/gu, '$1')
		.replace(/(?:^|\s)[|*`>]+|[|*`]+(?=\s|$)/gmu, ' ')
		.replace(/[*`]+/gu, '')
		.replace(/\s+/gu, ' ')
		.trim();
}

/**
 * The passage of a text that holds the most of the matched terms (and the most matches), about `length` words
 * long, with the matching words marked; `…` where it was cut. Words are compared as the index compares them
 * (stemmed), so `training` is marked for a match on `train`.
 * @param terms the index terms a search matched (`SearchHit.terms`)
 */
export function excerpt(text: string, terms: readonly string[], length = 30): ExcerptPart[] {
	const wanted = new Set(terms);
	const words = [...text.matchAll(WORD)].map((m) => {
		// A word's trailing dot or dash is punctuation, as the tokenizer has it.
		const word = m[0].replace(/[_.\-']+$/u, '');
		return { start: m.index, end: m.index + word.length, terms: wordTerms(word).filter((t) => wanted.has(t)) };
	});
	if (words.length === 0) return [];
	let best = 0;
	let bestScore = -1;
	for (let i = 0; i < words.length; i++) {
		const window = words.slice(i, i + length);
		const distinct = new Set(window.flatMap((w) => w.terms)).size;
		const score = distinct * 100 + window.filter((w) => w.terms.length > 0).length;
		if (score > bestScore) [best, bestScore] = [i, score];
		if (i + length >= words.length) break;
	}
	// Start a little before the first match, so the passage reads as a sentence.
	const firstMatch = words.findIndex((w, k) => k >= best && w.terms.length > 0);
	const from = Math.max(0, Math.min(best, firstMatch < 0 ? best : firstMatch - 3));
	const to = Math.min(words.length, from + length);
	const parts: ExcerptPart[] = [];
	let at = words[from]!.start;
	if (from > 0) parts.push({ text: '… ', match: false, offset: at });
	for (const word of words.slice(from, to)) {
		if (word.terms.length === 0) continue;
		if (word.start > at) parts.push({ text: text.slice(at, word.start), match: false, offset: at });
		parts.push({ text: text.slice(word.start, word.end), match: true, offset: word.start });
		at = word.end;
	}
	const end = words[to - 1]!.end;
	if (end > at) parts.push({ text: text.slice(at, end), match: false, offset: at });
	if (to < words.length) parts.push({ text: ' …', match: false, offset: end });
	return parts;
}
