import { describe, expect, test } from 'vitest';
import { all, classes, render, renderTree, textOf } from './helpers.ts';

describe('Semantic MediaWiki parser functions', () => {
	test('#set shows nothing where it is written', async () => {
		const { html } = await render('Before {{#set:learning_rate=2e-4|method=QLoRA}} after');
		expect(html).toBe('<p>Before  after</p>');
	});

	test('#subobject on its own line shows nothing and does not break the paragraph', async () => {
		const { html } = await render('One\n{{#subobject:run1|lr=1e-4}}\nTwo');
		expect(html).not.toContain('1e-4');
		expect(html).not.toContain('subobject');
		expect(html).toContain('One');
		expect(html).toContain('Two');
	});

	test('#ask and #show are visible boxes with the query text', async () => {
		const tree = await renderTree('{{#ask:[[Category:Tuning]]|?lr|format=table}}\n\n{{#show:Heuristic:X|?domain}}');
		const boxes = all(tree, 'span').filter((s) => classes(s).includes('wikikb-template'));
		expect(boxes).toHaveLength(2);
		expect(textOf(boxes[0]!)).toContain('#ask');
		expect(textOf(boxes[0]!)).toContain('[[Category:Tuning]]');
		expect(textOf(boxes[0]!)).toContain('format=table');
		expect(textOf(boxes[1]!)).toContain('#show');
		expect(textOf(boxes[1]!)).toContain('Heuristic:X');
		// the query's category is no category of the page and no link
		expect(all(tree, 'a')).toHaveLength(0);
	});
});
