import { describe, expect, test } from 'vitest';
import { all, classes, render, renderTree, textOf } from './helpers.ts';

describe('code', () => {
	test('<syntaxhighlight lang> is highlighted with light and dark CSS variables', async () => {
		const tree = await renderTree('<syntaxhighlight lang="python">x = 1</syntaxhighlight>');
		const pre = all(tree, 'pre')[0]!;
		expect(classes(pre)).toContain('shiki');
		expect(String(pre.properties.style)).toContain('--shiki-dark');
		expect(all(pre, 'span').some((s) => String(s.properties.style).includes('--shiki-light:'))).toBe(true);
		expect(textOf(pre)).toBe('x = 1');
	});

	test('<source lang> is highlighted the same way', async () => {
		const tree = await renderTree('<source lang="bash">echo hi</source>');
		expect(classes(all(tree, 'pre')[0]!)).toContain('shiki');
	});

	test('an unknown language is a plain pre of the text', async () => {
		const tree = await renderTree('<syntaxhighlight lang="klingon">qapla</syntaxhighlight>');
		const pre = all(tree, 'pre')[0]!;
		expect(classes(pre)).not.toContain('shiki');
		expect(textOf(pre)).toBe('qapla');
	});

	test('markup inside code is escaped text, never HTML', async () => {
		const { html } = await render(
			'<syntaxhighlight lang="html"><script>alert(1)</script> [[domain::X]]</syntaxhighlight>',
		);
		expect(html).not.toContain('<script');
		const tree = await renderTree(
			'<syntaxhighlight lang="html"><script>alert(1)</script> [[domain::X]]</syntaxhighlight>',
		);
		expect(all(tree, 'a')).toHaveLength(0);
		expect(textOf(tree)).toContain('<script>alert(1)</script> [[domain::X]]');
	});

	test('<syntaxhighlight inline> is inline code', async () => {
		const tree = await renderTree('use <syntaxhighlight lang="python" inline>f(x)</syntaxhighlight> here');
		const code = all(tree, 'code')[0]!;
		expect(all(tree, 'pre')).toHaveLength(0);
		expect(textOf(code)).toBe('f(x)');
		expect(all(tree, 'p')).toHaveLength(1);
	});

	test('<pre> is preformatted literal text', async () => {
		const tree = await renderTree("<pre>'''x''' [[y]]</pre>");
		expect(all(tree, 'pre').map(textOf)).toEqual(["'''x''' [[y]]"]);
		expect(all(tree, 'a')).toHaveLength(0);
	});
});

describe('math', () => {
	test('inline <math> is KaTeX HTML with MathML', async () => {
		const tree = await renderTree('Energy <math>E = mc^2</math> here.');
		const katex = all(tree, 'span').find((s) => classes(s).includes('katex'))!;
		expect(katex).toBeDefined();
		expect(all(katex, 'math')).toHaveLength(1);
		expect(all(tree, 'span').some((s) => classes(s).includes('katex-display'))).toBe(false);
	});

	test('a formula alone on its line is a display block', async () => {
		const tree = await renderTree('<math>\\sum_i x_i</math>');
		expect(all(tree, 'span').some((s) => classes(s).includes('katex-display'))).toBe(true);
	});

	test('display="block" makes a display block', async () => {
		const tree = await renderTree('so <math display="block">x</math> then');
		expect(all(tree, 'span').some((s) => classes(s).includes('katex-display'))).toBe(true);
	});

	test('bad TeX shows an error and adds a diagnostic', async () => {
		const { html, diagnostics } = await render('a\n\n<math>\\frac{1}{</math>');
		const tree = await renderTree('a\n\n<math>\\frac{1}{</math>');
		expect(all(tree, 'span').some((s) => classes(s).includes('katex-error'))).toBe(true);
		expect(html).toContain('\\frac{1}{');
		expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['math-error', 3]]);
	});

	test('TeX cannot make links or run commands', async () => {
		const { html } = await render('<math>\\href{javascript:alert(1)}{x}</math>');
		expect(html).not.toContain('href="javascript');
	});
});

describe('templates and diagrams', () => {
	test('{{#mermaid:...}} is a pre.mermaid holding the source as text', async () => {
		const tree = await renderTree('{{#mermaid:graph TD\n  A-->|yes| B<script>}}');
		const pre = all(tree, 'pre')[0]!;
		expect(classes(pre)).toEqual(['mermaid']);
		expect(textOf(pre)).toBe('graph TD\n  A-->|yes| B<script>');
	});

	test('a template is shown as a box with its name and parameters', async () => {
		const tree = await renderTree('{{Implementation|domain=NLP|link=https://x.example|free}}');
		const box = all(tree, 'span').find((s) => classes(s).includes('wikikb-template'))!;
		expect(classes(box)).toContain('wikikb-template-block');
		const names = all(box, 'span')
			.filter((s) => classes(s).includes('wikikb-template-name'))
			.map(textOf);
		expect(names).toEqual(['Implementation']);
		const params = all(box, 'span')
			.filter((s) => classes(s).includes('wikikb-template-param'))
			.map(textOf);
		expect(params).toEqual(['domain = NLP', 'link = https://x.example', 'free']);
	});

	test('a template inside a sentence is an inline box', async () => {
		const tree = await renderTree('see {{Cite|x}} here');
		const box = all(tree, 'span').find((s) => classes(s).includes('wikikb-template'))!;
		expect(classes(box)).not.toContain('wikikb-template-block');
		expect(all(tree, 'p')).toHaveLength(1);
	});

	test('a parser function such as #ask is shown, not run', async () => {
		const tree = await renderTree('{{#ask:[[Category:Tuning]]|?Domain}}');
		const names = all(tree, 'span')
			.filter((s) => classes(s).includes('wikikb-template-name'))
			.map(textOf);
		expect(names).toEqual(['#ask']);
		expect(textOf(tree)).toContain('[[Category:Tuning]]');
	});
});

describe('math in tables', () => {
	test('a formula alone in a table cell stays inline', async () => {
		const tree = await renderTree('{|\n| a || <math>O(d^2)</math>\n|}');
		expect(all(tree, 'span').some((s) => classes(s).includes('katex'))).toBe(true);
		expect(all(tree, 'span').some((s) => classes(s).includes('katex-display'))).toBe(false);
	});
});

describe('Markdown fences on wikitext pages', () => {
	test('a fence holding a literal </syntaxhighlight> shows it as written', async () => {
		const { pipelineResult, context, htmlTree, textOf } = await import('./helpers.ts');
		const { renderPage } = await import('../../src/render/index.ts');
		const result = pipelineResult(
			'== A ==\n```\nuse <syntaxhighlight lang="py">x</syntaxhighlight> here\n```\n<syntaxhighlight>&lt;/syntaxhighlight&gt;</syntaxhighlight>',
		);
		const pres = htmlTree((await renderPage(result, context())).html).children.filter(
			(c) => c.type === 'element' && c.tagName === 'pre',
		);
		expect(pres.map((p) => textOf(p))).toEqual([
			'use <syntaxhighlight lang="py">x</syntaxhighlight> here',
			'&lt;/syntaxhighlight&gt;',
		]);
		expect(result.page.code.map((c) => c.code)).toEqual([
			'use <syntaxhighlight lang="py">x</syntaxhighlight> here',
			'&lt;/syntaxhighlight&gt;',
		]);
	});
});
