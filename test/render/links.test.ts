import { describe, expect, test } from 'vitest';
import { all, classes, renderTree, textOf } from './helpers.ts';

const link = async (text: string) => {
	const anchors = all(await renderTree(text), 'a');
	expect(anchors).toHaveLength(1);
	return anchors[0]!;
};

describe('semantic annotations', () => {
	test('[[prop::Page]] links to the page with the value as text', async () => {
		const a = await link('[[uses_heuristic::Heuristic:Learning_Rate_Tuning]]');
		expect(a.properties.href).toBe('/heuristic/Learning_Rate_Tuning/');
		expect(textOf(a)).toBe('Heuristic:Learning Rate Tuning');
		expect(classes(a)).not.toContain('new');
	});

	test('[[prop::Page|display]] shows the display text', async () => {
		const a = await link('[[step::Workflow:QLoRA_Finetuning|the workflow]]');
		expect(a.properties.href).toBe('/workflow/QLoRA_Finetuning/');
		expect(textOf(a)).toBe('the workflow');
	});

	test('a value with no page is a red link that keeps its url', async () => {
		const a = await link('[[implements::Principle:Nowhere]]');
		expect(a.properties.href).toBe('/principle/Nowhere/');
		expect(classes(a)).toContain('new');
	});

	test('a domain value links to its Domain page', async () => {
		const a = await link('[[domain::LLMs]]');
		expect(a.properties.href).toBe('/domain/llms/');
		expect(textOf(a)).toBe('LLMs');
	});

	test('a source triple is an external link "Title (Type)"', async () => {
		const tree = await renderTree('[[source::Paper|LoRA Paper|https://arxiv.org/abs/2106.09685]]');
		const a = all(tree, 'a')[0]!;
		expect(a.properties.href).toBe('https://arxiv.org/abs/2106.09685');
		expect(a.properties.rel).toEqual(['noopener', 'nofollow']);
		expect(classes(a)).toContain('external');
		expect(textOf(a)).toBe('LoRA Paper');
		expect(textOf(tree)).toBe('LoRA Paper (Paper)');
	});

	test('a source whose third part is no URL shows it as text', async () => {
		const tree = await renderTree('[[source::Repo|unsloth|unsloth/models/llama.py]]');
		expect(all(tree, 'a')).toHaveLength(0);
		expect(textOf(tree)).toBe('unsloth (Repo): unsloth/models/llama.py');
	});

	test('a two-part source is text', async () => {
		const tree = await renderTree('[[source::Doc|Some Guide]]');
		expect(all(tree, 'a')).toHaveLength(0);
		expect(textOf(tree)).toBe('Some Guide (Doc)');
	});

	test('last_updated is a <time> with an ISO datetime', async () => {
		const tree = await renderTree('[[last_updated::2025-12-12 00:00 GMT]]');
		const time = all(tree, 'time')[0]!;
		expect(time.properties.dateTime).toBe('2025-12-12T00:00:00Z');
		expect(textOf(time)).toBe('2025-12-12 00:00 GMT');
	});

	test('a value that cannot be a title is text', async () => {
		const tree = await renderTree('[[note::a < b]]');
		expect(all(tree, 'a')).toHaveLength(0);
	});

	test('a URL value is an external link', async () => {
		const a = await link('[[github_url::https://github.com/unslothai/unsloth]]');
		expect(classes(a)).toContain('external');
		expect(a.properties.rel).toEqual(['noopener', 'nofollow']);
	});

	test('an empty display hides the annotation', async () => {
		const tree = await renderTree('x[[domain::LLMs| ]]y');
		expect(textOf(tree)).toBe('xy');
	});
});

