import { expect, test } from 'vitest';
import { compareCodePoints, compareCodeUnits } from '../../src/text/compare.ts';

const sign = (n: number) => Math.sign(n);
const utf8 = new TextEncoder();
/** UTF-8 byte order, the order MediaWiki and Semantic MediaWiki compare sort keys in. */
function compareUtf8(a: string, b: string): number {
	const x = utf8.encode(a);
	const y = utf8.encode(b);
	for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
	return x.length - y.length;
}

const SAMPLES = [
	'',
	'a',
	'B',
	'a1',
	'ab',
	'10',
	'9',
	'É',
	'é',
	'\uE000',
	'\uFFFD',
	'\u{1F600}',
	'x\u{1F600}',
	'x\uFFFD',
	'Zoë',
	'zoe',
];
const PAIRS = SAMPLES.flatMap((a) => SAMPLES.map((b) => [a, b] as const));

test.each(PAIRS)('code-unit order is JavaScript `<` (%j, %j)', (a, b) => {
	expect(sign(compareCodeUnits(a, b))).toBe(a < b ? -1 : a > b ? 1 : 0);
});

test.each(PAIRS)('code-point order is UTF-8 byte order (%j, %j)', (a, b) => {
	expect(sign(compareCodePoints(a, b))).toBe(sign(compareUtf8(a, b)));
});

test('the two orders differ only above U+FFFF', () => {
	expect([...['\uFFFD', '\u{1F600}']].sort(compareCodeUnits)).toEqual(['\u{1F600}', '\uFFFD']);
	expect([...['\u{1F600}', '\uFFFD']].sort(compareCodePoints)).toEqual(['\uFFFD', '\u{1F600}']);
	expect(['b', 'B', 'a', '1'].sort(compareCodeUnits)).toEqual(['b', 'B', 'a', '1'].sort(compareCodePoints));
});
