/**
 * Finds the learning rates a piece of text states: which of its numbers belong to the LR (not to
 * `weight_decay` or `beta`), which are only comparisons (`higher than full fine-tuning's 1e-5`), and which
 * clause each stated value stands in (its local condition). Pure.
 */
import { findLrValues, type FoundValue } from './numbers.ts';
import { findMentions, type Mention } from './vocabulary.ts';

/** A value the text states as an LR. */
export interface StatedValue {
	readonly value: FoundValue;
	/** The clause the value stands in, e.g. `for 7B models` in `2e-4 for 7B models, 1e-4 for 70B models`. */
	readonly clause: string;
}

/** What a text says about the LR. */
export interface TextReading {
	/** Values stated as the LR to use. */
	readonly stated: readonly StatedValue[];
	/** LR values given only for comparison; they belong in the notes. */
	readonly comparisons: readonly FoundValue[];
	/** The text without its comparisons, to read conditions from (`full fine-tuning` in a comparison is no condition). */
	readonly conditionText: string;
}

/** Cue just before a value that makes it a comparison (`than full fine-tuning's`, `vs`, `compared to`). */
const COMPARISON_BEFORE =
	/(?:\bthan\b[^.;()]{0,40}|\bvs\.?|\bversus|\bcompared (?:to|with)|\binstead of|\bunlike\b[^.;()]{0,40}|'s)\s*`?$/i;
/** Cue inside parentheses that makes the whole parenthetical a comparison. */
const COMPARISON_IN_PARENS = /\b(?:than|vs\.?|versus|compared (?:to|with)|instead of|unlike|rather than|whereas)\b/i;
/** A comparison phrase up to the next punctuation or parenthesis: `than full fine-tuning`, `vs. full FT`. */
const COMPARISON_PHRASE =
	/\b(?:higher|lower|more|less|larger|smaller|bigger)?\s*(?:than|vs\.?|versus|compared (?:to|with)|instead of|unlike)\s[^,;()]*/gi;
/**
 * A command line in backticks: a program and its arguments with a flag (`` `python sweep.py --lr 6e-4` ``,
 * `` `$ accelerate launch train.py -lr 1e-4` ``). A lone flag (`` `--lr 6e-4` ``) is a setting, not a command.
 */
const COMMAND_LINE = /^`\s*(?:\$\s+)?(?!-)[\w./~-]*[\w./~](?:\s+(?!-)\S+)*\s+--?[a-z]/i;

/**
 * Inline code spans that are code examples (`` `SFTConfig(learning_rate=2e-4)` ``, a command line), not a
 * value in backticks (`` `2e-4` ``) or a setting (`` `learning_rate=2e-4` ``): code is never a source of rules.
 */
function inlineCodeExamples(text: string): { start: number; end: number }[] {
	return [...text.matchAll(/`[^`\n]*`/g)]
		.filter((m) => /[()[\]{}]|\n/.test(m[0]) || m[0].length > 60 || COMMAND_LINE.test(m[0]))
		.map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Punctuation that ends the clause a name governs: after it, a number no longer belongs to the name before. */
const CLAUSE_BREAK = /[;]|\.\s|\s[–—]\s/;

/** Range of the innermost parentheses around an offset, if any (looking at most 200 characters back). */
function enclosingParens(text: string, at: number): { start: number; end: number } | undefined {
	let depth = 0;
	for (let i = at - 1; i >= Math.max(0, at - 200); i--) {
		const c = text[i];
		if (c === ')') depth++;
		else if (c === '(') {
			if (depth === 0) {
				const close = text.indexOf(')', at);
				return { start: i, end: close === -1 ? text.length : close + 1 };
			}
			depth--;
		}
	}
	return undefined;
}

/**
 * Which name a value belongs to: a name right after it (`0.01 weight decay`), else the nearest name before it
 * in the same clause, else none (the surrounding context decides).
 */
