/**
 * Answers per value of a condition the query leaves open, when the best rules disagree along it. `lr --task
 * dpo` finds LoRA rules (5e-6) and full fine-tuning rules (1e-6): one range across both helps nobody, so the
 * answer is given per method. Conditions split in this order: the method (LoRA and QLoRA are one value, as in
 * matching), then, within each method or alone, the model size in bands drawn by the rules' own size ranges.
 * A split is made only when it says more than one range would: some two of its answers do not overlap.
 * Pure and browser-safe.
 */
import { formatModelParams, methodLabel } from './labels.ts';
import { sameMethod, sizeInRange, taskFit, type Fitting } from './match.ts';
import {
	LR_METHODS,
	type ConditionalAnswer,
	type ConditionSplit,
	type LrMethod,
	type LrQuery,
	type ModelParams,
} from './types.ts';

/** What the best-ranked rules give for one query (the recommender's choice, before it is explained). */
export interface Decision {
	/** The query decided. */
	readonly query: LrQuery;
	/** Every rule that fits the query, most specific first. */
	readonly fitting: readonly Fitting[];
	/** The best-ranked rules, which the range comes from. */
	readonly top: readonly Fitting[];
	/** The range the best-ranked rules give. */
	readonly lr: { readonly min: number; readonly max: number };
	/** How the range was chosen, as `Recommendation.basis`. */
	readonly basis: 'single' | 'agreement' | 'disagreement';
	/** The "start here" rule that fits and lies in the range. */
	readonly start?: Fitting;
}

/** The recommender's choice for another query. */
type Decide = (query: LrQuery) => Decision | undefined;

/**
 * The fitting rules about what the query asks: those that name its task (every fitting rule when it names
 * none). Their methods and sizes are the values to answer for; a rule about no task or another one never
 * makes the answer split.
 */
function candidates(decision: Decision): Fitting[] {
	const task = decision.query.task;
	return task === undefined
		? [...decision.fitting]
		: decision.fitting.filter((m) => taskFit(m.rule, task) === 'matched');
}

const overlap = (a: ConditionalAnswer, b: ConditionalAnswer) => a.lr.min <= b.lr.max && b.lr.min <= a.lr.max;
const disagree = (answers: readonly ConditionalAnswer[]) =>
	answers.some((a, i) => answers.slice(i + 1).some((b) => !overlap(a, b)));
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** One answer from the decisions for one value (several when a size band joins sizes with the same range). */
function answerOf(
	decisions: readonly Decision[],
	when: ConditionalAnswer['when'],
	label: string,
	byCondition?: ConditionSplit,
): ConditionalAnswer {
	const first = decisions[0]!;
	const top = decisions.flatMap((d) => d.top);
	return {
		when,
		label,
		query: first.query,
		lr: first.lr,
		...(first.start ? { start: first.start.rule.lr.min } : {}),
		basis: first.basis,
		rules: sorted(top.map((m) => m.rule.id)),
		pages: sorted(top.map((m) => m.rule.page)),
		...(byCondition ? { byCondition } : {}),
	};
}

/** Per method, when the query gives none: one answer for LoRA/QLoRA, one for full fine-tuning. */
function byMethod(decision: Decision, decide: Decide): ConditionSplit | undefined {
	if (decision.query.method !== undefined) return undefined;
	const named = LR_METHODS.filter((m) => candidates(decision).some((c) => c.rule.condition.method === m));
	// One value per method family: LoRA and QLoRA rules answer for each other.
	const values = named.filter((m, i) => !named.slice(0, i).some((earlier) => sameMethod(earlier, m)));
	if (values.length < 2) return undefined;
	const answers = values.flatMap((method: LrMethod) => {
		const d = decide({ ...decision.query, method });
		const family = named.filter((m) => sameMethod(m, method));
		return d ? [answerOf([d], { method }, family.map(methodLabel).join('/'), bySize(d, decide))] : [];
	});
	return disagree(answers) ? { condition: 'method', answers } : undefined;
}

/** A stretch of model sizes to ask at: a size the rules name (`lo === hi`), or the sizes between two of them. */
interface Segment {
	readonly lo: number;
	readonly hi: number;
	/** The size the recommender is asked at for this stretch. */
	readonly probe: number;
}

