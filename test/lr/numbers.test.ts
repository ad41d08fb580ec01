import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findLrValues, formatLr, formatRange, readNumber } from '../../src/lr/numbers.ts';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => SUP[Number(d)]).join('');

/** A mantissa with one integer digit (`2`, `2.5`, `1.25`) and a negative power of ten. */
const lrArb = fc.record({
	int: fc.integer({ min: 1, max: 9 }),
	frac: fc.option(
		fc.integer({ min: 1, max: 99 }).filter((f) => f % 10 !== 0),
		{ nil: undefined },
	),
	k: fc.integer({ min: 1, max: 10 }),
});
type Lr = { int: number; frac: number | undefined; k: number };
const mantissa = (v: Lr) => (v.frac === undefined ? String(v.int) : `${v.int}.${v.frac}`);
const valueOf = (v: Lr) => Number(`${mantissa(v)}e-${v.k}`);

/** Every way the pages write a number. */
const FORMS: readonly ((v: Lr) => string)[] = [
	(v) => `${mantissa(v)}e-${v.k}`,
	(v) => `${mantissa(v)}E-${v.k}`,
	(v) => `${mantissa(v)}e-${String(v.k).padStart(2, '0')}`,
	(v) => {
		const digits = mantissa(v).replace('.', '');
		const scale = v.k + (mantissa(v).split('.')[1]?.length ?? 0);
		return `0.${'0'.repeat(scale - digits.length)}${digits}`;
	},
	(v) => `${mantissa(v)} × 10^-${v.k}`,
	(v) => `${mantissa(v)}x10⁻${superscript(v.k)}`,
	(v) => `${mantissa(v)} * 10^-${v.k}`,
	(v) => `${mantissa(v)}·10^{-${v.k}}`,
	(v) => `\`${mantissa(v)}e-${v.k}\``,
];
const formArb = fc.integer({ min: 0, max: FORMS.length - 1 });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

describe('readNumber', () => {
	test.each([
		['2e-4', 0.0002],
		['2E-4', 0.0002],
		['5e-05', 0.00005],
		['0.0002', 0.0002],
		['2 × 10^-4', 0.0002],
		['2x10⁻⁴', 0.0002],
		['2 * 10^-4', 0.0002],
		['10^-5', 0.00001],
		['`3e-4`', 0.0003],
	])('reads %s', (text, value) => {
		expect(readNumber(text)).toBe(value);
	});

	test.each(['about right', '7B', '2e-4 to 5e-4', ''])('reads no single number from %s', (text) => {
		expect(readNumber(text)).toBeUndefined();
	});

	test('reads every written form of a number back within 1e-12', () => {
		fc.assert(
			fc.property(lrArb, formArb, (v, f) => {
				const text = FORMS[f]!(v);
				const expected = valueOf(v);
				expect(close(readNumber(text)!, expected), `${text} -> ${readNumber(text)} vs ${expected}`).toBe(true);
				const found = findLrValues(`Use ${text} here.`);
				expect(found).toHaveLength(1);
				expect(close(found[0]!.min, expected) && found[0]!.min === found[0]!.max).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('findLrValues', () => {
	test.each([
		['2e-4 to 5e-4', 0.0002, 0.0005],
		['1e-4 - 2e-4', 0.0001, 0.0002],
		['1e-4–2e-4', 0.0001, 0.0002],
		['1e-4-2e-4', 0.0001, 0.0002],
		['`1e-4` to `2e-4`', 0.0001, 0.0002],
		['1-2e-4', 0.0001, 0.0002],
		['between 1e-5 and 5e-5', 0.00001, 0.00005],
		['from 0 to 2e-4', 0.0002, 0.0002],
		['0.0001 to 0.0003', 0.0001, 0.0003],
		['in [1e-5, 5e-5]', 0.00001, 0.00005],
		['2e-4 ~ 5e-4', 0.0002, 0.0005],
	])('reads the range in %s', (text, min, max) => {
		const [found, ...rest] = findLrValues(text);
		expect(rest).toEqual([]);
		expect([found?.min, found?.max]).toEqual([min, max]);
	});

	test('puts a reversed range in order and says so', () => {
		const [found] = findLrValues('Typical LR = 2e-4 to 5e-5');
		expect(found).toMatchObject({ min: 0.00005, max: 0.0002, text: '2e-4 to 5e-5', reversed: true });
	});

	test('keeps the value as written, without code backticks', () => {
		expect(findLrValues('Start with `2e-4` for most tasks')[0]?.text).toBe('2e-4');
	});

	test('reports the qualifier written before a value', () => {
		expect(findLrValues('~2e-4 with decay')[0]?.qualifier).toBe('~');
		expect(findLrValues('around 1e-5')[0]?.qualifier).toBe('around');
	});

	test.each([
		'5-10 steps',
		'10-100x higher',
		'7-8B',
		'Qwen2.5-7B',
		'2024-07-15',
		'3-10% of steps',
		'scale by 0.1',
		'version 0.3.1',
		'batch of 16-64',
	])('finds no LR in %s', (text) => {
		expect(findLrValues(text)).toEqual([]);
	});

	test('reads ranges written in any order and any form back in order', () => {
		const separators = [' to ', ' - ', '–', '-', ' – ', ' through '];
		fc.assert(
			fc.property(
				lrArb,
				lrArb,
				formArb,
				formArb,
				fc.integer({ min: 0, max: separators.length - 1 }),
				(a, b, fa, fb, s) => {
					const text = `${FORMS[fa]!(a)}${separators[s]}${FORMS[fb]!(b)}`;
					const found = findLrValues(`LR: ${text}.`);
					expect(found, text).toHaveLength(1);
					const [lo, hi] = [valueOf(a), valueOf(b)].sort((x, y) => x - y) as [number, number];
					expect(close(found[0]!.min, lo) && close(found[0]!.max, hi), text).toBe(true);
					expect(found[0]!.reversed, text).toBe(valueOf(a) > valueOf(b));
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe('formatLr', () => {
	test.each([
		[0.0002, '2e-4'],
		[0.00025, '2.5e-4'],
		[0.001, '1e-3'],
		[0.05, '0.05'],
	])('writes %s as %s', (value, text) => {
		expect(formatLr(value)).toBe(text);
	});

	test('writes a range, or one value when both ends are equal', () => {
		expect(formatRange(0.0002, 0.0005)).toBe('2e-4 to 5e-4');
		expect(formatRange(0.0002, 0.0002)).toBe('2e-4');
	});
});
