import { beforeAll, describe, expect, test } from 'vitest';
import { extractLrRules, type LrRule } from '../../src/lr/index.ts';
import type { ParsedPage } from '../../src/parse/types.ts';
import { corpusPages } from '../helpers/corpus-pages.ts';
import { KAPSO, UNSLOTH } from '../helpers/paths.ts';

let pages: ParsedPage[] = [];
let rules: LrRule[] = [];
const of = (page: string) => rules.filter((r) => r.page === page);

beforeAll(async () => {
	pages = [...(await corpusPages(UNSLOTH)), ...(await corpusPages(KAPSO))];
	rules = extractLrRules(pages, { nodes: [], facts: [], edges: [], properties: [], subobjects: [] }).rules;
}, 300_000);

describe('LR rules of the corpus', () => {
	test('every page is read and the rules come only from the pages that state LRs', () => {
		expect(pages.length).toBe(675);
		expect([...new Set(rules.map((r) => r.page))].sort()).toEqual([
			'Heuristic:Learning_Rate_Tuning',
			'Implementation:HF_TrainingArguments',
			'Implementation:Huggingface_peft_Trainer_train',
			'Implementation:Huggingface_transformers_TrainingArguments_setup',
			'Principle:Huggingface_peft_Training_Execution',
			'Workflow:Huggingface_peft_LoRA_Fine_Tuning',
		]);
	});

	test('tables: a Markdown-mixed reference table and an inputs table row with advice', () => {
		expect(of('Heuristic:Learning_Rate_Tuning').filter((r) => r.origin === 'table')).toHaveLength(5);
		expect(of('Implementation:HF_TrainingArguments')).toEqual([
			expect.objectContaining({
				origin: 'table',
				kind: 'recommendation',
				condition: { text: 'for LoRA', tasks: [], method: 'lora' },
				lr: { min: 0.0002, max: 0.0002, text: '2e-4' },
				line: 76,
			}),
		]);
	});

	test('a parameter default in an inputs table is marked as such', () => {
		expect(of('Implementation:Huggingface_transformers_TrainingArguments_setup')).toEqual([
			expect.objectContaining({
				origin: 'table',
				kind: 'parameter-default',
				lr: { min: 0.00005, max: 0.00005, text: '5e-5' },
				line: 110,
			}),
		]);
	});

	test('bullets: a comparison in parentheses is a note; items under a lead-in get their own conditions', () => {
		const execution = of('Principle:Huggingface_peft_Training_Execution');
		expect(execution.map((r) => [r.line, r.origin, r.condition.method ?? null, r.lr.min, r.lr.max])).toEqual([
			[32, 'bullet', null, 0.0001, 0.0002],
			[72, 'bullet', 'full', 0.00001, 0.00005],
			[73, 'bullet', 'lora', 0.0001, 0.0003],
		]);
		expect(execution[0]!.notes).toContain("higher than full fine-tuning's 1e-5");
		expect(of('Workflow:Huggingface_peft_LoRA_Fine_Tuning')).toEqual([
			expect.objectContaining({
				line: 73,
				origin: 'bullet',
				lr: { min: 0.0001, max: 0.0003, text: '1e-4 to 3e-4' },
				condition: expect.objectContaining({ method: 'lora' }),
			}),
		]);
	});

	test('prose: a sentence inside a paragraph', () => {
		expect(of('Implementation:Huggingface_peft_Trainer_train')).toEqual([
			expect.objectContaining({
				line: 25,
				origin: 'sentence',
				condition: { text: 'For LoRA fine-tuning', tasks: [], method: 'lora' },
				lr: { min: 0.0001, max: 0.0002, text: '1e-4 to 2e-4' },
			}),
		]);
	});

	test('code examples are never a source of rules', () => {
		for (const page of [
			'Workflow:QLoRA_Finetuning',
			'Workflow:DPO_Alignment',
			'Implementation:TRL_SFTConfig',
			'Implementation:Huggingface_transformers_Optimizer_creation',
			'Implementation:Huggingface_transformers_HfArgumentParser',
		]) {
			expect(
				pages.some((p) => p.id === page),
				page,
			).toBe(true);
			expect(of(page), page).toEqual([]);
		}
		// And on every page, no rule stands on a line of a code block.
		for (const page of pages) {
			const codeLines = page.code.map((c) => [c.line, c.line + c.code.split('\n').length + 1] as const);
			for (const rule of of(page.id))
				expect(
					codeLines.some(([a, b]) => rule.line >= a && rule.line <= b),
					rule.id,
				).toBe(false);
		}
	});

	test('the output is deterministic and every id is unique', () => {
		const again = extractLrRules([...pages].reverse(), {
			nodes: [],
			facts: [],
			edges: [],
			properties: [],
			subobjects: [],
		}).rules;
		expect(again).toEqual(rules);
		expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
	});
});
