import { describe, expect, test } from 'vitest';
import { LINE_HANDLERS, lineHandlerFor, rewriteMarkdown, startPass } from '../../src/parse/markdown-to-wikitext.ts';

const rw = (text: string): string => rewriteMarkdown(text, []).text;

describe('rewriteMarkdown', () => {
	test.each([
		['## Title', '== Title =='],
		['###### Deep ##', '====== Deep ======'],
		['- a\n- b', '* a\n* b'],
		['1. a\n2. b', '# a\n# b'],
		['- a\n  - b\n    - c\n- d', '* a\n** b\n*** c\n* d'],
		['1. a\n   - b', '# a\n#* b'],
		['* wiki\n  - md child', '* wiki\n** md child'],
		['---', '----'],
		['**bold**', "'''bold'''"],
		['an *italic* word', "an ''italic'' word"],
		['`a [[x::y]] b`', '<code><nowiki>a [[x::y]] b</nowiki></code>'],
		['``a ` b``', '<code><nowiki>a ` b</nowiki></code>'],
		['`</nowiki>`', '<code><nowiki>&lt;/nowiki></nowiki></code>'],
		['[text](https://example.org/a)', '[https://example.org/a text]'],
		['[**b** t](https://x.org)', "[https://x.org '''b''' t]"],
	])('rewrites %j', (input, output) => {
		expect(rw(input)).toBe(output);
	});

	test('rewrites a fence with its info string to syntaxhighlight', () => {
		expect(rw('```python title\nx = 1\n```')).toBe('<syntaxhighlight lang="python">\nx = 1\n</syntaxhighlight>');
	});

	test('escapes a closing syntaxhighlight tag inside a fence', () => {
		expect(rw('```\n</syntaxhighlight>\n```')).toBe('<syntaxhighlight>\n&lt;/syntaxhighlight>\n</syntaxhighlight>');
	});

	test('rewrites a pipe table to a wikitable', () => {
		expect(rw('| a | b |\n|---|---|\n| 1 | `x|y` |')).toBe(
			'{| class="wikitable"\n! a !! b\n|-\n| 1 || <code><nowiki>x|y</nowiki></code>\n|}',
		);
	});

	test('leaves wikitext unchanged', () => {
		const wiki =
			"== A ==\n* '''b''' [[c::d|e]]\n# one\n# two\n{| class=\"wikitable\"\n|-\n|| x || y\n|}\n----\n<pre>**x**</pre>";
		expect(rw(wiki)).toBe(wiki);
	});

	test('leaves literal regions untouched', () => {
		const text =
			'<syntaxhighlight lang="md">\n## not a heading\n- not a list\n</syntaxhighlight>\n<!-- **x** -->\n<code>*y*</code>\n{{#mermaid:graph TD\n  A{**x**} --> B\n}}';
		expect(rw(text)).toBe(text);
	});

	test('does not read `**kwargs` or arithmetic as emphasis', () => {
		expect(rw('call f(**kwargs) with 2 * 3 * 4 and **kwargs, **more')).toBe(
			'call f(**kwargs) with 2 * 3 * 4 and **kwargs, **more',
		);
	});

	test('keeps runs of `# ` lines as a wikitext numbered list', () => {
		expect(rw('# one\n# two')).toBe('# one\n# two');
	});

	test('does not treat `|` lines inside a wikitable as a pipe table', () => {
		const text = '{|\n| a | b |\n|---|\n|}';
		expect(rw(text)).toBe(text);
	});

	test('drops hidden ranges but keeps their newlines', () => {
		expect(rewriteMarkdown('# Title\n== A ==', [[0, 7]]).text).toBe('\n== A ==');
	});

	test('maps every rewritten offset back to the source', () => {
		const src = 'x\n## Head `c` **b** [[p::v]]';
		const out = rewriteMarkdown(src, []);
		const at = out.text.indexOf('[[p::v]]');
		expect(out.toSource(at)).toBe(src.indexOf('[[p::v]]'));
		expect(out.toSource(out.text.indexOf('Head'))).toBe(src.indexOf('Head'));
		expect(out.toSource(0)).toBe(0);
	});

	test('reports an unclosed fence and reads the rest as code', () => {
		const out = rewriteMarkdown('a\n```js\nlet x;', []);
		expect(out.diagnostics).toMatchObject([{ rule: 'unclosed-fence', offset: 2 }]);
		expect(out.text).toBe('a\n<syntaxhighlight lang="js">\nlet x;\n</syntaxhighlight>');
	});

	test('reports an unclosed literal tag', () => {
		expect(rewriteMarkdown('a <nowiki>b', []).diagnostics).toMatchObject([{ rule: 'unclosed-tag', offset: 2 }]);
	});
});

