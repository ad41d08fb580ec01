import { describe, expect, test } from 'vitest';
import { literalAt } from '../../src/parse/literal.ts';

describe('literalAt', () => {
	test.each([
		['<!-- a --> b', 10],
		['<code>*x*</code> b', 16],
		['<syntaxhighlight lang="py">\n**x**\n</syntaxhighlight>', 52],
		['<NoWiki>x</nowiki>', 18],
		['<nowiki/> x', 9],
		['{{#mermaid:graph TD\nA{x} --> B{{y}}\n}} z', 38],
	])('finds the end of the literal region in %j', (text, end) => {
		expect(literalAt(text, 0)).toEqual({ end });
	});

	test.each(['<div>x</div>', '<codex>', '{{Template}}', 'plain'])('finds no literal region in %j', (text) => {
		expect(literalAt(text, 0)).toBeUndefined();
	});

	test('reports an unclosed comment that swallows the rest of the page', () => {
		expect(literalAt('<!-- open', 0)).toMatchObject({ end: 9, unclosed: { rule: 'unclosed-comment' } });
	});

	test('reports an unclosed tag and ends it after its opening', () => {
		expect(literalAt('<pre>x', 0)).toMatchObject({ end: 5, unclosed: { rule: 'unclosed-tag' } });
	});
});
