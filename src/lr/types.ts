/**
 * The LR rule contract: what `lr-rules.json` holds (SPEC 2.2), what the recommender takes and returns.
 * Plain data only (JSON- and worker-safe); a rule's type is inferred from its zod schema in `schema.ts`.
 */
import type { z } from 'zod';
import type { lrRuleSchema } from './schema.ts';
import type { LrMethod, LrTask } from './tasks.ts';

export { LR_METHODS, LR_TASKS, type LrMethod, type LrTask } from './tasks.ts';

/** A value whose objects and arrays are readonly all the way down, as every stage output is (STYLE.md 3). */
type DeepReadonly<T> = T extends readonly (infer U)[]
	? readonly DeepReadonly<U>[]
	: T extends object
		? { readonly [K in keyof T]: DeepReadonly<T[K]> }
		: T;

/**
 * One stated LR recommendation (or documented parameter default), as `lr-rules.json` holds it: inferred from
 * `lrRuleSchema`, the one source of its fields, their docs and the file's JSON Schema.
 */
export type LrRule = DeepReadonly<z.infer<typeof lrRuleSchema>>;

/** When a rule applies. */
export type LrCondition = LrRule['condition'];

/** A learning rate or range in plain numbers. */
export type LrValue = LrRule['lr'];

/** A source the rule's page cites (`[[source::Type|Title|URL]]`). */
export type LrSource = LrRule['sources'][number];

/** A model-size range in parameters (not billions): `<3B` -> `{ max: 3e9 }`, `7-8B` -> `{ min: 7e9, max: 8e9 }`. */
export type ModelParams = NonNullable<LrCondition['modelParams']>;

/** Where a rule was read from: a table row, a bullet / numbered / definition item, or a paragraph sentence. */
export type LrOrigin = LrRule['origin'];

/**
 * What kind of statement a rule is: a `recommendation` (what to use), or a `parameter-default`
 * (the documented default of a `learning_rate` parameter in an inputs/outputs table, not advice).
 */
export type LrRuleKind = LrRule['kind'];

/** What the recommender is asked. Unset fields are "not known", not "any". */
export interface LrQuery {
	/** The task, e.g. `sft`. */
	readonly task?: LrTask;
	/** Model size in parameters, e.g. `7e9`. */
	readonly params?: number;
	/** The fine-tuning method. */
	readonly method?: LrMethod;
}

/** One rule the recommender looked at, with how well it fits the query. */
export interface RuleMatch {
	readonly rule: LrRule;
	/** How many of the rule's condition parts (task, method, size) the query matches. */
	readonly matched: number;
	/** How many of the rule's condition parts the query leaves open (it does not say). */
	readonly unknown: number;
	/** The rule is one of those the recommended range was computed from. */
	readonly used: boolean;
}

/** A condition the recommender can answer per value of, when the query leaves it open. */
export type LrSplitCondition = 'method' | 'modelParams';

/** The recommender's answer for one value of a condition the query left open. */
export interface ConditionalAnswer {
	/** The value: a method (`lora` also speaks for `qlora`), or a model-size band. */
	readonly when: { readonly method?: LrMethod; readonly modelParams?: ModelParams };
	/** The value as readers write it: `LoRA/QLoRA`, `full fine-tuning`, `7B–13B`, `≥ 30B`. */
	readonly label: string;
	/** The query this is the answer to: the asked query plus the value (a size band is asked at one size in it). */
	readonly query: LrQuery;
	/** The range for this value. */
	readonly lr: { readonly min: number; readonly max: number };
	/** A "start here" value that fits this value and lies in its range, when there is one. */
	readonly start?: number;
	/** How this range was chosen, as `Recommendation.basis`. */
	readonly basis: 'single' | 'agreement' | 'disagreement';
	/** Ids of the rules this range was computed from, sorted. */
	readonly rules: readonly string[];
	/** Ids of the pages behind those rules, sorted. */
	readonly pages: readonly string[];
	/** This answer again per model-size band, when it also depends on a size the query does not give. */
	readonly byCondition?: ConditionSplit;
}

/** Answers per value of one condition the query left open. */
export interface ConditionSplit {
	/** The condition the best rules disagree along: `method` or `modelParams` (model size). */
	readonly condition: LrSplitCondition;
	/** One answer per value, LoRA before full fine-tuning, smaller models first. */
	readonly answers: readonly ConditionalAnswer[];
}

/** The recommender's answer. */
export interface Recommendation {
	readonly query: LrQuery;
	/** The recommended range; absent when no rule fits the query. */
	readonly lr?: { readonly min: number; readonly max: number };
	/** A "start here" value from a default rule that fits the query and lies in the range, when there is one. */
	readonly start?: number;
	/**
	 * How the range was chosen: `single` (one most specific rule), `agreement` (the overlap of equally specific
	 * rules), `disagreement` (equally specific rules that do not overlap: the span of them), `none` (no rule fits).
	 */
	readonly basis: 'single' | 'agreement' | 'disagreement' | 'none';
	/** Full sentences explaining the choice (or why nothing fits and what to try). */
	readonly explanation: readonly string[];
	/** Every rule that fits the query (not contradicted by it), most specific first. */
	readonly matches: readonly RuleMatch[];
	/** Ids of the pages behind the used rules, sorted. */
	readonly pages: readonly string[];
	/** Tasks some recommendation rule names, sorted: what to ask for instead when nothing fits. */
	readonly knownTasks: readonly LrTask[];
	/**
	 * Answers per value of a condition the query does not give (method first, then model size), present when
	 * the best rules disagree along it: `--task dpo` gives LoRA/QLoRA 5e-6 and full fine-tuning 1e-6 rather
	 * than one range across both. `lr` stays the one range over all values; prefer these answers when present.
	 */
	readonly byCondition?: ConditionSplit;
}
