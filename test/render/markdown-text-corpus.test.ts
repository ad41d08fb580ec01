// On every page of the test corpora, the page's Markdown as written with `markdownText` (the cheaper `text`
// handler) and as written with the library's own `text` handler: the same, page by page.
import type { Nodes } from 'mdast';
import type { Options } from 'mdast-util-to-markdown';
import { describe, expect, test, vi } from 'vitest';
import { loadContent } from '../../src/load/discover.ts';
import { parsePage } from '../../src/parse/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { KAPSO, SMW_QUERIES, SMW_WIKI, UNSLOTH } from '../helpers/paths.ts';

/** Each Markdown the renderer wrote while a page rendered: with `markdownText`, and with the library's handler. */
const written = vi.hoisted(() => [] as { fast: string; library: string }[]);

vi.mock('mdast-util-to-markdown', async (importOriginal) => {
	const lib = await importOriginal<typeof import('mdast-util-to-markdown')>();
	return {
		...lib,
		toMarkdown: (tree: Nodes, options: Options) => {
			const fast = lib.toMarkdown(tree, options);
			const handlers = { ...options.handlers, text: lib.defaultHandlers.text };
			written.push({ fast, library: lib.toMarkdown(tree, { ...options, handlers }) });
			return fast;
		},
	};
});

describe.each([
	['unsloth-sample', UNSLOTH],
	['kapso-wikis', KAPSO],
	['smw-wiki', SMW_WIKI],
	['smw-queries', SMW_QUERIES],
])('every page of %s', (_name, dir) => {
	test('the same Markdown as with the library text handler', async () => {
		const { files } = await loadContent(dir);
		const ids = new Set<string>(files.map((f) => f.id));
		const differing: string[] = [];
		for (const file of files) {
			written.length = 0;
			await renderPage(parsePage(file), {
				pageExists: (id) => ids.has(id),
				output: { html: false, markdown: { hasMarkdown: (path) => path.length % 2 === 0 } },
			});
			expect(written.length, file.relPath).toBeGreaterThan(0);
			if (written.some((w) => w.fast !== w.library)) differing.push(file.relPath);
		}
		expect(files.length).toBeGreaterThan(5);
		expect(differing).toEqual([]);
	});
});
