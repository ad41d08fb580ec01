// A page's Markdown, made from its rendered HTML tree: what each construct becomes.
import { describe, expect, test } from 'vitest';
import { markdownPath, placeMarkedLinks } from '../../src/graph/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { EXISTING, pipelineResult } from './helpers.ts';

/** The Markdown of page text, links placed base-free as the JSON export writes them. */
async function markdownOf(text: string, html = false): Promise<string> {
	const page = await renderPage(pipelineResult(text), {
		pageExists: (id) => EXISTING.has(id),
		output: { html, markdown: { hasMarkdown: (path) => path === '/heuristic/Learning_Rate_Tuning/' } },
	});
	return placeMarkedLinks(page.markdown!, (path, md) => (md ? markdownPath(path) : path));
}

describe('page Markdown', () => {
	test('headings, emphasis, lists and a wikitable as a pipe table', async () => {
		const md = await markdownOf(
			"== Values ==\n'''Bold''' and ''italic''.\n* one\n* two\n{| class=\"wikitable\"\n! Task !! LR\n|-\n| SFT || 2e-4\n|}\n",
		);
		expect(md).toContain('## Values');
		expect(md).toContain('**Bold** and *italic*.');
		expect(md).toMatch(/^- one\n- two$/mu);
		expect(md).toMatch(/^\| Task \| LR +\|\n\| -+ \| -+ \|\n\| SFT +\| 2e-4 \|$/mu);
	});

	test('code keeps its language, formulas their TeX, diagrams their source', async () => {
		const md = await markdownOf(
			'<syntaxhighlight lang="python">\nx = "<b>"\n</syntaxhighlight>\nLoss <math>\\frac{a}{b}</math> here.\n{{#mermaid:graph TD\n  A --> B}}\n',
		);
		expect(md).toContain('```python\nx = "<b>"\n```');
		expect(md).toContain('$\\frac{a}{b}$');
		expect(md).toContain('```mermaid\ngraph TD\n  A --> B\n```');
	});

	test('the same Markdown whether the HTML is made too or not', async () => {
		const text =
			'== A ==\n<syntaxhighlight lang="bash">\npip install x\n</syntaxhighlight>\n<math display="block">E = mc^2</math>\n[[Heuristic:Learning_Rate_Tuning|LR]]\n';
		expect(await markdownOf(text, true)).toBe(await markdownOf(text, false));
	});

	test('links to pages point at their .md, to other nodes at their site page, external links stay', async () => {
		const md = await markdownOf(
			'See [[Heuristic:Learning_Rate_Tuning|the LR page]], [[Workflow:Nope]], [[domain::LLMs]] and [https://example.org the docs].',
		);
		expect(md).toContain('[the LR page](/heuristic/Learning_Rate_Tuning.md)');
		expect(md).toContain('[Workflow:Nope](/workflow/Nope/)');
		expect(md).toContain('[LLMs](/domain/llms/)');
		expect(md).toContain('[the docs](https://example.org)');
	});

	test('lists and paragraphs in a table cell stay on the row', async () => {
		const md = await markdownOf(
			'{| class="wikitable"\n! Sources\n|-\n|\n* [https://a.org A]\n* [https://b.org B]\n|}\n',
		);
		expect(md).toContain('| [A](https://a.org)<br>[B](https://b.org) |');
	});

	test('page text cannot forge a link mark', async () => {
		const md = await markdownOf('Text \uE002md:/heuristic/X/\uE003 and <code>\uE002/a/\uE003</code>.');
		expect(md).not.toMatch(/[\uE002\uE003]/u);
		expect(md).not.toContain('/heuristic/X.md');
	});
});
