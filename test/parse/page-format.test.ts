import { describe, expect, test } from 'vitest';
import { detectFormat } from '../../src/parse/page-format.ts';

describe('detectFormat', () => {
	test.each([
		['# T\n\n## A\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |', 'markdown'],
		['## A\n```python\nx = [[1]] + {{2}}\n```\nuse `{{x}}` here', 'markdown'],
		['text with [[link]]', 'wikitext'],
		['{| class="wikitable"\n|}', 'wikitext'],
		['== Heading ==', 'wikitext'],
		["'''bold'''", 'wikitext'],
		['{{Template}}', 'wikitext'],
		['<syntaxhighlight lang="py">x</syntaxhighlight>', 'wikitext'],
		['<math>x</math>', 'wikitext'],
		['a\n----\nb', 'wikitext'],
	])('%j is %s', (text, format) => {
		expect(detectFormat(text)).toBe(format);
	});
});

describe('detectFormat and comments', () => {
	test('an annotation inside an HTML comment does not make a Markdown page wikitext', () => {
		expect(detectFormat('# T\n\n## A\n<!-- [[implements::Principle:X]] -->\n- [a](https://x.org)\n')).toBe('markdown');
		expect(detectFormat('# T\n<!-- x -->\n[[implements::Principle:X]]\n')).toBe('wikitext');
	});
});
