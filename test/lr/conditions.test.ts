import { describe, expect, test } from 'vitest';
import {
	readMethod,
	readMethodInput,
	readModelParams,
	readParamCount,
	readTask,
	readTasks,
	splitCamel,
} from '../../src/lr/conditions.ts';

describe('readTasks', () => {
	test.each([
		['Instruction Fine-tuning (SFT)', ['sft']],
		['Instruction tuning', ['instruction-tuning']],
		['Supervised fine-tuning', ['sft']],
		['Domain Adaptation', ['domain-adaptation']],
		['RLHF/DPO/GRPO', ['rlhf', 'dpo', 'grpo']],
		['Continued pretraining on new text', ['continued-pretraining']],
		['Full fine-tuning', ['full-finetune']],
		['PPO', ['ppo']],
		['Reward model training', ['reward-model']],
		['Embedding model fine-tuning', ['embedding']],
		['TRL_DPOTrainer', ['dpo']],
		['Small Models (<3B)', []],
		['LR for the embedding layers', []],
		['Startup advice', []],
	])('%s names %j', (text, tasks) => {
		expect(readTasks(text)).toEqual(tasks);
	});

	// Phrasings found in the corpora (kapso-wikis, unsloth-sample) and the repository's content/, and the forms
	// a table label takes: singular and plural, any case, `-`/space/`_`/nothing between words.
	test.each([
		['embedding', ['embedding']],
		['Embedding', ['embedding']],
		['embeddings', ['embedding']],
		['Embeddings (sentence-transformers)', ['embedding']],
		['embedding models', ['embedding']],
		['text-embedding', ['embedding']],
		['sentence embeddings', ['embedding']],
		['fine-tuning an embedding model', ['embedding']],
		['reward modeling', ['reward-model']],
		['Reward Modelling', ['reward-model']],
		['reward_modeling', ['reward-model']],
		['reward models', ['reward-model']],
		['preference tuning', ['dpo']],
		['Preference Optimization', ['dpo']],
		['preference learning', ['dpo']],
		['preference-aligned', ['dpo']],
		['instruction-tuned', ['instruction-tuning']],
		['instruct-tuned', ['instruction-tuning']],
		['instruction-following', ['instruction-tuning']],
		['chat fine-tuning', ['instruction-tuning']],
		['supervised fine-tuned', ['sft']],
		['Supervised Finetuning', ['sft']],
		['domain-specific', ['domain-adaptation']],
		['domain adapted', ['domain-adaptation']],
		['domain-adaptive pre-training', ['domain-adaptation']],
		['continue pre-training', ['continued-pretraining']],
		['Continual Pretraining', ['continued-pretraining']],
		['full-parameter fine-tuning', ['full-finetune']],
		['RL from human feedback', ['rlhf']],
	])('the phrasing %s names %j', (text, tasks) => {
		expect(readTasks(text)).toEqual(tasks);
	});

	test.each([
		// a model's parts, not the embedding task
		'embedding layers',
		'embedding_learning_rate',
		'Embedding LR',
		'the embeddings',
		'input embeddings',
		'lm_head and embeddings',
		'embeddings and lm_head',
		'embedding matrix',
		// no task of the list: pre-training from scratch, generic fine-tuning, algorithms without a task of their own
		'pretraining',
		'Fine-tuning',
		'ORPO',
		'RL',
	])('%s names no task', (text) => {
		expect(readTasks(text)).toEqual([]);
	});

	test('a broad word yields to an exact task name in the same text', () => {
		expect(readTasks('RLHF preference tuning')).toEqual(['rlhf']);
		expect(readTasks('SFT on instruction-following data')).toEqual(['sft']);
		expect(readTasks('Preference tuning (DPO)')).toEqual(['dpo']);
	});
});

describe('readMethod', () => {
	test.each([
		['for most QLoRA fine-tuning tasks', 'qlora'],
		['when using 4-bit quantization', 'qlora'],
		['LoRA fine-tuning', 'lora'],
		['LoRA/QLoRA fine-tuning', 'lora'],
		['Full fine-tuning', 'full'],
		['LR (full)', 'full'],
		['70B, Full', 'full'],
		['for GRPO on all weights', 'full'],
		['training the full model weights', 'full'],
		['LoRA on all linear layers', 'lora'],
		['full-precision weights', undefined],
		['LoRA vs full fine-tuning', undefined],
		['Instruction Fine-tuning (SFT)', undefined],
		['Fully sharded training', undefined],
	])('%s names %s', (text, method) => {
		expect(readMethod(text)).toBe(method);
	});
});

describe('readModelParams', () => {
	test.each([
		['Small Models (<3B)', { max: 3e9 }],
		['Large Models (>13B)', { min: 13e9 }],
		['7-8B', { min: 7e9, max: 8e9 }],
		['7B to 13B models', { min: 7e9, max: 13e9 }],
		['between 7B and 13B', { min: 7e9, max: 13e9 }],
		['70B', { min: 70e9, max: 70e9 }],
		['Llama-2-70b', { min: 70e9, max: 70e9 }],
		['13B+', { min: 13e9 }],
		['models up to 1.5B', { max: 1.5e9 }],
		['under 350M parameters', { max: 350e6 }],
		['over 30 billion parameters', { min: 30e9 }],
		['Qwen2.5-0.5B', { min: 0.5e9, max: 0.5e9 }],
	])('%s names %j', (text, params) => {
		expect(readModelParams(text)).toEqual(params);
	});

	test.each(['Small Models', '4-bit', '16 GB VRAM', '8 bits'])('%s names no size', (text) => {
		expect(readModelParams(text)).toBeUndefined();
	});
});

describe('user input', () => {
	test.each([
		['7B', 7e9],
		['7b', 7e9],
		['1.5B', 1.5e9],
		['350M', 350e6],
		['7e9', 7e9],
		['7000000000', 7e9],
	])('reads the size %s', (text, n) => {
		expect(readParamCount(text)).toBe(n);
	});

	test.each(['big', '', '-7B'])('reads no size from %j', (text) => {
		expect(readParamCount(text)).toBeUndefined();
	});

	test.each([
		['sft', 'sft'],
		['SFT', 'sft'],
		['instruction tuning', 'instruction-tuning'],
		['Domain adaptation', 'domain-adaptation'],
		['reward-model', 'reward-model'],
		['DPO', 'dpo'],
		['cooking', undefined],
	])('reads the task %s', (text, task) => {
		expect(readTask(text)).toBe(task);
	});

	test.each([
		['qlora', 'qlora'],
		['QLoRA', 'qlora'],
		['full', 'full'],
		['full fine-tuning', 'full'],
		['full-finetune', 'full'],
		['Full_Finetune', 'full'],
		['q-lora', 'qlora'],
		['adam', undefined],
		// words that rules may use for a method are not accepted as input: they are ambiguous or not a method
		['adapter', undefined],
		['adapters', undefined],
		['DoRA', undefined],
		['4-bit', undefined],
		['lora-ish', undefined],
	])('reads the method %s', (text, method) => {
		expect(readMethodInput(text)).toBe(method);
	});
});

test('splitCamel spaces glued title words', () => {
	expect(splitCamel('TRL_DPOTrainer')).toBe('TRL DPO Trainer');
});
