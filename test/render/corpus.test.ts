import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/load/discover.ts';
import type { SourceFile } from '../../src/load/types.ts';
import { parsePage } from '../../src/parse/index.ts';
import type { Section } from '../../src/parse/types.ts';
import { renderPage } from '../../src/render/index.ts';
import type { RenderContext, RenderedPage } from '../../src/render/types.ts';
import { KAPSO, UNSLOTH } from '../helpers/paths.ts';
import { all, classes, htmlTree } from './helpers.ts';

interface Rendered {
	readonly file: SourceFile;
	readonly anchors: readonly string[];
	readonly page: RenderedPage;
}

const rendered = new Map<string, Promise<Rendered[]>>();

/** Renders every page of a corpus collection once; ids of its files exist, and so do the site's Domain pages. */
function renderCollection(dir: string): Promise<Rendered[]> {
	if (!rendered.has(dir)) rendered.set(dir, renderAll(dir));
	return rendered.get(dir)!;
}

async function renderAll(dir: string): Promise<Rendered[]> {
	const { files } = await loadContent(dir);
	const ids = new Set<string>(files.map((f) => f.id));
	const ctx: RenderContext = { pageExists: (id) => ids.has(id) || id.startsWith('Domain:') };
	const out: Rendered[] = [];
	let renderMs = 0;
	for (const file of files) {
		const parsed = parsePage(file);
		const start = performance.now();
		const page = await renderPage(parsed, ctx);
		renderMs += performance.now() - start;
		out.push({ file, anchors: flatten(parsed.page.sections).map((s) => s.anchor), page });
	}
	// A figure for the report, not an assertion: speed is measured by `npm run bench`.
	console.info(`${dir}: ${files.length} pages, ${(renderMs / files.length).toFixed(1)} ms per page to render`);
	return out;
}

function flatten(sections: readonly Section[]): Section[] {
	return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

describe.each([
	['unsloth-sample', UNSLOTH],
	['kapso-wikis', KAPSO],
])('every page of %s', (_name, dir) => {
	let pages: Rendered[];
	test('renders without a render failure', async () => {
		pages = await renderCollection(dir);
		expect(pages.length).toBeGreaterThan(40);
		const failed = pages
			.filter((p) => p.page.diagnostics.some((d) => d.rule === 'render-failed'))
			.map((p) => p.file.relPath);
		expect(failed).toEqual([]);
	});

	test('gives every heading the anchor the parser computed for its section', () => {
		const wrong = pages
			.filter((p) => p.page.headings.map((h) => h.slug).join('\n') !== p.anchors.join('\n'))
			.map((p) => p.file.relPath);
		expect(wrong).toEqual([]);
	});

	test('gives every external link rel="noopener nofollow" and class external', () => {
		for (const { page } of pages) {
			for (const a of all(htmlTree(page.html), 'a')) {
				if (!/^(?:https?:)?\/\//u.test(String(a.properties.href))) continue;
				expect(a.properties.rel).toEqual(['noopener', 'nofollow']);
				expect(classes(a)).toContain('external');
			}
		}
	});
});

test('links between the pages of the unsloth sample all resolve (no red links)', async () => {
	const red = (await renderCollection(UNSLOTH)).flatMap(({ file, page }) =>
		all(htmlTree(page.html), 'a')
			.filter((a) => classes(a).includes('new'))
			.map((a) => `${file.relPath} -> ${String(a.properties.href)}`),
	);
	expect(red).toEqual([]);
});
