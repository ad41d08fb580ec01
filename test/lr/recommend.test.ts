import { describe, expect, test } from 'vitest';
import { parseLrQuery } from '../../src/lr/query.ts';
import { recommendLr } from '../../src/lr/recommend.ts';
import type { LrCondition, LrRule } from '../../src/lr/types.ts';

let n = 0;
function rule(condition: Partial<LrCondition>, min: number, max = min, extra: Partial<LrRule> = {}): LrRule {
	n++;
	return {
		id: `Heuristic:T#lr-${String(n).padStart(8, '0')}`,
		page: extra.page ?? 'Heuristic:T',
		section: [],
		condition: { text: condition.text ?? 'c', tasks: [], ...condition },
		lr: { min, max, text: `${min} to ${max}` },
		isDefault: false,
		kind: 'recommendation',
		origin: 'table',
		notes: '',
		sources: [],
		file: 'heuristics/T.wiki',
		line: n,
		...extra,
	};
}

const sft = rule({ text: 'Instruction Fine-tuning (SFT)', tasks: ['sft'] }, 2e-4, 5e-4);
const rl = rule({ text: 'RLHF/DPO/GRPO', tasks: ['rlhf', 'dpo', 'grpo'] }, 5e-5, 2e-4);
const small = rule({ text: 'Small Models (<3B)', modelParams: { max: 3e9 } }, 3e-4, 1e-3);
const large = rule({ text: 'Large Models (>13B)', modelParams: { min: 13e9 } }, 1e-4, 2e-4);
const start = rule({ text: 'for most QLoRA fine-tuning tasks', method: 'qlora' }, 2e-4, 2e-4, {
	isDefault: true,
	origin: 'bullet',
});
const paramDefault = rule({ text: '(default: 5e-5)', tasks: ['sft'] }, 5e-5, 5e-5, {
	kind: 'parameter-default',
	page: 'Implementation:X',
});
const rules = [sft, rl, small, large, start, paramDefault];

describe('recommendLr', () => {
	test('one most specific rule gives its range, and a fitting default gives the start value', () => {
		const rec = recommendLr({ task: 'sft' }, rules);
		expect(rec).toMatchObject({ lr: { min: 2e-4, max: 5e-4 }, start: 2e-4, basis: 'single', pages: ['Heuristic:T'] });
		expect(rec.matches.filter((m) => m.used).map((m) => m.rule.id)).toEqual([sft.id]);
	});

	test('equally specific rules that agree give the overlap of their ranges', () => {
		const rec = recommendLr({ task: 'sft', params: 70e9 }, rules);
		expect(rec).toMatchObject({ lr: { min: 2e-4, max: 2e-4 }, basis: 'agreement' });
		expect(
			rec.matches
				.filter((m) => m.used)
				.map((m) => m.rule.id)
				.sort(),
		).toEqual([sft.id, large.id].sort());
		expect(rec.explanation.join(' ')).toMatch(/overlap/);
	});

	test('equally specific rules that disagree give their span, and say so', () => {
		const rec = recommendLr({ task: 'dpo', params: 1e9 }, rules);
		expect(rec).toMatchObject({ lr: { min: 5e-5, max: 1e-3 }, basis: 'disagreement' });
		expect(rec.explanation.join(' ')).toMatch(/disagree/);
	});

	test('a rule the query contradicts is never used', () => {
		const rec = recommendLr({ task: 'sft', params: 7e9 }, rules);
		expect(rec.matches.map((m) => m.rule.id)).not.toContain(small.id);
		expect(rec.matches.map((m) => m.rule.id)).not.toContain(large.id);
	});

	test('a stated range outranks an equally specific "start here" default', () => {
		const rec = recommendLr({ task: 'grpo', method: 'qlora' }, rules);
		expect(rec).toMatchObject({ lr: { min: 5e-5, max: 2e-4 }, basis: 'single', start: 2e-4 });
	});

	test('instruction tuning and SFT are one task', () => {
		expect(recommendLr({ task: 'instruction-tuning' }, rules).lr).toEqual({ min: 2e-4, max: 5e-4 });
	});

	test('parameter defaults are not advice', () => {
		const rec = recommendLr({ task: 'sft' }, [paramDefault]);
		expect(rec.basis).toBe('none');
	});

	test('nothing fits: a clear answer and the tasks that have rules', () => {
		const rec = recommendLr({ task: 'embedding' }, rules);
		expect(rec.lr).toBeUndefined();
		expect(rec.basis).toBe('none');
		expect(rec.knownTasks).toEqual(['sft', 'rlhf', 'dpo', 'grpo']);
		expect(rec.explanation.join(' ')).toContain('No LR rule names the task `embedding`');
	});

	test('the answer does not depend on the order of the rules', () => {
		const q = { task: 'sft', params: 70e9, method: 'qlora' } as const;
		expect(recommendLr(q, [...rules].reverse())).toEqual(recommendLr(q, rules));
	});
});

