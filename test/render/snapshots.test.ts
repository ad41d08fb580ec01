import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderPage } from '../../src/render/index.ts';
import { context, pipelineResult } from './helpers.ts';

const FIXTURES = ['heuristic', 'workflow', 'principle'] as const;
const folder = new URL('./fixtures/', import.meta.url);

describe('rendered HTML of the fixture pages', () => {
	test.each(FIXTURES)('%s.wiki', async (name) => {
		const text = readFileSync(new URL(`${name}.wiki`, folder), 'utf8');
		const page = await renderPage(pipelineResult(text, `heuristics/${name}.wiki`), context());
		const headings = page.headings.map((h) => `${'#'.repeat(h.depth)} ${h.slug} ${h.text}`).join('\n');
		const diagnostics = page.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.rule}`).join('\n');
		// One file per page: the body (a line break added before each block tag, for readable diffs), then the
		// table of contents and the render diagnostics as comments.
		const body = page.html
			.replace(/<(?=(?:h[1-6]|p|ul|ol|li|dl|dt|dd|table|caption|tbody|tr|div|pre|hr)[\s>])/gu, '\n<')
			.trimStart();
		const snapshot = `${body}\n<!-- headings\n${headings}\n-->\n<!-- diagnostics\n${diagnostics}\n-->\n`;
		await expect(snapshot).toMatchFileSnapshot(`./__snapshots__/${name}.html`);
	});
});
