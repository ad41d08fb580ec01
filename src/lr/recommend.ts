/**
 * The recommender: which LR range the rules give for a task, model size and method, and why.
 * Pure and browser-safe (the site's recommender form runs it on `lr-rules.json`).
 *
 * How it chooses: a rule fits when the query contradicts none of its condition parts (task, method, model
 * size; `match.ts`). Fitting rules are ranked most specific first: more condition parts matched by the query,
 * then fewer parts the query leaves open, then stated ranges before "start here" defaults. The best-ranked
 * rules decide: one rule gives its range; several equally specific rules give the overlap of their ranges when
 * they agree, else the span of them (and say so). When the rules disagree along a condition the query does
 * not give, the answer is also given per value of it (`split.ts`).
 */
import { formatParams } from './labels.ts';
import { matchRule, taskFit, type Fitting } from './match.ts';
import { formatLr, formatRange } from './numbers.ts';
import { answerRows, splitByCondition, splitConditions, type Decision } from './split.ts';
import { LR_TASKS, type ConditionSplit, type LrQuery, type LrRule, type Recommendation } from './types.ts';
import { compareCodeUnits } from '../text/index.ts';

export { formatParams } from './labels.ts';

/** Stated ranges before "start here" defaults: a default gives the start value, a stated range the span. */
const defaultRank = (m: Fitting) => (m.rule.isDefault ? 1 : 0);

const byRank = (a: Fitting, b: Fitting) =>
	b.matched - a.matched ||
	a.unknown - b.unknown ||
	defaultRank(a) - defaultRank(b) ||
	compareCodeUnits(a.rule.id, b.rule.id);

const describeQuery = (q: LrQuery) =>
	[
		q.task && `task \`${q.task}\``,
		q.params !== undefined && `size ${formatParams(q.params)}`,
		q.method && `method \`${q.method}\``,
	]
		.filter(Boolean)
		.join(', ') || 'no conditions';

const cite = (r: LrRule) => `\`${r.condition.text || r.lr.text}\` (${r.page}, ${r.file}:${r.line})`;

/** The rules that fit a query, most specific first. */
function rank(query: LrQuery, advice: readonly LrRule[]): Fitting[] {
	return advice.flatMap((r) => matchRule(r, query) ?? []).sort(byRank);
}

/** What the best-ranked rules give; undefined when none fits, or none names the asked task. */
function decide(query: LrQuery, fitting: readonly Fitting[]): Decision | undefined {
	if (query.task !== undefined && !fitting.some((m) => taskFit(m.rule, query.task) === 'matched')) return undefined;
	const best = fitting[0];
	if (!best) return undefined;
	const top = fitting.filter(
		(m) => m.matched === best.matched && m.unknown === best.unknown && defaultRank(m) === defaultRank(best),
	);
	const lo = Math.max(...top.map((m) => m.rule.lr.min));
	const hi = Math.min(...top.map((m) => m.rule.lr.max));
	const agree = lo <= hi;
	const lr =
		top.length === 1
			? { min: best.rule.lr.min, max: best.rule.lr.max }
			: agree
				? { min: lo, max: hi }
				: { min: Math.min(...top.map((m) => m.rule.lr.min)), max: Math.max(...top.map((m) => m.rule.lr.max)) };
	const start = fitting.find(
		(m) => m.rule.isDefault && m.rule.lr.min === m.rule.lr.max && m.rule.lr.min >= lr.min && m.rule.lr.min <= lr.max,
	);
	return {
		query,
		fitting,
		top,
		lr,
		basis: top.length === 1 ? 'single' : agree ? 'agreement' : 'disagreement',
		...(start ? { start } : {}),
	};
}

/** The sentence that says the answer depends on conditions the query does not give, with each answer. */
function describeSplit(query: LrQuery, split: ConditionSplit): string {
	const along = splitConditions(split);
	const answers = answerRows(split)
		.map((row) => `${row.labels.join(', ')}: ${formatRange(row.answer.lr.min, row.answer.lr.max)}`)
		.join('; ');
	return `The rules that fit ${describeQuery(query)} disagree along the ${along}, which the query does not give, so the answer depends on ${along.includes(' and ') ? 'them' : 'it'}: ${answers}. Give the ${along} for one answer.`;
}