describe('answers per value of a condition the query does not give', () => {
	const dpoRules = [
		rule({ text: 'RLHF/DPO/GRPO', tasks: ['rlhf', 'dpo', 'grpo'] }, 5e-5, 2e-4),
		rule({ text: 'DPO (TRL DPOConfig)', tasks: ['dpo'] }, 1e-6),
		rule({ text: 'DPO with LoRA adapters', tasks: ['dpo'], method: 'lora' }, 5e-6),
		rule({ text: 'DPO, full fine-tune', tasks: ['dpo'], method: 'full' }, 1e-6),
		rule({ text: 'SFT, full fine-tune', tasks: ['sft'], method: 'full' }, 2e-5),
		rule({ text: 'for most QLoRA fine-tuning tasks', method: 'qlora' }, 2e-4),
	];

	test('rules that disagree along the method give one answer per method, and the one range stays', () => {
		const rec = recommendLr({ task: 'dpo' }, dpoRules);
		expect(rec).toMatchObject({ lr: { min: 1e-6, max: 2e-4 }, basis: 'disagreement' });
		expect(rec.byCondition?.condition).toBe('method');
		expect(rec.byCondition?.answers.map((a) => [a.label, a.when, a.query, a.lr, a.rules])).toEqual([
			['LoRA', { method: 'lora' }, { task: 'dpo', method: 'lora' }, { min: 5e-6, max: 5e-6 }, [dpoRules[2]!.id]],
			[
				'full fine-tuning',
				{ method: 'full' },
				{ task: 'dpo', method: 'full' },
				{ min: 1e-6, max: 1e-6 },
				[dpoRules[3]!.id],
			],
		]);
		expect(rec.explanation.join(' ')).toContain(
			'disagree along the method, which the query does not give, so the answer depends on it: LoRA: 5e-6; full fine-tuning: 1e-6.',
		);
	});

	test('each answer is what the recommender gives when the value is asked for', () => {
		for (const answer of recommendLr({ task: 'dpo' }, dpoRules).byCondition!.answers)
			expect(recommendLr(answer.query, dpoRules).lr).toEqual(answer.lr);
	});

	test('no split when the query gives the condition, or when the values agree', () => {
		expect(recommendLr({ task: 'dpo', method: 'qlora' }, dpoRules).byCondition).toBeUndefined();
		const agreeing = [
			rule({ text: 'SFT LoRA', tasks: ['sft'], method: 'lora' }, 1e-4, 2e-4),
			rule({ text: 'SFT full', tasks: ['sft'], method: 'full' }, 5e-5, 1e-4),
		];
		expect(recommendLr({ task: 'sft' }, agreeing).byCondition).toBeUndefined();
	});

	test('rules about another task, or about no task, never split the answer', () => {
		const rec = recommendLr({ task: 'rlhf' }, dpoRules);
		expect(rec).toMatchObject({ lr: { min: 5e-5, max: 2e-4 }, basis: 'single' });
		expect(rec.byCondition).toBeUndefined();
	});

	test('LoRA and QLoRA rules are one value, labelled with both', () => {
		const rules = [
			rule({ text: 'GRPO, QLoRA', tasks: ['grpo'], method: 'qlora' }, 5e-6),
			rule({ text: 'GRPO with LoRA', tasks: ['grpo'], method: 'lora' }, 5e-6),
			rule({ text: 'GRPO, full', tasks: ['grpo'], method: 'full' }, 1e-6),
		];
		expect(
			recommendLr({ task: 'grpo' }, rules).byCondition?.answers.map((a) => [a.label, a.when.method, a.lr.min]),
		).toEqual([
			['LoRA/QLoRA', 'lora', 5e-6],
			['full fine-tuning', 'full', 1e-6],
		]);
	});

	const qlora = [
		rule({ text: 'SFT, 7B, QLoRA', tasks: ['sft'], method: 'qlora', modelParams: { min: 7e9, max: 7e9 } }, 2e-4),
		rule({ text: 'SFT, 13B, QLoRA', tasks: ['sft'], method: 'qlora', modelParams: { min: 13e9, max: 13e9 } }, 2e-4),
		rule({ text: 'SFT, 33B, QLoRA', tasks: ['sft'], method: 'qlora', modelParams: { min: 33e9, max: 33e9 } }, 1e-4),
		rule({ text: 'Large Models (>30B)', tasks: ['sft'], method: 'qlora', modelParams: { min: 30e9 } }, 1e-4),
		rule({ text: 'SFT, full fine-tune', tasks: ['sft'], method: 'full' }, 2e-5),
	];

	test('rules that disagree along the model size give one answer per size band the rules draw', () => {
		const rules = [
			...qlora,
			rule(
				{
					text: 'QLoRA instruction tuning of 7-13B models',
					tasks: ['instruction-tuning'],
					method: 'qlora',
					modelParams: { min: 7e9, max: 13e9 },
				},
				2e-4,
			),
		];
		const rec = recommendLr({ task: 'sft', method: 'qlora' }, rules);
		expect(rec).toMatchObject({ lr: { min: 1e-4, max: 2e-4 }, basis: 'disagreement' });
		expect(rec.byCondition?.condition).toBe('modelParams');
		expect(rec.byCondition?.answers.map((a) => [a.label, a.when, a.lr.min, a.rules.length])).toEqual([
			['7B–13B', { modelParams: { min: 7e9, max: 13e9 } }, 2e-4, 3],
			['≥ 30B', { modelParams: { min: 30e9 } }, 1e-4, 2],
		]);
		for (const answer of rec.byCondition!.answers) expect(recommendLr(answer.query, rules).lr).toEqual(answer.lr);
	});

	test('sizes no rule speaks of are in no band: two sizes with the same range stay two bands', () => {
		const rec = recommendLr({ task: 'sft', method: 'qlora' }, qlora);
		expect(rec.byCondition?.answers.map((a) => [a.label, a.lr.min])).toEqual([
			['7B', 2e-4],
			['13B', 2e-4],
			['≥ 30B', 1e-4],
		]);
	});

	test('an answer per method is split again by size when it depends on one', () => {
		const rec = recommendLr({ task: 'sft' }, qlora);
		expect(rec.byCondition?.answers.map((a) => [a.label, a.lr, a.byCondition?.answers.map((b) => b.label)])).toEqual([
			['QLoRA', { min: 1e-4, max: 2e-4 }, ['7B', '13B', '≥ 30B']],
			['full fine-tuning', { min: 2e-5, max: 2e-5 }, undefined],
		]);
		expect(rec.explanation.join(' ')).toContain('disagree along the method and model size');
	});
});

describe('parseLrQuery', () => {
	test('reads what users type', () => {
		expect(parseLrQuery({ task: 'SFT', params: '7B', method: 'QLoRA' })).toEqual({
			query: { task: 'sft', params: 7e9, method: 'qlora' },
			problems: [],
		});
	});

	test('says what cannot be read and what to write instead', () => {
		const { problems } = parseLrQuery({ task: 'cooking', params: 'huge', method: 'adam' });
		expect(problems).toHaveLength(3);
		expect(problems[0]).toContain('`cooking`');
		expect(problems[1]).toContain('`7B`');
	});

	test('an unknown method is a problem that lists the accepted values, never read as another method', () => {
		expect(parseLrQuery({ task: 'sft', method: 'adapter' })).toEqual({
			query: { task: 'sft' },
			problems: [
				'The method `adapter` is not one wikikb knows. Use one of: lora, qlora, full (full may also be written `full-finetune`, `full fine-tuning`, `full-ft` or `full-parameter`).',
			],
		});
	});
});
