/**
 * Rule matching: does a query contradict a rule's condition, and how much of it does it match? The one
 * definition the recommender ranks by and the `/lr/` table filter shows by. Pure and browser-safe.
 */
import type { LrMethod, LrQuery, LrRule, LrTask, RuleMatch } from './types.ts';

/** Tasks that are one task under two names: supervised fine-tuning on instructions. */
const FAMILY: Partial<Record<LrTask, readonly LrTask[]>> = {
	sft: ['instruction-tuning'],
	'instruction-tuning': ['sft'],
};

/** How one condition part of a rule meets the query: matched, left open by the query, not named by the rule, or contradicted. */
export type Fit = 'matched' | 'unknown' | 'none' | 'contradicted';

/** How the rule's tasks meet the query's task; `sft` and `instruction-tuning` are one family. */
export function taskFit(rule: LrRule, task: LrTask | undefined): Fit {
	const tasks = rule.condition.tasks;
	if (tasks.length === 0) return 'none';
	if (task === undefined) return 'unknown';
	return tasks.includes(task) || (FAMILY[task] ?? []).some((t) => tasks.includes(t)) ? 'matched' : 'contradicted';
}

/**
 * Are two methods the same for the LR? QLoRA is LoRA on a 4-bit model: a LoRA rule speaks for it, and the
 * other way round.
 * @example sameMethod('lora', 'qlora') // true
 */
export function sameMethod(a: LrMethod, b: LrMethod): boolean {
	return a === b || (a !== 'full' && b !== 'full');
}

function methodFit(rule: LrRule, method: LrMethod | undefined): Fit {
	const m = rule.condition.method;
	if (m === undefined) return 'none';
	if (method === undefined) return 'unknown';
	return sameMethod(m, method) ? 'matched' : 'contradicted';
}

/**
 * Does a model size fall in a rule's size range? A single size (`70B`) also covers sizes within 10% of it
 * (a "7B" model has 6.7-7.6B parameters).
 */
export function sizeInRange(range: NonNullable<LrRule['condition']['modelParams']>, params: number): boolean {
	const exact = range.min !== undefined && range.min === range.max;
	const min = (range.min ?? 0) * (exact ? 0.9 : 1);
	const max = (range.max ?? Infinity) * (exact ? 1.1 : 1);
	return params >= min && params <= max;
}

function paramsFit(rule: LrRule, params: number | undefined): Fit {
	const range = rule.condition.modelParams;
	if (range === undefined) return 'none';
	if (params === undefined) return 'unknown';
	return sizeInRange(range, params) ? 'matched' : 'contradicted';
}

/** A rule that fits a query, with how well (before the recommender marks the ones it used). */
export type Fitting = Omit<RuleMatch, 'used'>;

/**
 * Matches a rule against a query; undefined when the query contradicts a part of the rule's condition (task,
 * method or model size). A part the rule does not name never excludes it.
 */
export function matchRule(rule: LrRule, query: LrQuery): Fitting | undefined {
	const fits = [taskFit(rule, query.task), methodFit(rule, query.method), paramsFit(rule, query.params)];
	if (fits.includes('contradicted')) return undefined;
	return {
		rule,
		matched: fits.filter((f) => f === 'matched').length,
		unknown: fits.filter((f) => f === 'unknown').length,
	};
}

/**
 * Does a rule fit a query (the query contradicts none of its condition parts)? What the `/lr/` table filter
 * shows, and what the recommender considers.
 * @example ruleFits(rule, { task: 'instruction-tuning', method: 'qlora' }) // true for an `sft` LoRA rule
 */
export function ruleFits(rule: LrRule, query: LrQuery): boolean {
	return matchRule(rule, query) !== undefined;
}