describe('ordinary links', () => {
	test('[[Page|text]] links to the page url', async () => {
		const a = await link('[[Heuristic:Learning Rate Tuning|LR tuning]]');
		expect(a.properties.href).toBe('/heuristic/Learning_Rate_Tuning/');
		expect(textOf(a)).toBe('LR tuning');
	});

	test('a link trail joins the link text', async () => {
		const a = await link('[[Workflow:QLoRA_Finetuning]]s');
		expect(textOf(a)).toBe('Workflow:QLoRA Finetunings');
	});

	test.each([
		['[[Workflow:QLoRA_Finetuning]]', 'Workflow:QLoRA Finetuning'],
		['[[:Category:Fine_Tuning]]', 'Category:Fine Tuning'],
		['[[Workflow:QLoRA_Finetuning|]]', 'QLoRA Finetuning'],
		['[[Workflow:QLoRA_Finetuning|QLoRA_Finetuning]]', 'QLoRA_Finetuning'],
		['[[domain::Fine_Tuning]]', 'Fine Tuning'],
		['[[uses_heuristic::Heuristic:Learning_Rate_Tuning|LR_tuning]]', 'LR_tuning'],
	])('a link without text of its own shows the title with spaces, as MediaWiki: %s', async (wikitext, shown) => {
		expect(textOf(await link(wikitext))).toBe(shown);
	});

	test('a fragment is kept as an anchor', async () => {
		const a = await link('[[Heuristic:Learning_Rate_Tuning#The Insight|see]]');
		expect(a.properties.href).toBe('/heuristic/Learning_Rate_Tuning/#The_Insight');
	});

	test('[[Category:X]] is not shown', async () => {
		const tree = await renderTree('text [[Category:Tuning]]');
		expect(all(tree, 'a')).toHaveLength(0);
		expect(textOf(tree).trim()).toBe('text');
	});

	test('[[:Category:X]] is a visible link to the category page', async () => {
		const a = await link('[[:Category:Tuning]]');
		expect(a.properties.href).toBe('/category/Tuning/');
		expect(textOf(a)).toBe('Category:Tuning');
	});

	test('an external link gets class external and rel noopener nofollow', async () => {
		const a = await link('[https://example.org/x Example]');
		expect(a.properties.href).toBe('https://example.org/x');
		expect(classes(a)).toContain('external');
		expect(a.properties.rel).toEqual(['noopener', 'nofollow']);
		expect(textOf(a)).toBe('Example');
	});

	test('an external link without text is numbered', async () => {
		const tree = await renderTree('[https://a.example/] and [https://b.example/]');
		expect(all(tree, 'a').map(textOf)).toEqual(['[1]', '[2]']);
	});

	test('a bare URL is an external link', async () => {
		const a = await link('see https://example.org/page now');
		expect(a.properties.href).toBe('https://example.org/page');
		expect(a.properties.rel).toEqual(['noopener', 'nofollow']);
	});

	test('[[#Section]] links to an anchor of the same page', async () => {
		const a = await link('[[#The Insight|below]]');
		expect(a.properties.href).toBe('#The_Insight');
	});
});

describe('Markdown backtick spans stay literal', () => {
	test('no link, annotation, template or markup is read inside backticks', async () => {
		const { pipelineResult, context, htmlTree } = await import('./helpers.ts');
		const { renderPage } = await import('../../src/render/index.ts');
		const result = pipelineResult(
			"== A ==\nSee `[[Heuristic:X]] [[domain::Y]] {{T}} '''b''' [u](https://x.org) <b>t</b>` and [[Heuristic:W]]",
		);
		const tree = htmlTree((await renderPage(result, context())).html);
		expect(all(tree, 'code').map(textOf)).toEqual([
			"[[Heuristic:X]] [[domain::Y]] {{T}} '''b''' [u](https://x.org) <b>t</b>",
		]);
		expect(all(tree, 'a').map(textOf)).toEqual(['Heuristic:W']);
		expect(result.page.links.map((l) => l.target)).toEqual(['Heuristic:W']);
		expect(result.page.facts).toEqual([]);
	});
});

describe('annotation values that are not titles', () => {
	test('a plain value of an unknown property, or of a text property, is text, as the graph keeps it as an attribute', async () => {
		const tree = await renderTree(
			'[[license::Apache-2.0]] [[github_url::PENDING_REPO_BUILD]] [[related::Concept:Warmup]] [[related::Learning_Rate_Tuning]]',
		);
		expect(all(tree, 'a').map((a) => a.properties.href)).toEqual(['/concept/Warmup/']);
		expect(textOf(tree)).toContain('Apache-2.0');
		expect(textOf(tree)).toContain('PENDING_REPO_BUILD');
	});
});