function ownerOf(text: string, value: FoundValue, mentions: readonly Mention[]): 'lr' | 'other' | undefined {
	const after = mentions.find((m) => m.start >= value.end && /^[\s`]{0,2}$/.test(text.slice(value.end, m.start)));
	if (after) return after.kind;
	const before = [...mentions].reverse().find((m) => m.end <= value.start);
	const owner = before && !CLAUSE_BREAK.test(text.slice(before.end, value.start)) ? before.kind : undefined;
	if (owner !== 'other') return owner;
	// `weight decay 0.01 and 5e-5 as the learning rate`: `as the learning rate` right after the value wins.
	const next = mentions.find((m) => m.start >= value.end && m.start - value.end <= 25);
	return next?.kind === 'lr' &&
		/^[\s`]*(?:as|for)\s+(?:the|a|an|your)?\s*(?:peak\s+|base\s+|initial\s+)?$/i.test(text.slice(value.end, next.start))
		? 'lr'
		: owner;
}

function isComparison(text: string, value: FoundValue): boolean {
	const parens = enclosingParens(text, value.start);
	if (parens && COMPARISON_IN_PARENS.test(text.slice(Math.max(parens.start, value.start - 200), value.start)))
		return true;
	return COMPARISON_BEFORE.test(text.slice(Math.max(0, value.start - 80), value.start));
}

/** Words that make a value a warning, not advice (`1e-3 is too high`, `do not use 1e-3`). */
const WARNING =
	/\btoo (?:high|low|large|small|aggressive)\b|\bavoid\b|\bdo not use\b|\bdon't use\b|\bnever use\b|\bdiverges?\b|\bblows? up\b|\bcollapses?\b/i;

/** Does the clause of a value warn against it? */
function isWarning(text: string, value: FoundValue, parts: readonly { start: number; end: number }[]): boolean {
	const part = parts.find((p) => p.start <= value.start && value.start < p.end);
	return (
		part !== undefined &&
		WARNING.test(text.slice(Math.max(part.start, value.start - 80), Math.min(part.end, value.end + 80)))
	);
}

/** Splits a text into clauses at `;`, `,`, ` / ` and ` and `/` while ` (not inside parentheses), with their offsets. */
function clauses(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '(') depth++;
		else if (c === ')') depth = Math.max(0, depth - 1);
		if (depth > 0) continue;
		const rest = text.slice(i, i + 10);
		const cut =
			c === ';' || (c === ',' && /^,\s/.test(rest)) ? 1 : /^\s(?:and|while|whereas|but|\/)\s/i.test(rest) ? 0 : -1;
		if (cut < 0) continue;
		out.push({ start, end: i });
		start = i + 1;
	}
	out.push({ start, end: text.length });
	return out;
}

/**
 * Is a value written the way LRs are, in exponent notation and small (`5e-6`, `2 × 10^-4`, `1e-4 to 2e-4`)?
 * Plain decimals (`0.01`, `0.05`, `0.1`) are as often weight decay, dropout, warmup ratios or betas.
 */
export const isLrShaped = (value: FoundValue) =>
	value.max <= 1e-2 && /\de[-−]|10\s*\^|10[⁻]|[×x*]\s*10/i.test(value.text);

/**
 * Reads what a text says about the LR. `lrContext` says whether the surrounding block (its label, section,
 * table column or lead-in) is about the LR, so that an unowned number counts as one. `pageContext` says the
 * page or a section above the block is about the LR: weaker, so an unowned number counts only when it is
 * written the way LRs are ({@link isLrShaped}).
 * @example readText('Use 1e-4 to 2e-4 (higher than full fine-tuning\'s 1e-5)', true).stated.length // 1
 */
export function readText(text: string, lrContext: boolean, pageContext = false): TextReading {
	const mentions = findMentions(text);
	const stated: FoundValue[] = [];
	const comparisons: FoundValue[] = [];
	const codeExamples = inlineCodeExamples(text);
	const parts = clauses(text);
	for (const value of findLrValues(text)) {
		if (codeExamples.some((c) => c.start <= value.start && value.start < c.end)) continue;
		const owner = ownerOf(text, value, mentions);
		if (owner === 'other' || (owner === undefined && !lrContext && !(pageContext && isLrShaped(value)))) continue;
		if (isWarning(text, value, parts)) continue;
		(isComparison(text, value) ? comparisons : stated).push(value);
	}
	return {
		stated: segments(text, stated).map((clause, i) => ({ value: stated[i]!, clause })),
		comparisons,
		// What a value is compared with is no condition of it (`higher than full fine-tuning's 1e-5`).
		conditionText: withoutComparisons(text),
	};
}

/**
 * The clause of each value when a text states several: its own clause and the clauses before it that hold
 * no value (`For DPO, a learning rate of 5e-7 works; for SFT use 2e-5` -> `For DPO, a learning rate of 5e-7
 * works` and `for SFT use 2e-5`); clauses after the last value go with it. One value: the whole text.
 */
function segments(text: string, values: readonly FoundValue[]): string[] {
	if (values.length <= 1) return values.map(() => text.trim());
	const parts = clauses(text);
	const index = values.map((v) =>
		Math.max(
			0,
			parts.findIndex((p) => p.start <= v.start && v.start < p.end),
		),
	);
	return values.map((_, i) => {
		const from = i === 0 ? 0 : index[i - 1] === index[i] ? index[i]! : index[i - 1]! + 1;
		const to = i === values.length - 1 ? parts.length - 1 : index[i]!;
		return text
			.slice(parts[from]!.start, parts[Math.max(from, to)]!.end)
			.replace(/^[\s,;]*(?:and|while|whereas|but|\/)?\s+/i, '')
			.trim();
	});
}

/**
 * The text without comparison parentheticals and phrases, to read conditions from.
 * @example withoutComparisons("Use 1e-4 (higher than full fine-tuning's 1e-5)") // 'Use 1e-4'
 */
export function withoutComparisons(text: string): string {
	return text
		.replace(/\([^()]*\)/g, (p) => (COMPARISON_IN_PARENS.test(p) ? ' ' : p))
		.replace(COMPARISON_PHRASE, ' ')
		.replace(/\s{2,}/g, ' ')
		.trim();
}
