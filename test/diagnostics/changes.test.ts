// What `wikikb dev` prints after a save: the findings that came and went, in the format of `check`.
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { diagnosticChanges, formatChanges } from '../../src/diagnostics/changes.ts';

const file = 'content/heuristics/A.wiki';
const unknown = (line: number): Diagnostic => ({
	file,
	line,
	col: 3,
	severity: 'warning',
	rule: 'unknown-property',
	message: 'Property `lerning_rate` is not in the registry.',
});
const missing: Diagnostic = {
	file,
	line: 9,
	col: 1,
	severity: 'warning',
	rule: 'missing-page',
	message: 'The property `step` points to `Principle:Nope`, which has no page.',
};

describe('diagnosticChanges', () => {
	test('a finding that only moved to another line is neither new nor gone', () => {
		expect(diagnosticChanges([unknown(3)], [unknown(5)])).toEqual({ added: [], removed: [] });
	});

	test('new findings and findings that went away are told apart, at their new and old places', () => {
		expect(diagnosticChanges([unknown(3)], [missing])).toEqual({ added: [missing], removed: [unknown(3)] });
	});

	test('a finding written twice where it was once is one new finding', () => {
		expect(diagnosticChanges([unknown(3)], [unknown(3), unknown(8)]).added).toHaveLength(1);
	});
});

describe('formatChanges', () => {
	test('prints a line of what changed, the new findings, then those no longer reported, each as check prints it', () => {
		expect(formatChanges(['content/heuristics/A.wiki'], { added: [missing], removed: [unknown(3)] }))
			.toMatchInlineSnapshot(`
			"content/heuristics/A.wiki changed: 1 new diagnostic, 1 went away.
			content/heuristics/A.wiki:9:1 warning missing-page The property \`step\` points to \`Principle:Nope\`, which has no page.
			No longer reported:
			content/heuristics/A.wiki:3:3 warning unknown-property Property \`lerning_rate\` is not in the registry.
			"
		`);
	});

	test('says so when a save changed no finding', () => {
		expect(formatChanges(['a.wiki', 'b.wiki'], { added: [], removed: [] })).toBe(
			'2 page files changed: no new diagnostics, none went away.\n',
		);
	});
});
