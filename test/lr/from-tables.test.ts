import { describe, expect, test } from 'vitest';
import { extractLrRules } from '../../src/lr/index.ts';
import { page, sourceFact, table } from './builder.ts';

const noGraph = { nodes: [], facts: [], edges: [], properties: [], subobjects: [] };
const extract = (...args: Parameters<typeof page>) => extractLrRules([page(...args)], noGraph);

describe('tables with an LR column', () => {
	test('one rule per row: label cell as condition, the rest of the row as notes', () => {
		const { rules } = extract({
			tables: [
				table(
					10,
					['Task Type', 'Recommended LR', 'Notes'],
					[['Domain Adaptation', '1e-4 to 2e-4', 'More conservative']],
					{ section: ['Insight'] },
				),
			],
			facts: [sourceFact('Paper|LoRA Paper|https://arxiv.org/abs/2106.09685')],
		});
		expect(rules).toHaveLength(1);
		expect(rules[0]).toMatchObject({
			page: 'Heuristic:Test_Page',
			section: ['Insight'],
			condition: { text: 'Domain Adaptation', tasks: ['domain-adaptation'] },
			lr: { min: 0.0001, max: 0.0002, text: '1e-4 to 2e-4' },
			isDefault: false,
			kind: 'recommendation',
			origin: 'table',
			notes: 'More conservative',
			sources: [{ type: 'Paper', title: 'LoRA Paper', url: 'https://arxiv.org/abs/2106.09685' }],
			file: 'heuristics/Test_Page.wiki',
			line: 12,
		});
	});

	test.each(['Learning Rate', 'learning_rate', 'Base LR', 'Suggested LR', 'LR', 'LR (LoRA)'])(
		'the header `%s` names the LR column',
		(header) => {
			const { rules } = extract({ tables: [table(1, ['Setting', header], [['SFT', '2e-4']])] });
			expect(rules.map((r) => r.lr.min)).toEqual([0.0002]);
		},
	);

	test('the LR may be one column among several; other settings go to the notes, not the condition', () => {
		const { rules } = extract({
			tables: [
				table(
					1,
					['Model Size', 'Method', 'Learning Rate', 'Batch Size', 'Notes'],
					[
						['7B', 'QLoRA', '2E-4', '16', 'works well'],
						['70B', 'Full', '1e-5–2e-5', '4', ''],
					],
					{ syntax: 'markdown' },
				),
			],
		});
		expect(
			rules.map((r) => [r.condition.text, r.condition.method, r.condition.modelParams, r.lr.min, r.lr.max, r.notes]),
		).toEqual([
			['7B, QLoRA', 'qlora', { min: 7e9, max: 7e9 }, 0.0002, 0.0002, 'Batch Size: 16; works well'],
			['70B, Full', 'full', { min: 70e9, max: 70e9 }, 0.00001, 0.00002, 'Batch Size: 4'],
		]);
	});

	test('two LR columns give two rules per row, each with the method its header names', () => {
		const { rules } = extract({
			tables: [
				table(1, ['Task', 'LR (LoRA)', 'LR (full)'], [['Reward modeling', '`1e-5`', '5e-6']], { syntax: 'markdown' }),
			],
		});
		expect(rules.map((r) => [r.condition.tasks, r.condition.method, r.lr.min])).toEqual([
			[['reward-model'], 'lora', 0.00001],
			[['reward-model'], 'full', 0.000005],
		]);
	});

	test('a task written as a table label names its task in any case, singular or plural', () => {
		const { rules } = extract({
			tables: [
				table(
					1,
					['Task', 'Method', 'LR'],
					[
						['embedding', 'lora', '1e-4'],
						['Embeddings', 'full', '2e-5'],
						['Reward modelling', 'LoRA', '1e-5'],
						['Preference tuning', 'full', '5e-7'],
						['Instruction-following', 'QLoRA', '2e-4'],
					],
					{ syntax: 'markdown' },
				),
			],
		});
		expect(rules.map((r) => [r.condition.text, r.condition.tasks, r.condition.method])).toEqual([
			['embedding, lora', ['embedding'], 'lora'],
			['Embeddings, full', ['embedding'], 'full'],
			['Reward modelling, LoRA', ['reward-model'], 'lora'],
			['Preference tuning, full', ['dpo'], 'full'],
			['Instruction-following, QLoRA', ['instruction-tuning'], 'qlora'],
		]);
	});

	test('qualifiers in the LR cell are kept in the notes', () => {
		const { rules } = extract({ tables: [table(1, ['Task', 'LR'], [['SFT', '~2e-4 with decay']])] });
		expect(rules[0]).toMatchObject({ lr: { min: 0.0002, max: 0.0002, text: '2e-4' }, notes: '~2e-4 with decay' });
	});

	test('a reversed range is put in order and reported with file and line', () => {
		const { rules, diagnostics } = extract({ tables: [table(5, ['Task', 'LR'], [['DPO', '5e-5 to 5e-7']])] });
		expect(rules[0]?.lr).toEqual({ min: 5e-7, max: 5e-5, text: '5e-5 to 5e-7' });
		expect(diagnostics).toEqual([
			expect.objectContaining({
				file: 'content/heuristics/Test_Page.wiki',
				line: 7,
				rule: 'reversed-range',
				severity: 'warning',
			}),
		]);
	});

	test('an LR cell without a number is reported, not guessed', () => {
		const { rules, diagnostics } = extract({
			tables: [
				table(
					1,
					['Task', 'LR'],
					[
						['Embedding', 'about right'],
						['SFT', '—'],
					],
				),
			],
		});
		expect(rules).toEqual([]);
		expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['unreadable-lr', 3]]);
	});

	test('a table about something else gives no rule, even with LR-sized numbers', () => {
		const { rules } = extract({
			tables: [
				table(
					1,
					['Parameter', 'Type', 'Default'],
					[
						['eps', 'float', '6e-5'],
						['weight_decay', 'float', '0.01'],
					],
				),
			],
		});
		expect(rules).toEqual([]);
	});

	test('a table about the LR (caption or section) reads the column mostly filled with LRs', () => {
		const rows = [
			['Llama 3 8B', '2e-4', 'QLoRA'],
			['Mistral 7B', '1e-4 - 2e-4', ''],
		];
		const byCaption = extract({
			tables: [table(1, ['Model', 'Value', 'Notes'], rows, { caption: 'Learning rates by model size' })],
		}).rules;
		expect(byCaption.map((r) => [r.condition.text, r.lr.min, r.lr.max])).toEqual([
			['Llama 3 8B', 0.0002, 0.0002],
			['Mistral 7B', 0.0001, 0.0002],
		]);
		expect(
			extract({ tables: [table(1, ['Model', 'Value', 'Notes'], rows, { section: ['Learning rate'] })] }).rules,
		).toHaveLength(2);
		expect(extract({ tables: [table(1, ['Model', 'Value', 'Notes'], rows, { section: ['Memory'] })] }).rules).toEqual(
			[],
		);
	});

	test('a headerless table whose first row names the LR', () => {
		const { rules } = extract({
			tables: [
				table(
					1,
					[],
					[
						['Task', 'Learning rate'],
						['GRPO', '5e-6'],
					],
				),
			],
		});
		expect(rules.map((r) => [r.condition.tasks, r.lr.min])).toEqual([[['grpo'], 0.000005]]);
	});
});