/**
 * Recommends an LR range for a query from a list of rules (e.g. `lr-rules.json`'s `rules`).
 * Only `recommendation` rules are used; documented parameter defaults are not advice.
 * @example recommendLr({ task: 'sft', params: 7e9, method: 'qlora' }, rules).lr // { min: 0.0002, max: 0.0002 }
 * @example recommendLr({ task: 'dpo' }, rules).byCondition?.answers.map((a) => a.label) // ['LoRA', 'full fine-tuning']
 */
export function recommendLr(query: LrQuery, rules: readonly LrRule[]): Recommendation {
	const advice = rules.filter((r) => r.kind === 'recommendation');
	const named = new Set(advice.flatMap((r) => r.condition.tasks));
	const knownTasks = LR_TASKS.filter((t) => named.has(t));
	const fitting = rank(query, advice);
	const none = (why: string): Recommendation => ({
		query,
		basis: 'none',
		explanation: [why, knownTasks.length > 0 ? `Tasks with rules: ${knownTasks.join(', ')}.` : 'No rule names a task.'],
		matches: fitting.map((m) => ({ ...m, used: false })),
		pages: [],
		knownTasks,
	});
	if (advice.length === 0) return none('There are no LR recommendations in the content.');
	const decision = decide(query, fitting);
	if (!decision && query.task !== undefined) {
		return none(
			`No LR rule names the task \`${query.task}\`${query.params !== undefined || query.method ? ` for ${describeQuery({ ...query, task: undefined })}` : ''}.`,
		);
	}
	if (!decision) return none(`No LR rule fits ${describeQuery(query)}.`);

	const { top, lr, basis } = decision;
	const best = top[0]!;
	const parts = `${best.matched} condition part${best.matched === 1 ? '' : 's'}`;
	const explanation: string[] = [];
	if (basis === 'single')
		explanation.push(
			`The most specific rule that fits ${describeQuery(query)} matches ${parts} of it: ${cite(best.rule)}, ${formatRange(best.rule.lr.min, best.rule.lr.max)}.`,
		);
	else
		explanation.push(
			`${top.length} equally specific rules fit ${describeQuery(query)} (each matches ${parts} of it): ${top.map((m) => `${cite(m.rule)} ${formatRange(m.rule.lr.min, m.rule.lr.max)}`).join('; ')}.`,
		);
	if (basis === 'agreement') explanation.push(`They agree: their ranges overlap in ${formatRange(lr.min, lr.max)}.`);
	const split = splitByCondition(decision, (q) => decide(q, rank(q, advice)));
	if (basis === 'disagreement')
		explanation.push(
			`They disagree (their ranges do not overlap), so the recommendation spans them: ${formatRange(lr.min, lr.max)}.${split ? '' : ' Give a model size or method to narrow it.'}`,
		);
	if (split) explanation.push(describeSplit(query, split));
	else if (best.unknown > 0)
		explanation.push(
			'The rule also depends on a condition the query does not give (method or model size); give it for a sharper answer.',
		);
	const rest = fitting.length - top.length;
	if (rest > 0)
		explanation.push(
			`${rest} other rule${rest === 1 ? '' : 's'} also fit${rest === 1 ? 's' : ''} but rank${rest === 1 ? 's' : ''} lower (less specific, or a "start here" default), so ${rest === 1 ? 'it was' : 'they were'} not used for the range.`,
		);
	const start = decision.start?.rule;
	// With answers per value, each carries its own start value: one for all of them would mislead some.
	if (start && !split)
		explanation.push(
			`Start with ${formatLr(start.lr.min)}: the default of ${start.page} (${start.file}:${start.line}), which lies in the range.`,
		);
	const used = new Set(top.map((m) => m.rule.id));
	return {
		query,
		lr,
		...(start ? { start: start.lr.min } : {}),
		basis,
		explanation,
		matches: fitting.map((m) => ({ ...m, used: used.has(m.rule.id) })),
		pages: [...new Set(top.map((m) => m.rule.page))].sort(),
		knownTasks,
		...(split ? { byCondition: split } : {}),
	};
}