/** The stretches the rules' size ranges cut the size axis into, smallest first. */
function segments(ranges: readonly ModelParams[]): Segment[] {
	const cuts = [...new Set(ranges.flatMap((r) => [r.min, r.max].filter((n): n is number => n !== undefined)))].sort(
		(a, b) => a - b,
	);
	const out: Segment[] = [];
	cuts.forEach((cut, i) => {
		const below = cuts[i - 1];
		out.push(
			below === undefined ? { lo: 0, hi: cut, probe: cut / 2 } : { lo: below, hi: cut, probe: Math.sqrt(below * cut) },
		);
		out.push({ lo: cut, hi: cut, probe: cut });
	});
	const last = cuts.at(-1);
	if (last !== undefined) out.push({ lo: last, hi: Infinity, probe: last * 2 });
	return out;
}

/**
 * Per model-size band, when the query gives no size: the recommender is asked at each stretch of sizes the
 * rules speak of, and neighbouring stretches with the same range are one band (`7B–13B`, `≥ 30B`).
 */
function bySize(decision: Decision, decide: Decide): ConditionSplit | undefined {
	if (decision.query.params !== undefined) return undefined;
	const seen = new Set<string>();
	const ranges = candidates(decision)
		.flatMap((m) => m.rule.condition.modelParams ?? [])
		.filter((r) => !seen.has(`${r.min}:${r.max}`) && seen.add(`${r.min}:${r.max}`));
	if (ranges.length < 2) return undefined;
	const bands: { segments: Segment[]; decisions: Decision[] }[] = [];
	let joined = false;
	for (const segment of segments(ranges)) {
		// Only sizes some of these rules speak of: elsewhere the answer is the one for any size.
		const d = ranges.some((r) => sizeInRange(r, segment.probe))
			? decide({ ...decision.query, params: segment.probe })
			: undefined;
		const band = bands.at(-1);
		if (d && joined && band && band.decisions[0]!.lr.min === d.lr.min && band.decisions[0]!.lr.max === d.lr.max) {
			band.segments.push(segment);
			band.decisions.push(d);
		} else if (d) bands.push({ segments: [segment], decisions: [d] });
		joined = d !== undefined;
	}
	const answers = bands.map((band) => {
		const lo = band.segments[0]!.lo;
		const hi = band.segments.at(-1)!.hi;
		const modelParams: ModelParams = { ...(lo > 0 ? { min: lo } : {}), ...(hi < Infinity ? { max: hi } : {}) };
		return answerOf(band.decisions, { modelParams }, formatModelParams(modelParams));
	});
	return disagree(answers) ? { condition: 'modelParams', answers } : undefined;
}

/**
 * Answers per value of the first condition the query leaves open and the best rules disagree along: the
 * method (each method's answer split again by size when it depends on one), else the model size.
 */
export function splitByCondition(decision: Decision, decide: Decide): ConditionSplit | undefined {
	return byMethod(decision, decide) ?? bySize(decision, decide);
}

/** One final answer of a split, with the labels of the values that lead to it. */
export interface AnswerRow {
	/** The values' labels, outermost first: `['QLoRA', '7B–13B']`. */
	readonly labels: readonly string[];
	/** The answer for those values. */
	readonly answer: ConditionalAnswer;
}

/**
 * The final answers of a split, nested splits flattened, in order: what the CLI and the site list.
 * @example answerRows(rec.byCondition).map((r) => r.labels.join(', ')) // ['QLoRA, 7B–13B', 'QLoRA, ≥ 30B', 'full fine-tuning']
 */
export function answerRows(split: ConditionSplit): AnswerRow[] {
	return split.answers.flatMap((answer) =>
		answer.byCondition
			? answerRows(answer.byCondition).map((row) => ({ labels: [answer.label, ...row.labels], answer: row.answer }))
			: [{ labels: [answer.label], answer }],
	);
}

/** The conditions a split depends on, as words: `method`, `method and model size`, `model size`. */
export function splitConditions(split: ConditionSplit): string {
	const words = (s: ConditionSplit) => (s.condition === 'method' ? 'method' : 'model size');
	const nested = split.answers.some((a) => a.byCondition) ? ' and model size' : '';
	return `${words(split)}${nested}`;
}
