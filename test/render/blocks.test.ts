import { describe, expect, test } from 'vitest';
import { all, classes, htmlTree, render, renderTree, textOf } from './helpers.ts';

describe('wikitext blocks', () => {
	test('consecutive lines form one paragraph and a blank line starts the next', async () => {
		const tree = await renderTree('one\ntwo\n\nthree');
		expect(all(tree, 'p').map(textOf)).toEqual(['one\ntwo', 'three']);
	});

	test('bold and italic quotes become <b> and <i>', async () => {
		const tree = await renderTree("a '''bold''' and ''italic'' and '''''both'''''");
		expect(all(tree, 'b').map(textOf)).toEqual(['bold', 'both']);
		expect(all(tree, 'i').map(textOf)).toEqual(['italic', 'both']);
	});

	test('an unclosed bold ends with its line', async () => {
		const tree = await renderTree("'''open\nnext line");
		expect(all(tree, 'b').map(textOf)).toEqual(['open']);
	});

	test('nested and mixed lists nest inside their parent item', async () => {
		const tree = await renderTree('* a\n** b\n*# c\n* d');
		const outer = all(tree, 'ul')[0]!;
		const items = outer.children.filter((c) => c.type === 'element');
		expect(items.map((li) => li.tagName)).toEqual(['li', 'li']);
		expect(textOf(items[1]!)).toBe('d');
		const first = items[0]!;
		expect(all(first, 'ul').map((ul) => textOf(ul))).toEqual(['b']);
		expect(all(first, 'ol').map((ol) => textOf(ol))).toEqual(['c']);
	});

	test('a numbered list is an <ol>', async () => {
		const tree = await renderTree('# one\n# two');
		expect(all(tree, 'ol')).toHaveLength(1);
		expect(all(tree, 'li').map(textOf)).toEqual(['one', 'two']);
	});

	test('definition lists give <dt> and <dd>, also on one line', async () => {
		const tree = await renderTree('; term\n: definition\n; t2 : d2');
		expect(all(tree, 'dl')).toHaveLength(1);
		expect(all(tree, 'dt').map((dt) => textOf(dt).trim())).toEqual(['term', 't2']);
		expect(all(tree, 'dd').map((dd) => textOf(dd).trim())).toEqual(['definition', 'd2']);
	});

	test('a leading colon indents with a <dl><dd>', async () => {
		const tree = await renderTree(':indented\n::more');
		const dds = all(tree, 'dd');
		expect(dds.map((dd) => textOf(dd))).toEqual(['indentedmore', 'more']);
	});

	test('a line starting with a space is preformatted', async () => {
		const tree = await renderTree(' code line\n second');
		expect(all(tree, 'pre').map(textOf)).toEqual(['code line\nsecond']);
	});

	test('four dashes make a horizontal rule', async () => {
		const tree = await renderTree('a\n----\nb');
		expect(all(tree, 'hr')).toHaveLength(1);
		expect(all(tree, 'p').map(textOf)).toEqual(['a', 'b']);
	});

	test('<br> is a line break', async () => {
		const tree = await renderTree('a<br>b<br/>c');
		expect(all(tree, 'br')).toHaveLength(2);
	});

	test('comments and magic words are dropped and do not split a paragraph', async () => {
		const { html } = await render('one <!-- secret -->\n<!-- alone -->\n__TOC__\ntwo');
		expect(html).not.toContain('secret');
		expect(html).not.toContain('TOC');
		const tree = await renderTree('one\n<!-- alone -->\ntwo');
		expect(all(tree, 'p')).toHaveLength(1);
	});

	test('nowiki text is literal', async () => {
		const tree = await renderTree("<nowiki>[[not a link]] '''no'''</nowiki>");
		expect(all(tree, 'a')).toHaveLength(0);
		expect(textOf(tree)).toContain("[[not a link]] '''no'''");
	});

	test('entities are decoded once and re-escaped', async () => {
		const { html } = await render('a &amp; b &lt;c&gt; &eacute; &#x41;');
		expect(html).toBe('<p>a &#x26; b &#x3C;c> é A</p>');
	});

	test('allowed HTML tags stay with their styles', async () => {
		const tree = await renderTree('<span style="color:red">red</span> <sup>2</sup> <code>x</code>');
		const span = all(tree, 'span')[0]!;
		expect(span.properties.style).toBe('color:red');
		expect(all(tree, 'sup').map(textOf)).toEqual(['2']);
	});

	test('a <div> holds the paragraphs written inside it', async () => {
		const tree = await renderTree('<div class="box">\nfirst\n\nsecond\n</div>\nafter');
		const div = all(tree, 'div')[0]!;
		expect(classes(div)).toEqual(['box']);
		expect(all(div, 'p').map(textOf)).toEqual(['first', 'second']);
		expect(textOf(tree)).toContain('after');
	});

	test('a tag that is not allowed is shown as escaped text', async () => {
		const { html } = await render('<script>alert(1)</script> <iframe src="x"></iframe>');
		expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
		expect(html).toContain('&#x3C;iframe');
	});

	test('a closing tag that closes nothing is shown as text', async () => {
		const { html } = await render('text</span> more');
		expect(html).toContain('&#x3C;/span>');
	});

	test('code inside <code> is literal', async () => {
		const tree = await renderTree("<code>[[domain::X]] '''y'''</code>");
		expect(all(tree, 'a')).toHaveLength(0);
		expect(all(tree, 'code').map(textOf)).toEqual(["[[domain::X]] '''y'''"]);
	});

	test('a colon before a table indents the table in a <dd>', async () => {
		const tree = await renderTree(':{|\n| x\n|}\nafter');
		const dd = all(tree, 'dd')[0]!;
		expect(all(dd, 'table')).toHaveLength(1);
		expect(all(tree, 'p').map(textOf)).toEqual(['after']);
	});

	test('a deeper indent after a term turns the <dt> into a <dd> holding the list', async () => {
		const tree = await renderTree(';term\n::deeper');
		expect(all(tree, 'dt').map(textOf)).toEqual(['term']);
		expect(all(all(tree, 'dd')[0]!, 'dl')).toHaveLength(1);
	});

	test('text on the first line of a table cell is not a paragraph, later lines are', async () => {
		const tree = await renderTree('{|\n| first\n\nsecond\n|}');
		const td = all(tree, 'td')[0]!;
		expect(td.children[0]).toMatchObject({ type: 'text', value: 'first' });
		expect(all(td, 'p').map(textOf)).toEqual(['second']);
	});

	test('headings get MediaWiki anchors, unique within the page, and make the table of contents', async () => {
		const page = await render(
			"== The Insight (Rule of Thumb) ==\n=== Notes ===\n== Notes ==\n==== '''Bold''' [[Heuristic:X|link]] ====",
		);
		expect(page.headings).toEqual([
			{ depth: 2, slug: 'The_Insight_(Rule_of_Thumb)', text: 'The Insight (Rule of Thumb)' },
			{ depth: 3, slug: 'Notes', text: 'Notes' },
			{ depth: 2, slug: 'Notes_2', text: 'Notes' },
			{ depth: 4, slug: 'Bold_link', text: 'Bold link' },
		]);
		const ids = ['h2', 'h3', 'h4'].flatMap((tag) => all(htmlTree(page.html), tag).map((h) => h.properties.id));
		expect(ids.sort()).toEqual(['Bold_link', 'Notes', 'Notes_2', 'The_Insight_(Rule_of_Thumb)']);
	});
});

describe('Markdown blockquotes and strikethrough on wikitext pages', () => {
	test('`> quote` lines render as a <blockquote> of paragraphs and ~~x~~ as <s>', async () => {
		const { pipelineResult, context } = await import('./helpers.ts');
		const { renderPage } = await import('../../src/render/index.ts');
		const { html } = await renderPage(
			pipelineResult('== A ==\n> one ~~old~~ [[domain::LLMs]]\n> two\n>\n> three\nafter'),
			context(),
		);
		const tree = htmlTree(html);
		const [quote] = all(tree, 'blockquote');
		expect(all(quote!, 'p').map(textOf)).toEqual(['one old LLMs\ntwo', 'three']);
		expect(all(quote!, 's').map(textOf)).toEqual(['old']);
		expect(html).toMatch(/<\/blockquote><p>after<\/p>/u);
	});
});
