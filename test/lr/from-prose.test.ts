import { describe, expect, test } from 'vitest';
import { splitLabel, splitSentences } from '../../src/lr/from-prose.ts';
import { extractLrRules } from '../../src/lr/index.ts';
import { page, prose, table } from './builder.ts';

const noGraph = { nodes: [], facts: [], edges: [], properties: [], subobjects: [] };
const extract = (...blocks: Parameters<typeof prose>[]) =>
	extractLrRules([page({ prose: blocks.map((b) => prose(...b)) })], noGraph).rules;

describe('bullets', () => {
	test('a default recommendation after a lead-in about the LR', () => {
		const rules = extract(
			[26, 'Action: Set learning rate based on task type and model size.', 'bullet', ['Insight']],
			[27, 'Values:', 'bullet', ['Insight']],
			[43, 'Default Recommendation: Start with `2e-4` for most QLoRA fine-tuning tasks.', 'bullet', ['Insight']],
		);
		expect(rules).toHaveLength(1);
		expect(rules[0]).toMatchObject({
			condition: { text: 'for most QLoRA fine-tuning tasks', tasks: [], method: 'qlora' },
			lr: { min: 0.0002, max: 0.0002, text: '2e-4' },
			isDefault: true,
			origin: 'bullet',
			line: 43,
			notes: 'Start with `2e-4` for most QLoRA fine-tuning tasks.',
		});
	});

	test('a labelled bullet: the label is the condition; a reversed range is put in order', () => {
		const rules = extract([1, 'SFT: Typical LR = 2e-4 to 5e-5']);
		expect(rules[0]).toMatchObject({ condition: { text: 'SFT', tasks: ['sft'] }, lr: { min: 0.00005, max: 0.0002 } });
	});

	test('a parenthetical comparison goes to the notes, not to a second rule or the condition', () => {
		const rules = extract([
			32,
			"Learning rate: Use 1e-4 to 2e-4 (higher than full fine-tuning's 1e-5)",
			'bullet',
			['Usage'],
		]);
		expect(rules).toHaveLength(1);
		expect(rules[0]!.lr).toEqual({ min: 0.0001, max: 0.0002, text: '1e-4 to 2e-4' });
		expect(rules[0]!.notes).toContain("(higher than full fine-tuning's 1e-5)");
		expect(rules[0]!.condition.method).toBeUndefined();
		expect(rules[0]!.condition.tasks).toEqual([]);
	});

	test('items under a lead-in paragraph about the LR', () => {
		const rules = extract(
			[60, 'Learning Rate Considerations:', 'paragraph', ['Theory']],
			[66, 'Empirical guidance:', 'paragraph', ['Theory']],
			[67, 'Full fine-tuning: 1e-5 to 5e-5', 'bullet', ['Theory']],
			[68, 'LoRA fine-tuning: 1e-4 to 3e-4', 'bullet', ['Theory']],
		);
		expect(rules.map((r) => [r.condition.text, r.condition.method, r.condition.tasks, r.lr.min, r.lr.max])).toEqual([
			['Full fine-tuning', 'full', ['full-finetune'], 0.00001, 0.00005],
			['LoRA fine-tuning', 'lora', [], 0.0001, 0.0003],
		]);
	});

	test('numbers of other settings are never LRs', () => {
		expect(
			extract([1, 'weight_decay 0.01, warmup_ratio 0.03, dropout 0.05, beta 0.1', 'bullet', ['Learning rate']]),
		).toEqual([]);
		const rules = extract([1, 'Set lr=3e-4 and weight_decay=0.1 for small models (<1B).']);
		expect(rules.map((r) => [r.lr.min, r.condition.modelParams])).toEqual([[0.0003, { max: 1e9 }]]);
		expect(
			extract([1, 'The KL beta should be 0.1; the LR around 1e-6 for PPO.']).map((r) => [r.lr.min, r.condition.tasks]),
		).toEqual([[0.000001, ['ppo']]]);
	});

	test('a labelled setting other than the LR gives nothing, even under an LR heading', () => {
		expect(extract([1, 'lora_dropout: 0.05', 'bullet', ['Learning rate']])).toEqual([]);
	});

	test('values for two methods split by a slash give two rules', () => {
		const rules = extract([1, 'Learning rate: 1e-4 (LoRA) / 1e-5 (full)', 'paragraph']);
		expect(rules.map((r) => [r.condition.method, r.lr.min])).toEqual([
			['lora', 0.0001],
			['full', 0.00001],
		]);
	});

	test('a code example in inline code is not a rule; a value in backticks is', () => {
		const rules = extract([
			1,
			'Set `SFTConfig(learning_rate=7e-4)` only when you know why. The learning rate of `3e-4` is fine for 1B models.',
			'paragraph',
		]);
		expect(rules.map((r) => [r.lr.min, r.condition.modelParams])).toEqual([[0.0003, { min: 1e9, max: 1e9 }]]);
	});

	test('a "start here" item on a page about the LR', () => {
		const onLrPage = extractLrRules(
			[
				page({
					name: 'Learning Rate Basics',
					prose: [prose(3, 'Default Recommendation: Start with `1e-4`.', 'bullet', ['Insight'])],
				}),
			],
			noGraph,
		).rules;
		expect(onLrPage.map((r) => [r.lr.min, r.isDefault])).toEqual([[0.0001, true]]);
		const elsewhere = extractLrRules(
			[
				page({
					name: 'Batch Size',
					prose: [prose(3, 'Default Recommendation: Start with `1e-4`.', 'bullet', ['Insight'])],
				}),
			],
			noGraph,
		).rules;
		expect(elsewhere).toEqual([]);
	});

	test('a bullet without an LR context gives nothing', () => {
		expect(extract([1, 'Use 16-64 examples per batch and 2e-4 as epsilon', 'bullet', ['Batching']])).toEqual([]);
		expect(extract([1, 'Set dropout to 0.05', 'bullet', ['Regularization']])).toEqual([]);
	});
});

