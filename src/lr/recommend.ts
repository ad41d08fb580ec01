/**
 * The recommender: which LR range the rules give for a task, model size and method, and why.
 * Pure and browser-safe (the site's recommender form runs it on `lr-rules.json`).
 *
 * How it chooses: a rule fits when the query contradicts none of its condition parts (task, method, model
 * size). Fitting rules are ranked most specific first: more condition parts matched by the query, then fewer
 * parts the query leaves open, then stated ranges before "start here" defaults. The best-ranked rules decide: one rule gives its range; several equally specific
 * rules give the overlap of their ranges when they agree, else the span of them (and say so).
 */
import { formatLr, formatRange } from './numbers.ts';
import { LR_TASKS, type LrQuery, type LrRule, type LrTask, type Recommendation, type RuleMatch } from './types.ts';

/** Tasks that are one task under two names: supervised fine-tuning on instructions. */
const FAMILY: Partial<Record<LrTask, readonly LrTask[]>> = { sft: ['instruction-tuning'], 'instruction-tuning': ['sft'] };

type Fit = 'matched' | 'unknown' | 'none' | 'contradicted';

function taskFit(rule: LrRule, task: LrTask | undefined): Fit {
	const tasks = rule.condition.tasks;
	if (tasks.length === 0) return 'none';
	if (task === undefined) return 'unknown';
	return tasks.includes(task) || (FAMILY[task] ?? []).some((t) => tasks.includes(t)) ? 'matched' : 'contradicted';
}

function methodFit(rule: LrRule, method: LrQuery['method']): Fit {
	const m = rule.condition.method;
	if (m === undefined) return 'none';
	if (method === undefined) return 'unknown';
	// QLoRA is LoRA on a 4-bit model: a LoRA rule speaks for it, and the other way round.
	return m === method || (m !== 'full' && method !== 'full') ? 'matched' : 'contradicted';
}

function paramsFit(rule: LrRule, params: number | undefined): Fit {
	const range = rule.condition.modelParams;
	if (range === undefined) return 'none';
	if (params === undefined) return 'unknown';
	// A single size (`70B`) also covers sizes within 10% of it (a "7B" model has 6.7-7.6B parameters).
	const exact = range.min !== undefined && range.min === range.max;
	const min = (range.min ?? 0) * (exact ? 0.9 : 1);
	const max = (range.max ?? Infinity) * (exact ? 1.1 : 1);
	return params >= min && params <= max ? 'matched' : 'contradicted';
}

/** Matches a rule against a query; undefined when the query contradicts the rule's condition. */
function match(rule: LrRule, query: LrQuery): Omit<RuleMatch, 'used'> | undefined {
	const fits = [taskFit(rule, query.task), methodFit(rule, query.method), paramsFit(rule, query.params)];
	if (fits.includes('contradicted')) return undefined;
	return { rule, matched: fits.filter((f) => f === 'matched').length, unknown: fits.filter((f) => f === 'unknown').length };
}

/** Stated ranges before "start here" defaults: a default gives the start value, a stated range the span. */
const defaultRank = (m: Omit<RuleMatch, 'used'>) => (m.rule.isDefault ? 1 : 0);

const byRank = (a: Omit<RuleMatch, 'used'>, b: Omit<RuleMatch, 'used'>) =>
	b.matched - a.matched || a.unknown - b.unknown || defaultRank(a) - defaultRank(b) || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);

const describeQuery = (q: LrQuery) =>
	[q.task && `task \`${q.task}\``, q.params !== undefined && `size ${formatParams(q.params)}`, q.method && `method \`${q.method}\``].filter(Boolean).join(', ') || 'no conditions';

/**
 * Writes a parameter count the way people say it.
 * @example formatParams(7e9) // '7B'
 */
export function formatParams(n: number): string {
	if (n >= 1e9) return `${Number((n / 1e9).toPrecision(4))}B`;
	if (n >= 1e6) return `${Number((n / 1e6).toPrecision(4))}M`;
	return String(n);
}

const cite = (r: LrRule) => `\`${r.condition.text || r.lr.text}\` (${r.page}, ${r.file}:${r.line})`;

/**
 * Recommends an LR range for a query from a list of rules (e.g. `lr-rules.json`'s `rules`).
 * Only `recommendation` rules are used; documented parameter defaults are not advice.
 * @example recommendLr({ task: 'sft', params: 7e9, method: 'qlora' }, rules).lr // { min: 0.0002, max: 0.0002 }
 */
