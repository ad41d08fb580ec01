import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stop-words.ts';
import { SYNONYMS } from './synonyms.ts';

/** A word: letters, digits and the joiners of identifiers and numbers (`lora_alpha`, `fine-tuning`, `2e-4`, `v0.6`). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}_.\-']*/gu;
const JOINERS = /[_.\-']+/u;
// Splits camelCase and acronym runs: `LLMChain` -> `LLM`, `Chain`; `OutputFixingParser` -> three words.
const CAMEL = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+\p{L}*|\p{L}+/gu;

/**
 * Splits text into words as written (case kept, joiners kept inside a word, trailing punctuation dropped).
 * @example tokenize('Set lora_alpha=16, e.g. 2e-4.') // ['Set', 'lora_alpha', '16', 'e.g', '2e-4']
 */
export function tokenize(text: string): string[] {
	return (text.match(WORD) ?? []).map((w) => w.replace(/[_.\-']+$/u, ''));
}

/**
 * The words of a camelCase identifier (`LLMChain` -> `LLM`, `Chain`), or the part whole when it is a name
 * written in mixed case (`LoRA`, `QLoRA`, `vLLM`, `PyTorch`): a capitalized word shorter than three letters or a
 * single letter means it is not camelCase.
 */
function camelParts(part: string): string[] {
	const words = part.match(CAMEL) ?? [];
	if (words.length < 2) return [part];
	const real = words.every(
		(w) => (/^\p{Lu}+$/u.test(w) ? w.length >= 2 : /^\p{N}/u.test(w) || w.length >= 3) && !/^\p{Ll}{1,2}$/u.test(w),
	);
	return real ? words : [part];
}

/** A word as the index compares it: lower case, apostrophes dropped (`don't` = `dont`), then stemmed. */
function normalize(word: string): string {
	return word.toLowerCase().replace(/'/gu, '');
}

/** Porter stem of a lower-case word; numbers and short words stay as they are. */
function stem(word: string): string {
	return word.length > 3 && /^\p{L}+$/u.test(word) ? stemmer(word) : word;
}

/**
 * The index terms of one written word: the whole word, and when it is an identifier or a compound, its parts
 * and a hyphenated word also written solid (`fine-tuning` -> `fine-tuning`, `fine`, `tune`, `finetun`;
 * `LLMChain` -> `llmchain`, `llm`, `chain`), each stemmed; stop words give nothing.
 * @example wordTerms('lora_alpha') // ['lora_alpha', 'lora', 'alpha']
 */
export function wordTerms(word: string): string[] {
	let terms = memo.get(word);
	if (!terms) {
		terms = termsOf(word);
		// Words repeat: a page's text has a few thousand distinct words among tens of thousands.
		if (memo.size >= MEMO_SIZE) memo.clear();
		memo.set(word, terms);
	}
	return terms;
}

const MEMO_SIZE = 50_000;
const memo = new Map<string, string[]>();

function termsOf(word: string): string[] {
	const whole = normalize(word);
	if (whole === '' || STOP_WORDS.has(whole)) return [];
	const parts = word
		.split(JOINERS)
		.flatMap(camelParts)
		.map(normalize)
		.filter((part) => part.length > 1);
	const terms = [stem(whole)];
	if (parts.length > 1) {
		for (const part of parts) if (!STOP_WORDS.has(part)) terms.push(stem(part));
		// Hyphenated words are also written solid (`fine-tuning`, `finetuning`); identifiers never are.
		if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){1,2}$/u.test(word)) terms.push(stem(parts.join('')));
	}
	return [...new Set(terms)];
}

/** Index-side term processing for MiniSearch: one written word -> its terms (see `wordTerms`). */
export function indexTerms(word: string): string[] {
	return wordTerms(word);
}

/** A query word and where it came from: typed, or added as a synonym of typed words. */
export interface QueryTerm {
	readonly term: string;
	/** True for a term added from the synonym table (it weighs less than what was typed). */
	readonly synonym: boolean;
}

/**
 * One part of a question as both searches run it: a word the reader typed, or a phrase of the synonym table that
 * the typed words call up. The MiniSearch index matches the parts' terms (`queryTerms`); the site's Pagefind
 * search runs one search per part and merges the results.
 */
export interface QueryPart {
	/** The word as typed (case kept: `LLMChain` splits where `llmchain` cannot), or the synonym phrase. */
	readonly text: string;
	/** Its words in lower case, apostrophes and stop words dropped (`learning rate`: two words). */
	readonly words: readonly string[];
	/** True for a phrase added from the synonym table (it weighs less than what was typed). */
	readonly synonym: boolean;
}

const PHRASES: readonly { readonly words: readonly string[]; readonly group: readonly string[] }[] = SYNONYMS.flatMap(
	(group) => group.map((phrase) => ({ words: phrase.split(/[\s]+/u), group })),
);

/**
 * The parts of a question: each typed word that is no stop word, in order and once, then the other phrases of
 * each synonym group one of its phrases is in. Phrases are matched on the words as typed, before stop words go
 * ("out of memory").
 * @example queryParts('good LR for qlora') // typed good, LR, qlora; synonym `learning rate`
 */
export function queryParts(query: string): QueryPart[] {
	const words = tokenize(query);
	const lower = words.map(normalize);
	const parts: QueryPart[] = [];
	const seen = new Set<string>();
	for (const word of words) {
		const key = normalize(word);
		if (seen.has(key) || wordTerms(word).length === 0) continue;
		seen.add(key);
		parts.push({ text: word, words: [key], synonym: false });
	}
	for (const { words: phrase, group } of PHRASES) {
		if (!containsPhrase(lower, phrase)) continue;
		for (const other of group) {
			const otherWords = tokenize(other)
				.map(normalize)
				.filter((w) => !STOP_WORDS.has(w));
			const key = otherWords.join(' ');
			// A phrase whose words were all typed adds nothing ("learning rate" typed calls up `lr`, not itself).
			if (otherWords.length === 0 || seen.has(key) || otherWords.every((w) => seen.has(w))) continue;
			seen.add(key);
			parts.push({ text: other, words: otherWords, synonym: true });
		}
	}
	return parts;
}

/**
 * The index terms of a question: every part's terms (see `wordTerms`), typed words first, then the synonyms'
 * (`lr` -> `learn`, `rate`), each term once.
 * @example queryTerms('good LR for qlora') // typed good, lr, qlora; synonyms learn, rate
 */
export function queryTerms(query: string): QueryTerm[] {
	return partTerms(queryParts(query));
}

/** The index terms of query parts, each once, marked as typed or synonym by the first part that has it. */
export function partTerms(parts: readonly QueryPart[]): QueryTerm[] {
	const out = new Map<string, QueryTerm>();
	for (const part of parts) {
		for (const term of tokenize(part.text).flatMap(wordTerms))
			if (!out.has(term)) out.set(term, { term, synonym: part.synonym });
	}
	return [...out.values()];
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
	for (let i = 0; i + phrase.length <= words.length; i++) {
		if (phrase.every((w, j) => words[i + j] === w || words[i + j] === w.replace(/-/gu, ''))) return true;
	}
	return false;
}