describe('rewriteMarkdown list continuation', () => {
	test('joins an indented line to the Markdown list item above it', () => {
		expect(rw('1. **Step**\n   more words')).toBe("# '''Step'''\n#: more words");
	});

	test('leaves an indented line under a wikitext list as preformatted text', () => {
		expect(rw('* item\n  pre text')).toBe('* item\n  pre text');
	});
});

describe('rewriteMarkdown pipe tables without outer bars', () => {
	test('rewrites a table whose rows do not start with `|`', () => {
		expect(rw('a | b\n--|--\n1 | 2\n\nafter')).toBe('{| class="wikitable"\n! a !! b\n|-\n| 1 || 2\n|}\n\nafter');
	});

	test('keeps a line over `---` as text and a rule', () => {
		expect(rw('Title\n---')).toBe('Title\n----');
	});
});

describe('rewriteMarkdown blockquotes and strikethrough', () => {
	test('a run of `>` lines is one <blockquote>, line breaks kept', () => {
		const out = rewriteMarkdown('x\n> a **b**\n>\n> c\ny', []);
		expect(out.text).toBe("x\n<blockquote>a '''b'''\n\nc</blockquote>\ny");
		expect(out.toSource(out.text.indexOf('c</'))).toBe('x\n> a **b**\n>\n> '.length);
	});

	test('a quote whose literal region runs past its line is closed where the region ends', () => {
		expect(rewriteMarkdown('> a <pre>x\ny</pre> z\nb', []).text).toBe(
			'<blockquote>a <pre>x\ny</pre></blockquote> z\nb',
		);
	});

	test('Python prompts, `>=` and indented `>` are not quotes', () => {
		expect(rewriteMarkdown('>>> import x\n>=7B models\n  > no', []).text).toBe('>>> import x\n>=7B models\n  > no');
	});

	test('~~text~~ is <s>, not inside code, not when unclosed', () => {
		expect(rewriteMarkdown('a ~~old~~ new, `~~x~~`, ~~ no ~~ and 3~~4', []).text).toBe(
			'a <s>old</s> new, <code><nowiki>~~x~~</nowiki></code>, ~~ no ~~ and 3~~4',
		);
	});
});

describe('line handlers', () => {
	const text = [
		'---', // 0 hidden (front matter)
		'title: X', // 1 hidden
		'---', // 2 hidden
		'# Title', // 3
		'```python', // 4
		'x = 1', // 5
		'```', // 6
		'{| class="wikitable"', // 7
		'| > not a quote', // 8
		'|}', // 9
		'| a | b |', // 10
		'|---|---|', // 11
		'| 1 | 2 |', // 12
		'***', // 13
		'> quoted', // 14
		'- item', // 15
		'  more of it', // 16
		'* wiki item', // 17
		'**bold** opens a paragraph', // 18
		'plain text', // 19
	].join('\n');
	const pass = startPass(text, [[0, text.indexOf('# Title') - 1]]);
	test.each([
		[0, 'hidden'],
		[3, 'heading'],
		[4, 'fence'],
		[7, 'wikitable-open'],
		[9, 'wikitable-close'],
		[10, 'pipe-table'],
		[13, 'rule'],
		[14, 'quote'],
		[15, 'markdown-item'],
		[17, 'wikitext-list'],
		[18, 'paragraph'],
		[19, 'paragraph'],
	])('line %i is read by the %s handler', (k, name) => {
		expect(lineHandlerFor(pass, k).name).toBe(name);
	});

	test('an indented line continues the Markdown item above it, not a wikitext list item', () => {
		const list = startPass('- item\n  more', []);
		LINE_HANDLERS.find((h) => h.name === 'markdown-item')!.rewrite(list, 0, '- item');
		expect(lineHandlerFor(list, 1).name).toBe('list-continuation');
		const wiki = startPass('* item\n  more', []);
		LINE_HANDLERS.find((h) => h.name === 'wikitext-list')!.rewrite(wiki, 0, '* item');
		expect(lineHandlerFor(wiki, 1).name).toBe('paragraph');
	});

	test('inside a wikitable, `>` and pipe-table lines stay wikitext', () => {
		const table = startPass('{|\n> a\n| a | b |\n|---|---|', []);
		LINE_HANDLERS.find((h) => h.name === 'wikitable-open')!.rewrite(table, 0, '{|');
		expect(lineHandlerFor(table, 1).name).toBe('paragraph');
		expect(lineHandlerFor(table, 2).name).toBe('paragraph');
	});

	test('a run of `#` lines is a numbered list, not headings', () => {
		expect(lineHandlerFor(startPass('# one\n# two', []), 0).name).toBe('wikitext-list');
	});
});