describe('sentences', () => {
	test('a sentence that names the LR, with its condition phrase', () => {
		const rules = extract([
			25,
			'Use this after setting up your model. For LoRA fine-tuning, typical settings include lower learning rates (1e-4 to 2e-4), gradient accumulation for larger effective batch sizes, and regular evaluation.',
			'paragraph',
			['Usage'],
		]);
		expect(rules).toHaveLength(1);
		expect(rules[0]).toMatchObject({
			origin: 'sentence',
			condition: { text: 'For LoRA fine-tuning', method: 'lora', tasks: [] },
			lr: { min: 0.0001, max: 0.0002 },
		});
	});

	test('two values with their own conditions give two rules', () => {
		const rules = extract([1, 'Use a learning rate of 2e-4 for LoRA and 2e-5 for full fine-tuning.', 'paragraph']);
		expect(rules.map((r) => [r.condition.method, r.lr.min])).toEqual([
			['lora', 0.0002],
			['full', 0.00002],
		]);
	});

	test('a sentence outside any LR context is not a rule', () => {
		expect(
			extract([
				59,
				'Empirically, 2e-4 works well across most Llama, Mistral, and Qwen models when using 4-bit quantization with Unsloth.',
				'paragraph',
				['Reasoning'],
			]),
		).toEqual([]);
		expect(
			extract([
				17,
				'Optimal learning rate selection, typically 10-100x higher than full fine-tuning rates.',
				'paragraph',
			]),
		).toEqual([]);
	});

	test('a value the text warns against is not advice', () => {
		expect(extract([1, 'Do not use a learning rate of 1e-3.', 'paragraph'])).toEqual([]);
		const rules = extract([1, 'A learning rate of 1e-3 is too high for LoRA on 70B; use 1e-4 instead.', 'paragraph']);
		expect(rules.map((r) => [r.lr.min, r.condition.method, r.condition.modelParams])).toEqual([
			[0.0001, 'lora', { min: 70e9, max: 70e9 }],
		]);
	});

	test('a sentence leaning on the sentence before it', () => {
		const rules = extract([
			1,
			'The learning rate matters most. Reward model training typically uses 1e-5. The dropout is 0.1.',
			'paragraph',
		]);
		expect(rules.map((r) => [r.condition.tasks, r.lr.min])).toEqual([[['reward-model'], 0.00001]]);
	});

	test('every written form of a number', () => {
		const forms = ['2e-4', '2E-4', '2e-04', '0.0002', '2 × 10^-4', '2x10⁻⁴', '2 * 10^-4', '`2e-4`'];
		for (const form of forms)
			expect(
				extract([1, `Set the learning rate to ${form}.`, 'paragraph']).map((r) => r.lr.min),
				form,
			).toEqual([0.0002]);
	});

	test('a documented default in prose is a parameter default', () => {
		const rules = extract([1, '`learning_rate` defaults to 5e-5 in TrainingArguments.', 'paragraph']);
		expect(rules[0]).toMatchObject({ kind: 'parameter-default', isDefault: false });
	});
});

