import { describe, expect, test } from 'vitest';
import { maxNesting } from '../../src/parse/guards.ts';

describe('maxNesting', () => {
	test.each([
		['plain', 0],
		['{{a}}', 1],
		['{{a|{{b|{{c}}}}}}', 3],
		['{|\n|\n{|\n|}\n|}', 2],
		['{{a|\n{|\n|x\n|}\n}}', 2],
		['}}}}{{', 1],
	])('%j is nested %i deep', (text, depth) => {
		expect(maxNesting(text)).toBe(depth);
	});
});
