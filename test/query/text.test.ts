// `~` patterns: any character may stand in a pattern (SMW's q-0102 and q-0103 write `-`, `#`, `^`, `$`, `&`, `/`,
// quotes and backslashes), and only `*` and `?` are wildcards.
import { expect, test } from 'vitest';
import { likePattern } from '../../src/query/text.ts';

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

test('every printable ASCII character can stand in a pattern, and means itself unless it is `*` or `?`', () => {
	for (const c of PRINTABLE) {
		const pattern = likePattern(`a${c}b`);
		if (c === '*') expect(pattern.test('a-anything-b')).toBe(true);
		else if (c === '?') expect(pattern.test('axb')).toBe(true);
		else {
			expect(pattern.test(`a${c}b`), c).toBe(true);
			expect(pattern.test('axb'), c).toBe(c === 'x');
		}
	}
});

test("SMW's test values with regex characters match as written", () => {
	expect(likePattern('Foo("#^$&-/)-').test('Foo("#^$&-/)-')).toBe(true);
	expect(likePattern('*-').test('Foo("#^$&-/)-')).toBe(true);
	expect(likePattern('*\\"*').test('[(+* \\:)]\\"')).toBe(true);
	expect(likePattern('*(*').test('{(+*. \\;)}')).toBe(true);
});