test('splitLabel keeps a short label and its body', () => {
	expect(splitLabel('Default Recommendation: Start with `2e-4`')).toEqual({
		label: 'Default Recommendation',
		body: 'Start with `2e-4`',
	});
	expect(splitLabel('Use 2e-4: it works')).toEqual({ label: '', body: 'Use 2e-4: it works' });
});

test('splitSentences keeps abbreviations and decimals inside sentences', () => {
	expect(splitSentences('Use 2e-4, e.g. for Llama. For 70B, use 0.00001.')).toEqual([
		'Use 2e-4, e.g. for Llama.',
		'For 70B, use 0.00001.',
	]);
});

describe('page-level LR context', () => {
	const sentence = "For LoRA adapters on 7B models, use 1e-4 to 2e-4 (higher than full fine-tuning's 1e-5).";
	const settings = 'Keep weight decay at 0.01 and dropout at 0.05; warmup 0.03 and beta 0.1 work too.';
	const bare: Parameters<typeof prose>[] = [
		[63, sentence, 'paragraph', ['The Insight', 'Per training stage']],
		[64, settings, 'paragraph', ['The Insight', 'Per training stage']],
		[65, 'Use 0.02 as a start.', 'paragraph', ['The Insight']],
	];

	test('a page whose title names the LR makes its values in LR notation count; plain decimals do not', () => {
		const rules = extractLrRules(
			[page({ name: 'Learning rate cheatsheet', prose: bare.map((b) => prose(...b)) })],
			noGraph,
		).rules;
		expect(
			rules.map((r) => [r.line, r.lr.min, r.lr.max, r.condition.method, r.condition.modelParams, r.origin]),
		).toEqual([[63, 0.0001, 0.0002, 'lora', { min: 7e9, max: 7e9 }, 'sentence']]);
		expect(rules[0]!.notes).toContain("higher than full fine-tuning's 1e-5");
	});

	test('the same text on a page not about the LR gives nothing', () => {
		expect(extractLrRules([page({ name: 'Adapters', prose: bare.map((b) => prose(...b)) })], noGraph).rules).toEqual(
			[],
		);
	});

	test("the page's main topic (its Overview) or an LR table in a section above counts; a Reasoning section does not", () => {
		const items: Parameters<typeof prose>[] = [
			[26, 'Default Recommendation: Start with `5e-6` for GRPO.', 'bullet', ['Suggested rates', 'Defaults']],
			[27, "RLHF: `1e-6` to `1e-5` (lower than SFT's 2e-4)", 'bullet', ['Suggested rates', 'Defaults']],
			[40, 'Empirically, 2e-4 works well with 4-bit models.', 'paragraph', ['Reasoning']],
		];
		const overview = prose(15, 'Learning rates for the reinforcement-learning stages after SFT.', 'paragraph', [
			'Overview',
		]);
		const byOverview = extractLrRules(
			[page({ name: 'rl stages', prose: [overview, ...items.map((b) => prose(...b))] })],
			noGraph,
		).rules;
		expect(byOverview.map((r) => [r.line, r.lr.min, r.lr.max, r.condition.tasks, r.isDefault])).toEqual([
			[26, 5e-6, 5e-6, ['grpo'], true],
			[27, 1e-6, 1e-5, ['rlhf'], false],
		]);
		const lrTable = table(19, ['Stage', 'Suggested LR'], [['GRPO', '5e-6']], { section: ['Suggested rates'] });
		const byTable = extractLrRules(
			[page({ name: 'rl stages', tables: [lrTable], prose: items.map((b) => prose(...b)) })],
			noGraph,
		).rules;
		expect(byTable.map((r) => r.line)).toEqual([21, 26, 27]);
		expect(extractLrRules([page({ name: 'rl stages', prose: items.map((b) => prose(...b)) })], noGraph).rules).toEqual(
			[],
		);
	});
});
