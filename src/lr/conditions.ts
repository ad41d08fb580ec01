/**
 * The condition vocabulary: which tasks, method and model sizes a text names. Pure and browser-safe
 * (the recommender form reads its inputs with the same words).
 */
import { TASK_NAMES, TASK_SYNONYMS } from './task-words.ts';
import { LR_METHODS, LR_TASKS, type LrMethod, type LrTask, type ModelParams } from './types.ts';

/**
 * The tasks a text names, in the SPEC's order; `RLHF/DPO/GRPO` gives three.
 * @example readTasks('RLHF/DPO/GRPO') // ['rlhf', 'dpo', 'grpo']
 * @example readTasks('Instruction Fine-tuning (SFT)') // ['sft']
 * @example readTasks('DPO, full fine-tune') // ['dpo'] (and `readMethod` gives `full`)
 */
export function readTasks(text: string): LrTask[] {
	// Titles glue words together (`TRL_DPOTrainer`): look at the text and at its split form.
	const variants = [text, splitCamel(text)];
	const named = LR_TASKS.filter((t) => variants.some((v) => TASK_NAMES[t].test(v)));
	const tasks = named.length > 0 ? named : LR_TASKS.filter((t) => variants.some((v) => TASK_SYNONYMS[t]?.test(v)));
	// One fine-tuning named twice (`Instruction Fine-tuning (SFT)`) is one task: keep the acronym's.
	const one = tasks.includes('sft') ? tasks.filter((t) => t !== 'instruction-tuning') : tasks;
	// Next to another task (`DPO, full fine-tune`), full fine-tuning is the method, not the task.
	return one.length > 1 ? one.filter((t) => t !== 'full-finetune') : one;
}

/**
 * The method a text names: `qlora` (QLoRA, 4-bit), `lora` (LoRA, adapters), `full` (full fine-tuning);
 * `LoRA/QLoRA` is `lora` (the family); a text that names LoRA and full fine-tuning names none.
 * @example readMethod('for most QLoRA fine-tuning tasks') // 'qlora'
 */
export function readMethod(text: string): LrMethod | undefined {
	// Not `splitCamel`: it would cut `QLoRA` into `Q LoRA`.
	const spaced = text.replace(/_/g, ' ');
	const qlora = /\bQ-?LoRA\b|\b4-?bit\b|\bNF4\b/i.test(spaced);
	const lora = /(?<![Qq]-?)\bLoRA\b|\bLoRA\+|\bDoRA\b|\badapters?\b/i.test(spaced);
	// `Full` alone is the method in a table cell, a list (`70B, Full`) or a parenthesis (`LR (full)`).
	// `on all weights`, `full parameters`: every weight is trained, which is full fine-tuning.
	const full =
		TASK_NAMES['full-finetune'].test(spaced) ||
		/\bfull[ -]parameters?\b|\bfull[ -]model training\b|\b(?:all|full)[ -](?:model[ -])?(?:weights|parameters)\b|(?:^|[(,/])\s*full\s*(?=$|[),/])/i.test(
			spaced,
		);
	if (full && (lora || qlora)) return undefined;
	if (full) return 'full';
	if (lora) return 'lora';
	return qlora ? 'qlora' : undefined;
}

const UNIT: Readonly<Record<string, number>> = { t: 1e12, b: 1e9, bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3 };
/** A size: `7B`, `1.5B`, `350M`, `70 billion`; a lowercase unit only when attached (`7b`, not `7 b`). */
const SIZE = String.raw`(\d+(?:\.\d+)?)(?:\s*(B|M|T|billion|million|bn)|(b|m|k))(?!\w)`;
const SIZE_RE = new RegExp(String.raw`(?<![\w.])${SIZE}`, 'g');
const sizeValue = (n: string, unit: string) => Math.round(Number(n) * (UNIT[unit.toLowerCase()] ?? 1));

const BELOW = /(?:<=?|≤|\bunder|\bbelow|\bless than|\bsmaller than|\bup to|\bat most|\bsub-?|\bmax(?:imum)?)\s*$/i;
const ABOVE =
	/(?:>=?|≥|\bover|\babove|\bmore than|\bgreater than|\blarger than|\bbigger than|\bat least|\bmin(?:imum)?)\s*$/i;
const ABOVE_AFTER = /^\s*(?:\+|and (?:above|up|larger|bigger|more)|or (?:more|larger|bigger|above))/i;
const BELOW_AFTER = /^\s*(?:and (?:below|under|smaller|less)|or (?:less|smaller|below))/i;