describe('tables with an LR row', () => {
	test('a documented default in an inputs table is a parameter-default rule', () => {
		const { rules } = extract({
			tables: [
				table(
					1,
					['Parameter', 'Type', 'Required', 'Description'],
					[
						['learning_rate', 'float', 'No', 'Initial learning rate for optimizer (default: 5e-5)'],
						['weight_decay', 'float', 'No', '(default: 0.01)'],
					],
				),
			],
		});
		expect(rules).toHaveLength(1);
		expect(rules[0]).toMatchObject({ kind: 'parameter-default', lr: { min: 0.00005, max: 0.00005 }, isDefault: false });
	});

	test('advice in an inputs table is a recommendation with its condition', () => {
		const { rules } = extract({
			tables: [
				table(
					1,
					['Parameter', 'Type', 'Description'],
					[['learning_rate', 'float', 'Initial learning rate (2e-4 for LoRA)']],
				),
			],
		});
		expect(rules[0]).toMatchObject({
			kind: 'recommendation',
			condition: { text: 'for LoRA', method: 'lora' },
			lr: { min: 0.0002 },
		});
	});

	test('an LR row under task columns gives one rule per column', () => {
		const { rules } = extract({
			tables: [
				table(
					1,
					['Setting', 'SFT', 'DPO'],
					[
						['Learning rate', '2e-4', '5e-6'],
						['Beta', '-', '0.1'],
					],
				),
			],
		});
		expect(rules.map((r) => [r.condition.text, r.condition.tasks, r.lr.min])).toEqual([
			['SFT', ['sft'], 0.0002],
			['DPO', ['dpo'], 0.000005],
		]);
	});
});
