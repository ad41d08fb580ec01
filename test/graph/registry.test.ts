import { describe, expect, test } from 'vitest';
import {
	editDistance,
	lookupProperty,
	normalizePropertyName,
	PROPERTIES,
	suggestProperty,
} from '../../src/graph/registry.ts';

describe('normalizePropertyName', () => {
	test.each([
		['uses_heuristic', 'uses_heuristic'],
		['Uses_heuristic', 'uses_heuristic'],
		[' Uses Heuristic ', 'uses_heuristic'],
		['last__updated', 'last_updated'],
		['Related_To', 'related_to'],
	])('%j -> %j', (input, expected) => expect(normalizePropertyName(input)).toBe(expected));
});

describe('lookupProperty', () => {
	test('finds every registered property whatever its spelling', () => {
		for (const name of Object.keys(PROPERTIES))
			expect(lookupProperty(name.replace(/_/g, ' ').toUpperCase())?.name).toBe(name);
	});
	test('does not find unknown properties or inherited object keys', () => {
		expect(lookupProperty('lerning_rate')).toBeUndefined();
		expect(lookupProperty('constructor')).toBeUndefined();
		expect(lookupProperty('toString')).toBeUndefined();
	});
	test('inverse properties make the same relation in opposite directions', () => {
		expect([PROPERTIES.implements.relation, PROPERTIES.implements.direction]).toEqual(['implements', 'forward']);
		expect([PROPERTIES.implemented_by.relation, PROPERTIES.implemented_by.direction]).toEqual([
			'implements',
			'inverse',
		]);
		expect([PROPERTIES.requires_env.relation, PROPERTIES.required_by.direction]).toEqual(['requires_env', 'inverse']);
		expect([PROPERTIES.uses_heuristic.relation, PROPERTIES.used_by.relation]).toEqual([
			'uses_heuristic',
			'uses_heuristic',
		]);
		expect([PROPERTIES.related.relation, PROPERTIES.related_to.relation]).toEqual(['related', 'related']);
	});
});

describe('suggestProperty', () => {
	test.each([
		['lastupdated', 'last_updated'],
		['Last_Update', 'last_updated'],
		['implemnts', 'implements'],
		['requires_envs', 'requires_env'],
		['domian', 'domain'],
		['stepp', 'step'],
	])('%j -> %j', (input, expected) => expect(suggestProperty(input)).toBe(expected));
	test.each(['uses', 'precedes', 'inherits_from', 'x'])('no suggestion for %j', (input) =>
		expect(suggestProperty(input)).toBeUndefined(),
	);
	test('edit distance', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});
