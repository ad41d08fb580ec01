// The catalogue composes each message from typed arguments; its severity is the message's own, else the rule's.
import { expect, test } from 'vitest';
import { diag } from '../../src/diagnostics/diagnostic.ts';
import { finding, RULES } from '../../src/diagnostics/rules.ts';

test('a diagnostic takes its rule, severity and text from the catalogue', () => {
	expect(
		diag('content/heuristics/A.wiki', 3, 5, 'unknown-property', 'unknown', {
			property: 'lerning_rate',
			suggestion: 'learning_rate',
		}),
	).toMatchInlineSnapshot(`
		{
		  "col": 5,
		  "file": "content/heuristics/A.wiki",
		  "line": 3,
		  "message": "Property \`lerning_rate\` is not in the registry; it is kept as written. Did you mean \`learning_rate\`?",
		  "rule": "unknown-property",
		  "severity": "warning",
		}
	`);
});

test("a message with its own severity overrides the rule's", () => {
	expect(finding('invalid-encoding', 'utf16le').severity).toBe('info');
	expect(finding('invalid-encoding', 'invalidBytes', { count: 2 }).severity).toBe(RULES['invalid-encoding'].severity);
	expect(
		finding('missing-page', 'noOtherPage', { what: 'link', target: 'Tool:X', namespace: 'Tool', similar: [] }).severity,
	).toBe('info');
});

test("a query issue carries Semantic MediaWiki's code as its hint, and the template that wrote the query", () => {
	expect(
		finding('query-ignored', 'issue', { message: 'The parameter `x` is ignored.', template: 'Box', code: 'smw-x' }),
	).toEqual({
		rule: 'query-ignored',
		severity: 'warning',
		message: 'The parameter `x` is ignored. (written by the template `Box`)',
		hint: 'Semantic MediaWiki: smw-x',
	});
});

test('every message is a sentence that ends with a full stop or a question', () => {
	const texts = [
		finding('special-file', 'notRegular').message,
		finding('unclosed-tag', 'mermaid').message,
		finding('link-loop', 'holdsItself', { folder: '' }).message,
		finding('redirect-loop', 'loop', { cycle: ['A', 'B', 'A'], page: 'A' }).message,
	];
	for (const text of texts) expect(text).toMatch(/^[A-Z`].*[.?]$/su);
	expect(texts[2]).toContain('points to the content folder');
	expect(texts[3]).toContain('`A` -> `B` -> `A`');
});

test('an unknown rule or message does not compile, and fails if forced', () => {
	// @ts-expect-error not a rule of the catalogue
	expect(() => finding('no-such-rule', 'x')).toThrow(TypeError);
	// @ts-expect-error not a message of the rule
	expect(() => finding('malformed-date', 'notATitle', { value: 'x' })).toThrow(TypeError);
	// a message's arguments are typed: a number where the text wants a string does not compile
	// @ts-expect-error `value` is a string
	expect(finding('malformed-date', 'notADate', { value: 3 }).message).toContain('`3`');
	// @ts-expect-error a message with arguments needs them
	expect(() => finding('malformed-date', 'notADate')).toThrow(TypeError);
});
