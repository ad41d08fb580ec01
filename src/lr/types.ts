/**
 * The LR rule contract: what `lr-rules.json` holds (SPEC 2.2), what the recommender takes and returns.
 * Plain data only (JSON- and worker-safe); the zod schema of the file lives in `src/export/lr-json.ts`.
 */

/** Task names a rule's condition can carry, in the order the SPEC lists them. */
export const LR_TASKS = [
	'sft',
	'instruction-tuning',
	'domain-adaptation',
	'continued-pretraining',
	'full-finetune',
	'rlhf',
	'dpo',
	'grpo',
	'ppo',
	'reward-model',
	'embedding',
] as const;

/** A task a rule applies to, e.g. `sft` or `dpo`. */
export type LrTask = (typeof LR_TASKS)[number];

/** Fine-tuning methods a rule can be restricted to. */
export const LR_METHODS = ['lora', 'qlora', 'full'] as const;

/** A fine-tuning method: `lora`, `qlora` or `full` (full fine-tuning). */
export type LrMethod = (typeof LR_METHODS)[number];

/** Where a rule was read from: a table row, a bullet / numbered / definition item, or a paragraph sentence. */
export type LrOrigin = 'table' | 'bullet' | 'sentence';

/**
 * What kind of statement a rule is: a `recommendation` (what to use), or a `parameter-default`
 * (the documented default of a `learning_rate` parameter in an inputs/outputs table, not advice).
 */
export type LrRuleKind = 'recommendation' | 'parameter-default';

/** A model-size range in parameters (not billions): `<3B` -> `{ max: 3e9 }`, `7-8B` -> `{ min: 7e9, max: 8e9 }`. */
export interface ModelParams {
	/** Smallest model size the rule applies to, in parameters. */
	readonly min?: number;
	/** Largest model size the rule applies to, in parameters. */
	readonly max?: number;
}

/** When a rule applies. */
export interface LrCondition {
	/** The condition as written, e.g. `Small Models (<3B)` (a row's label cell, a bullet's bold label, or the sentence). */
	readonly text: string;
	/** Tasks the condition names (from its text, else its section, else the page title); empty when none fits. */
	readonly tasks: readonly LrTask[];
	/** The method the condition names, when it names one. */
	readonly method?: LrMethod;
	/** The model sizes the condition names, when it names any. */
	readonly modelParams?: ModelParams;
}

/** A learning rate or range in plain numbers. */
export interface LrValue {
	/** Lower end (equal to `max` for a single value). */
	readonly min: number;
	/** Upper end. */
	readonly max: number;
	/** The value as written, e.g. `2e-4 to 5e-4`. */
	readonly text: string;
}

/** A source the rule's page cites (`[[source::Type|Title|URL]]`). */
export interface LrSource {
	/** Source type as written, e.g. `Paper`, `Doc`, `Blog`. */
	readonly type: string;
	/** Source title. */
	readonly title: string;
	/** URL, path or free text of the third part; absent in the two-part form. */
	readonly url?: string;
}

/** One stated LR recommendation (or documented parameter default). */
export interface LrRule {
	/**
	 * Stable id: `<page id>#lr-<digest>`, the digest of page, section, condition and value text, so it does not
	 * change when other pages, other rules or line numbers change.
	 * @example 'Heuristic:Learning_Rate_Tuning#lr-3f9a2c1d'
	 */
	readonly id: string;
	/** Id of the page that states the rule, e.g. `Heuristic:Learning_Rate_Tuning`. */
	readonly page: string;
	/** Heading path of the section the rule stands in (titles, outermost first). */
	readonly section: readonly string[];
	/** When the rule applies. */
	readonly condition: LrCondition;
	/** The learning rate it states. */
	readonly lr: LrValue;
	/** The page's "start here" value (`Default Recommendation`, `start with`, `default LR`...). */
	readonly isDefault: boolean;
	/** Recommendation or parameter default. */
	readonly kind: LrRuleKind;
	/** Table row, bullet or sentence. */
	readonly origin: LrOrigin;
	/** The rest of the row or sentence: qualifiers (`~`, `with decay`), comparisons, remarks. Empty when none. */
	readonly notes: string;
	/** The page's sources. */
	readonly sources: readonly LrSource[];
	/** Page file relative to the content folder, e.g. `heuristics/Learning_Rate_Tuning.wiki`. */
	readonly file: string;
	/** 1-based line of the row or statement. */
	readonly line: number;
}

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
