// LR conditions and notes keep the markup they were written with; the site shows them readable.
import { describe, expect, test } from 'vitest';
import { inlineParts, readableText } from '../../src/site/view/inline-text.ts';

describe('inlineParts', () => {
	test('a code span stays code, without its backticks', () => {
		expect(inlineParts('Start with `2e-4` for most tasks.')).toEqual([
			{ text: 'Start with ', code: false },
			{ text: '2e-4', code: true },
			{ text: ' for most tasks.', code: false },
		]);
	});

	test('a code span of two backticks may hold one', () => {
		expect(inlineParts('use ``a`b`` here')).toEqual([
			{ text: 'use ', code: false },
			{ text: 'a`b', code: true },
			{ text: ' here', code: false },
		]);
	});

	test.each([
		['**LoRA** and *QLoRA*', 'LoRA and QLoRA'],
		["'''LoRA''' and ''QLoRA''", 'LoRA and QLoRA'],
		['see [[Heuristic:Learning_Rate_Tuning]]', 'see Heuristic:Learning Rate Tuning'],
		['see [[Heuristic:Learning_Rate_Tuning|the rule]]', 'see the rule'],
		['the [paper](https://arxiv.org/abs/2106.09685)', 'the paper'],
		['`5e-6`, as in the **Zephyr** notebook', '5e-6, as in the Zephyr notebook'],
	])('markup is removed: %j -> %j', (written, shown) => {
		expect(readableText(written)).toBe(shown);
		expect(readableText(written)).not.toMatch(/`|\*\*|''|\[\[/u);
	});

	test.each([['a * b * c and 2*3*4'], ['learning_rate and __init__'], ['an unclosed `tick'], ['<script>x</script>']])(
		'text without markup stays as written: %j',
		(text) => {
			expect(readableText(text)).toBe(text);
		},
	);
});
