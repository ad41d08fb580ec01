import { describe, expect, test } from 'vitest';
import { OffsetMapBuilder } from '../../src/parse/offset-map.ts';

describe('OffsetMapBuilder', () => {
	test('maps copied text one to one and inserted text to its anchor', () => {
		const b = new OffsetMapBuilder('## X\nyz');
		b.insert('==', 0);
		b.copy(2, 4);
		b.insert(' ==', 4);
		b.copy(4, 7);
		const { text, toSource } = b.build();
		expect(text).toBe('== X ==\nyz');
		expect([...text].map((_, i) => toSource(i))).toEqual([0, 0, 2, 3, 4, 4, 4, 4, 5, 6]);
	});

	test('clamps offsets outside the text', () => {
		const b = new OffsetMapBuilder('abc');
		b.copy(0, 3);
		const { toSource } = b.build();
		expect(toSource(-5)).toBe(0);
		expect(toSource(99)).toBe(3);
	});

	test('maps an empty rewrite to the start', () => {
		expect(new OffsetMapBuilder('abc').build().toSource(2)).toBe(2);
	});
});
