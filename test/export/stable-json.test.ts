import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../src/export/stable-json.ts';

describe('stableStringify', () => {
	it('writes keys sorted at every depth, two-space indent and a trailing newline', () => {
		expect(stableStringify({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(
			'{\n  "a": [\n    {\n      "c": 3,\n      "d": 2\n    }\n  ],\n  "b": 1\n}\n',
		);
	});

	it('gives the same bytes whatever order the keys were added in', () => {
		expect(stableStringify({ x: 1, y: { q: 1, p: 2 } })).toBe(stableStringify({ y: { p: 2, q: 1 }, x: 1 }));
	});

	it('drops undefined fields but keeps null', () => {
		expect(JSON.parse(stableStringify({ a: undefined, b: null }))).toEqual({ b: null });
	});

	it('writes a key named __proto__ as data', () => {
		const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
		expect(stableStringify(value)).toBe('{\n  "__proto__": {\n    "polluted": true\n  },\n  "a": 1\n}\n');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses non-finite numbers', () => {
		expect(() => stableStringify({ a: [1, Number.NaN] })).toThrow(/non-finite number NaN/);
	});
});
