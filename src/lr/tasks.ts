/** The tasks and methods an LR rule's condition names: the one list the schema, the types and the recommender read. */

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
