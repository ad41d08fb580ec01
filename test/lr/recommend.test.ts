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
const start = rule({ text: 'for most QLoRA fine-tuning tasks', method: 'qlora' }, 2e-4, 2e-4, { isDefault: true, origin: 'bullet' });
const paramDefault = rule({ text: '(default: 5e-5)', tasks: ['sft'] }, 5e-5, 5e-5, { kind: 'parameter-default', page: 'Implementation:X' });
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
		expect(rec.matches.filter((m) => m.used).map((m) => m.rule.id).sort()).toEqual([sft.id, large.id].sort());
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

describe('parseLrQuery', () => {
	test('reads what users type', () => {
		expect(parseLrQuery({ task: 'SFT', params: '7B', method: 'QLoRA' })).toEqual({ query: { task: 'sft', params: 7e9, method: 'qlora' }, problems: [] });
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
			problems: ['The method `adapter` is not one wikikb knows. Use one of: lora, qlora, full (also written `q-lora`, `full-finetune`, `full-finetuning`, `full-fine-tune`, `full-fine-tuning`, `full-ft`, `full-parameter`).'],
		});
	});
});
