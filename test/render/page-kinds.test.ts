import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Token } from 'wikiparser-node';
import { describe, expect, test } from 'vitest';
import { renderPage } from '../../src/render/index.ts';
import { all, classes, context, htmlTree, pipelineResult, render, textOf, wikitextResult } from './helpers.ts';

const MARKDOWN = [
	'## Setup steps',
	'',
	'Use **bold**, `code` and [the docs](https://example.org/docs).',
	'',
	'```python',
	'x = 1',
	'```',
	'',
	'```mermaid',
	'graph TD; A-->B',
	'```',
	'',
	'| a | b |',
	'|---|---|',
	'| 1 | 2 |',
	'',
	'<b>raw html</b>',
	'',
	'![diagram](https://example.org/d.png)',
].join('\n');

describe('Markdown pages', () => {
	test('the fixture is read as a pure-Markdown page', () => {
		expect(pipelineResult(MARKDOWN).tree.kind).toBe('markdown');
	});

	test('headings get MediaWiki anchors and are listed', async () => {
		const page = await renderPage(pipelineResult(MARKDOWN), context());
		expect(page.headings).toEqual([{ depth: 2, slug: 'Setup_steps', text: 'Setup steps' }]);
		expect(all(htmlTree(page.html), 'h2')[0]!.properties.id).toBe('Setup_steps');
	});

	test('fenced code is highlighted and a mermaid fence is a diagram', async () => {
		const tree = htmlTree((await renderPage(pipelineResult(MARKDOWN), context())).html);
		const pres = all(tree, 'pre');
		expect(pres.map((p) => classes(p).includes('shiki') || classes(p).includes('mermaid'))).toEqual([true, true]);
		expect(textOf(pres[1]!)).toBe('graph TD; A-->B');
	});

	test('links are external links and pipe tables are tables', async () => {
		const tree = htmlTree((await renderPage(pipelineResult(MARKDOWN), context())).html);
		const docs = all(tree, 'a').find((a) => textOf(a) === 'the docs')!;
		expect(docs.properties.rel).toEqual(['noopener', 'nofollow']);
		expect(classes(docs)).toContain('external');
		expect(all(tree, 'td').map(textOf)).toEqual(['1', '2']);
	});

	test('raw HTML is shown as text and an image as a link with its alt text', async () => {
		const tree = htmlTree((await renderPage(pipelineResult(MARKDOWN), context())).html);
		expect(textOf(tree)).toContain('<b>raw html</b>');
		expect(all(tree, 'img')).toHaveLength(0);
		expect(
			all(tree, 'a').some((a) => textOf(a) === 'diagram' && a.properties.href === 'https://example.org/d.png'),
		).toBe(true);
	});
});

describe('wiki links in Markdown text', () => {
	test('[[...]] in the text of a Markdown tree becomes the same links as in wikitext', async () => {
		const root = unified()
			.use(remarkParse)
			.use(remarkGfm)
			.parse('See [[uses_heuristic::Heuristic:Learning_Rate_Tuning]], [[Nowhere|x]] and `[[domain::LLMs]]`.');
		const base = wikitextResult('x');
		const page = await renderPage({ page: base.page, tree: { kind: 'markdown', text: '', root } }, context());
		const links = all(htmlTree(page.html), 'a');
		expect(links.map((a) => [a.properties.href, classes(a).includes('new')])).toEqual([
			['/heuristic/Learning_Rate_Tuning/', false],
			['/page/Nowhere/', true],
		]);
	});
});

describe('plain pages and failures', () => {
	test('a plain tree is escaped text in a <pre>', async () => {
		const base = wikitextResult('x');
		const page = await renderPage({ page: base.page, tree: { kind: 'plain', text: '<b>a</b> & [[b]]' } }, context());
		expect(page.html).toBe('<pre>&#x3C;b>a&#x3C;/b> &#x26; [[b]]</pre>');
	});

	test('a renderer failure becomes a diagnostic and escaped text, never an exception', async () => {
		const base = wikitextResult('x');
		const broken = {
			get childNodes(): never {
				throw new Error('boom');
			},
		} as unknown as Token;
		const page = await renderPage(
			{ page: base.page, tree: { kind: 'wikitext', text: '<i>t</i>', root: broken, toSourceOffset: (o) => o } },
			context(),
		);
		expect(page.html).toBe('<pre>&#x3C;i>t&#x3C;/i></pre>');
		expect(page.diagnostics.map((d) => d.rule)).toEqual(['render-failed']);
	});
});

describe('determinism and slots', () => {
	test('the same page renders to the same HTML twice', async () => {
		const text =
			'== A ==\n[https://x.example] <math>x</math> {{T|a=1}}\n<syntaxhighlight lang="python">y</syntaxhighlight>';
		expect((await render(text)).html).toBe((await render(text)).html);
	});

	test('page text cannot forge a slot marker', async () => {
		const { html } = await render('forged \uE0000\uE001 marker\n\n<math>x</math>');
		expect(html.match(/class="katex"/gu)).toHaveLength(1);
		expect(html).toContain('forged \uFFFD0\uFFFD marker');
	});
});

describe('comments on Markdown pages', () => {
	test('an HTML comment on a pure-Markdown page is not shown', async () => {
		const { pipelineResult, context } = await import('./helpers.ts');
		const { renderPage } = await import('../../src/render/index.ts');
		const result = pipelineResult(
			'# T\n\n## A\n\n<!-- [[implements::Principle:Hidden]] -->\n\nText <!-- inline --> more.\n',
			'heuristics/Md.md',
		);
		expect(result.page.format).toBe('markdown');
		expect(result.page.facts).toEqual([]);
		const { html } = await renderPage(result, context());
		expect(html).not.toContain('Hidden');
		expect(html).not.toContain('inline');
		expect(html).toContain('more.');
	});
});