/**
 * The model sizes a text names, in parameters: `<3B` -> `{max: 3e9}`, `>13B` -> `{min: 13e9}`,
 * `7-8B` -> `{min: 7e9, max: 8e9}`, `70B` -> `{min: 70e9, max: 70e9}`; undefined when it names none.
 * @example readModelParams('Small Models (<3B)') // { max: 3000000000 }
 */
export function readModelParams(text: string): ModelParams | undefined {
	// `7-8B`, `7B-13B`, `7 to 13B`, `between 7B and 13B`: a range with the unit on the right end.
	const range =
		/(?<![\w.-])(\d+(?:\.\d+)?)\s*(B|M|b|m|billion|million)?\s*(?:-|–|—|to|and)\s*(\d+(?:\.\d+)?)\s*(B|M|T|billion|million|bn|b|m)(?![\w+])/.exec(
			text,
		);
	if (range) {
		const unit = range[4]!;
		const a = sizeValue(range[1]!, range[2] ?? unit);
		const b = sizeValue(range[3]!, unit);
		return { min: Math.min(a, b), max: Math.max(a, b) };
	}
	let min: number | undefined;
	let max: number | undefined;
	const exact: number[] = [];
	for (const m of text.matchAll(SIZE_RE)) {
		const value = sizeValue(m[1]!, m[2] ?? m[3]!);
		if (value < 1e6) continue;
		const before = text.slice(Math.max(0, m.index - 30), m.index);
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
		if (BELOW.test(before) || BELOW_AFTER.test(after)) max = max === undefined ? value : Math.max(max, value);
		else if (ABOVE.test(before) || ABOVE_AFTER.test(after)) min = min === undefined ? value : Math.min(min, value);
		else exact.push(value);
	}
	if (exact.length > 0) {
		min = Math.min(min ?? Infinity, ...exact);
		max = Math.max(max ?? -Infinity, ...exact);
	}
	if (min === undefined && max === undefined) return undefined;
	return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/**
 * Reads a model size typed by a user: `7B`, `7b`, `70B`, `1.5B`, `350M`, `7e9`, `7000000000`.
 * @example readParamCount('7B') // 7000000000
 */
export function readParamCount(text: string): number | undefined {
	const t = text.trim().replace(/_/g, '');
	const sized = /^(\d+(?:\.\d+)?)\s*(T|B|M|K|billion|million|bn)$/i.exec(t);
	if (sized) return sizeValue(sized[1]!, sized[2]!);
	const n = Number(t);
	return t !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Reads a task typed by a user: an id (`sft`) or words (`SFT`, `instruction tuning`, `DPO`).
 * @example readTask('Instruction tuning') // 'instruction-tuning'
 */
export function readTask(text: string): LrTask | undefined {
	const t = text.trim().toLowerCase();
	const id = LR_TASKS.find((task) => task === t || task.replace(/-/g, ' ') === t.replace(/[-_]/g, ' '));
	if (id) return id;
	const named = readTasks(text);
	return named.length === 1 ? named[0] : undefined;
}

/**
 * What a user may type for each method: the id and its usual spellings, compared without case, spaces, `-`
 * and `_` (`QLoRA`, `q-lora`, `Full_Fine-Tuning`). Nothing else is accepted: `adapter` could be LoRA or a
 * bottleneck adapter, so guessing would answer another question.
 */
export const METHOD_INPUTS: Readonly<Record<LrMethod, readonly string[]>> = {
	lora: ['lora'],
	qlora: ['qlora'],
	full: ['full', 'full-finetune', 'full fine-tuning', 'full-ft', 'full-parameter'],
};

const inputKey = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Reads a method typed by a user: `lora`, `qlora`, `full` or one of their spellings in `METHOD_INPUTS`;
 * undefined for anything else.
 * @example readMethodInput('QLoRA') // 'qlora'
 * @example readMethodInput('adapter') // undefined
 */
export function readMethodInput(text: string): LrMethod | undefined {
	const key = inputKey(text);
	return LR_METHODS.find((m) => METHOD_INPUTS[m].some((spelling) => inputKey(spelling) === key));
}

/**
 * Puts spaces into CamelCase and snake_case words so `DPOTrainer` and `GRPO_Reinforcement` name their tasks.
 * @example splitCamel('TRL_DPOTrainer') // 'TRL DPO Trainer'
 */
export function splitCamel(text: string): string {
	return text
		.replace(/_/g, ' ')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}