export function recommendLr(query: LrQuery, rules: readonly LrRule[]): Recommendation {
	const advice = rules.filter((r) => r.kind === 'recommendation');
	const named = new Set(advice.flatMap((r) => r.condition.tasks));
	const knownTasks = LR_TASKS.filter((t) => named.has(t));
	const fitting = advice.flatMap((r) => match(r, query) ?? []).sort(byRank);
	const none = (why: string): Recommendation => ({
		query,
		basis: 'none',
		explanation: [why, knownTasks.length > 0 ? `Tasks with rules: ${knownTasks.join(', ')}.` : 'No rule names a task.'],
		matches: fitting.map((m) => ({ ...m, used: false })),
		pages: [],
		knownTasks,
	});
	if (advice.length === 0) return none('There are no LR recommendations in the content.');
	if (query.task !== undefined && !fitting.some((m) => taskFit(m.rule, query.task) === 'matched')) {
		return none(`No LR rule names the task \`${query.task}\`${query.params !== undefined || query.method ? ` for ${describeQuery({ ...query, task: undefined })}` : ''}.`);
	}
	if (fitting.length === 0) return none(`No LR rule fits ${describeQuery(query)}.`);

	const best = fitting[0]!;
	const top = fitting.filter((m) => m.matched === best.matched && m.unknown === best.unknown && defaultRank(m) === defaultRank(best));
	const lo = Math.max(...top.map((m) => m.rule.lr.min));
	const hi = Math.min(...top.map((m) => m.rule.lr.max));
	const agree = lo <= hi;
	const lr = top.length === 1 ? { min: best.rule.lr.min, max: best.rule.lr.max } : agree ? { min: lo, max: hi } : { min: Math.min(...top.map((m) => m.rule.lr.min)), max: Math.max(...top.map((m) => m.rule.lr.max)) };
	const basis = top.length === 1 ? 'single' : agree ? 'agreement' : 'disagreement';
	const parts = `${best.matched} condition part${best.matched === 1 ? '' : 's'}`;
	const explanation: string[] = [];
	if (basis === 'single') explanation.push(`The most specific rule that fits ${describeQuery(query)} matches ${parts} of it: ${cite(best.rule)}, ${formatRange(best.rule.lr.min, best.rule.lr.max)}.`);
	else explanation.push(`${top.length} equally specific rules fit ${describeQuery(query)} (each matches ${parts} of it): ${top.map((m) => `${cite(m.rule)} ${formatRange(m.rule.lr.min, m.rule.lr.max)}`).join('; ')}.`);
	if (basis === 'agreement') explanation.push(`They agree: their ranges overlap in ${formatRange(lr.min, lr.max)}.`);
	if (basis === 'disagreement') explanation.push(`They disagree (their ranges do not overlap), so the recommendation spans them: ${formatRange(lr.min, lr.max)}. Give a model size or method to narrow it.`);
	if (best.unknown > 0) explanation.push('The rule also depends on a condition the query does not give (method or model size); give it for a sharper answer.');
	const rest = fitting.length - top.length;
	if (rest > 0) explanation.push(`${rest} other rule${rest === 1 ? '' : 's'} also fit${rest === 1 ? 's' : ''} but rank${rest === 1 ? 's' : ''} lower (less specific, or a "start here" default), so ${rest === 1 ? 'it was' : 'they were'} not used for the range.`);
	const defaults = fitting.filter((m) => m.rule.isDefault && m.rule.lr.min === m.rule.lr.max && m.rule.lr.min >= lr.min && m.rule.lr.min <= lr.max);
	const start = defaults[0]?.rule.lr.min;
	if (start !== undefined) explanation.push(`Start with ${formatLr(start)}: the default of ${defaults[0]!.rule.page} (${defaults[0]!.rule.file}:${defaults[0]!.rule.line}), which lies in the range.`);
	const used = new Set(top.map((m) => m.rule.id));
	return {
		query,
		lr,
		...(start !== undefined ? { start } : {}),
		basis,
		explanation,
		matches: fitting.map((m) => ({ ...m, used: used.has(m.rule.id) })),
		pages: [...new Set(top.map((m) => m.rule.page))].sort(),
		knownTasks,
	};
}
