/**
 * The task vocabulary: the words that name each task of `lr-rules.json` in a rule's condition, its section
 * headings, its page title, and in what a user types. One table, read by `readTasks` (`conditions.ts`).
 * Pure and browser-safe.
 *
 * Every pattern is matched case-insensitively, on the text and on its split form (`TRL_DPOTrainer` ->
 * `TRL DPO Trainer`, `reward_modeling` -> `reward modeling`), and takes singular and plural, `-`, space or
 * nothing between words (`fine-tuning`, `fine tuning`, `finetuning`), and the usual inflections (`tune`,
 * `tuned`, `tuning`; `modeling`, `modelling`).
 */
import type { LrTask } from './types.ts';

/** `fine-tune`, `fine tuning`, `finetuned`, `fine-tunes`. */
const FINE_TUNE = String.raw`fine[ -]?tun(?:e|es|ed|ing)`;
/** `pre-training`, `pretrain`, `pre training`. */
const PRETRAIN = String.raw`pre[ -]?train(?:s|ed|ing)?`;
/** Words after `embedding` that make it a part of a model (`embedding layers`, `embedding_learning_rate`), not the task. */
const EMBEDDING_PART_AFTER = String.raw`(?![ -]?(?:layers?|matri(?:x|ces)|weights?|params?|parameters?|tables?|vectors?|dim\w*|sizes?|lr|learning[ -]?rates?|modules?|tokens?|lookups?|space|norms?|scal\w*|init\w*|gradients?|heads?|(?:and|&|\+|,)\s*(?:the\s+)?lm[ _-]?head))`;
/** Words before `embedding` that make it a part of a model (`the embeddings`, `input embeddings`, `lm_head and embeddings`). */
const EMBEDDING_PART_BEFORE = String.raw`(?<!\b(?:the|input|output|token|word|positional|position|tied|untied|vocab|vocabulary|new|lm[ _-]?head\s*(?:and|&|\+|,))[ -])`;

/**
 * Exact names of each task: its own name, acronym and spelled-out forms. A text can name several
 * (`RLHF/DPO/GRPO`).
 */
export const TASK_NAMES: Readonly<Record<LrTask, RegExp>> = {
	/** `SFT`, `supervised fine-tuning`, `supervised finetuned`. */
	sft: new RegExp(String.raw`\bSFT\b|\bsupervised[ -]?(?:${FINE_TUNE}|FT)\b`, 'i'),
	/** `instruction tuning`, `instruct-tuned`, `instruction fine-tuning`, `instructions tuning`, `chat fine-tuning`. */
	'instruction-tuning': new RegExp(
		String.raw`\binstruct(?:ion)?s?[ -]?(?:${FINE_TUNE}|tun(?:e|es|ed|ing))\b|\binstruction[ -]following (?:${FINE_TUNE}|tuning)\b|\bchat[ -](?:${FINE_TUNE}|tuning)\b`,
		'i',
	),
	/** `domain adaptation`, `domain-adaptive pre-training`, `domain adapted`, `DAPT`, `domain-specific fine-tuning`. */
	'domain-adaptation': new RegExp(
		String.raw`\bdomain[ -]adapt(?:ation|ations|ive|ing|ed)?\b|\bDAPT\b|\bdomain[ -]specific (?:${FINE_TUNE}|tuning|training|adaptation)\b`,
		'i',
	),
	/** `continued pretraining`, `continual pre-training`, `continue pretraining`, `further pre-training`, `CPT`. */
	'continued-pretraining': new RegExp(
		String.raw`\bcontinu(?:e|ed|al|ing|ous)[ -](?:the[ -])?${PRETRAIN}\b|\bCPT\b|\bfurther[ -]${PRETRAIN}\b`,
		'i',
	),
	/** `full fine-tuning`, `full-parameter finetuning`, `full model fine-tune`, `full FT`, `FFT`. */
	'full-finetune': new RegExp(
		String.raw`\bfull[ -](?:parameters?[ -]|param[ -]|model[ -]|weights?[ -])?(?:${FINE_TUNE}|FT)\b|\bFFT\b`,
		'i',
	),
	/** `RLHF`, `reinforcement learning from human feedback`, `RL from human feedback`. */
	rlhf: /\bRLHF\b|\b(?:reinforcement learning|RL) (?:from|with) human feedback\b/i,
	/** `DPO`, `direct preference optimization` (or `optimisation`). */
	dpo: /\bDPO\b|\bdirect preference optimi[sz]ation\b/i,
	/** `GRPO`, `group relative policy optimization`. */
	grpo: /\bGRPO\b|\bgroup relative policy optimi[sz]ation\b/i,
	/** `PPO`, `proximal policy optimization`. */
	ppo: /\bPPO\b|\bproximal policy optimi[sz]ation\b/i,
	/** `reward model`, `reward models`, `reward modeling`, `reward modelling`, `reward-model training`, `RM training`. */
	'reward-model': /\breward[ -]?model(?:s|l?ing|l?ed)?\b|\bRM[ -]training\b/i,
	/**
	 * `embedding`, `embeddings`, `embedding model`, `text-embedding`, `sentence embeddings`,
	 * `sentence-transformers`; not a model's parts (`embedding layers`, `the embeddings`, `embedding_learning_rate`).
	 */
	embedding: new RegExp(
		String.raw`${EMBEDDING_PART_BEFORE}\bembeddings?\b${EMBEDDING_PART_AFTER}|\bsentence[ -]transformers?\b`,
		'i',
	),
};

/**
 * Broad words for a task: they name it only when the text names no task exactly, so `RLHF preference tuning`
 * stays `rlhf` while `Preference tuning` alone is `dpo` (the preference-optimization task of the list).
 */
export const TASK_SYNONYMS: Readonly<Partial<Record<LrTask, RegExp>>> = {
	/** `instruction following`, `instruction-following`. */
	'instruction-tuning': /\binstruction[ -]following\b/i,
	/** `domain-specific`, `domain specific data`. */
	'domain-adaptation': /\bdomain[ -]specific\b/i,
	/** `preference tuning`, `preference optimization`, `preference fine-tuning`, `preference alignment`, `preference learning`. */
	dpo: new RegExp(
		String.raw`\bpreference[ -](?:${FINE_TUNE}|tun(?:e|ed|ing)|optimi[sz](?:ation|ed|ing)|alignment|aligned|learning|training)\b`,
		'i',
	),
};
