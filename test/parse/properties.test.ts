import { describe, expect, test } from 'vitest';
import { isAnnotation, normalizeProperty, readAnnotation } from '../../src/parse/properties.ts';

describe('normalizeProperty', () => {
	test.each([
		['Uses_heuristic', 'uses_heuristic'],
		['uses heuristic', 'uses_heuristic'],
		[' Last_Updated ', 'last_updated'],
		['domain', 'domain'],
		['Implemented  by', 'implemented_by'],
	])('%j -> %j', (input, output) => {
		expect(normalizeProperty(input)).toBe(output);
	});
});

describe('readAnnotation', () => {
	test('reads a plain value', () => {
		expect(readAnnotation('domain::LLMs')).toEqual({ ok: true, property: 'domain', value: 'LLMs' });
	});

	test('reads display text after the last bar', () => {
		expect(readAnnotation('step::Principle:X|the step')).toEqual({
			ok: true,
			property: 'step',
			value: 'Principle:X',
			display: 'the step',
		});
	});

	test('keeps the whole source triple as the value', () => {
		expect(readAnnotation('source::Paper|Title|https://x.org')).toEqual({
			ok: true,
			property: 'source',
			value: 'Paper|Title|https://x.org',
		});
	});

	test('keeps the two-part source form', () => {
		expect(readAnnotation('Source::Book|Title')).toMatchObject({ ok: true, value: 'Book|Title' });
	});

	test('keeps the property name as written', () => {
		expect(readAnnotation(' Uses_heuristic :: Workflow:A ')).toMatchObject({
			property: 'Uses_heuristic',
			value: 'Workflow:A',
		});
	});

	test.each(['::value', 'domain::', 'domain:: |shown', 'a<b::c', 'source::||'])('rejects %j', (inner) => {
		expect(readAnnotation(inner).ok).toBe(false);
	});
});

describe('isAnnotation', () => {
	test.each([
		['p::v', true],
		['::v', true],
		['Page|a::b', false],
		[':Category:X', false],
		['Plain link', false],
	])('%j -> %j', (inner, result) => {
		expect(isAnnotation(inner)).toBe(result);
	});
});
