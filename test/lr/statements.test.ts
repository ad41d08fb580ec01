import { expect, test } from 'vitest';
import { readText, withoutComparisons } from '../../src/lr/statements.ts';

const stated = (text: string, context = false) => readText(text, context).stated.map((s) => [s.value.text, s.clause]);

test.each([
	['weight decay 0.01 and 5e-5 as the learning rate', ['5e-5']],
	['beta 0.1 with learning rate 5e-7', ['5e-7']],
	['0.01 weight decay with learning rate 3e-4', ['3e-4']],
	['Set learning_rate=2e-4, warmup_ratio 0.03, beta 0.1', ['2e-4']],
	['The KL beta should be 0.1; the LR around 1e-6 for PPO.', ['1e-6']],
	['Cosine schedule with min LR 1e-6 and adam_epsilon 1e-8; decay the LR by 0.1 at each stage.', []],
	['Warmup over 5-10 steps before the full learning rate', []],
])('%s states %j', (text, values) => {
	expect(readText(text, false).stated.map((s) => s.value.text)).toEqual(values);
});

test('an unowned number counts only in an LR context', () => {
	expect(stated('Use 2e-4 for most tasks.')).toEqual([]);
	expect(stated('Use 2e-4 for most tasks.', true)).toEqual([['2e-4', 'Use 2e-4 for most tasks.']]);
});

test('comparisons are kept apart and cut from the condition text', () => {
	const reading = readText("Use 1e-4 to 2e-4 (higher than full fine-tuning's 1e-5)", true);
	expect(reading.stated.map((s) => s.value.text)).toEqual(['1e-4 to 2e-4']);
	expect(reading.comparisons.map((v) => v.text)).toEqual(['1e-5']);
	expect(reading.conditionText).toBe('Use 1e-4 to 2e-4');
	expect(withoutComparisons('Use higher learning rates than full fine-tuning (1e-4 to 3e-4 typical)')).toBe(
		'Use higher learning rates (1e-4 to 3e-4 typical)',
	);
});

test('several values (in a text about the LR): each with its own clause and the clauses before it', () => {
	expect(stated('For DPO, a learning rate of 5e-7 works; for SFT use 2e-5.', true)).toEqual([
		['5e-7', 'For DPO, a learning rate of 5e-7 works'],
		['2e-5', 'for SFT use 2e-5.'],
	]);
	expect(stated('LR 1e-4 (7B) / 5e-5 (13B)')).toEqual([
		['1e-4', 'LR 1e-4 (7B)'],
		['5e-5', '5e-5 (13B)'],
	]);
});

test('a value the clause warns against is not stated', () => {
	expect(stated('A learning rate of 1e-3 is too high; use 1e-4.', true)).toEqual([
		['1e-4', 'A learning rate of 1e-3 is too high; use 1e-4.'],
	]);
});

test('an LR inside a command line in backticks is a code example; a lone flag or setting is not', () => {
	expect(stated('Run the sweep script: `python sweep.py --lr 6e-4`')).toEqual([]);
	expect(stated('Launch with `$ accelerate launch train.py --learning_rate 2e-4`', true)).toEqual([]);
	expect(stated('Pass `--lr 6e-4` to the script.').map(([v]) => v)).toEqual(['6e-4']);
	expect(stated('Set `learning_rate=2e-4`.').map(([v]) => v)).toEqual(['2e-4']);
});
