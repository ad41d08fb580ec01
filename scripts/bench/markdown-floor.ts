import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How the floor site holds its Markdown: one file per route under `src/pages/` (each page its own module), or
 * one content collection (glob loader) rendered by one dynamic route, as Starlight and most docs sites do.
 */
export type FloorStyle = 'pages' | 'collection';

const COLLECTION_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { docs: defineCollection({ loader: glob({ pattern: '*.md', base: './markdown' }) }) };
`;

const COLLECTION_ROUTE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><title>{entry.data.title}</title></head><body><main><Content /></main></body></html>
`;

/** The layout of a floor page in `src/pages/`: Astro wraps a Markdown page in it. */
const PAGE_LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="en"><head><title>{frontmatter.title}</title></head><body><main><slot /></main></body></html>
`;

/** A page as the floor site holds it: its title and its text as plain Markdown. */
export interface FloorPage {
	readonly title: string;
	readonly markdown: string;
}

/**
 * The pages of a `wikikb export` (`<out>/api/page/**.json`) as plain Markdown: the same pages, with the same text,
 * tables and code blocks, that the wikikb build of that content shows.
 */
export async function exportedPages(exportDir: string): Promise<FloorPage[]> {
	const files = (await readdir(join(exportDir, 'api', 'page'), { recursive: true }))
		.filter((f) => f.endsWith('.json'))
		.sort();
	return Promise.all(
		files.map(async (f) => {
			const page = JSON.parse(await readFile(join(exportDir, 'api', 'page', f), 'utf8')) as FloorPage;
			return { title: page.title, markdown: page.markdown };
		}),
	);
}

/**
 * Writes a bare Astro project with one plain Markdown page per page given: the floor for the site part of a build
 * (`floor-build.mjs` builds it and indexes it with Pagefind, as `wikikb build` does).
 */
export async function makeMarkdownSite(pages: readonly FloorPage[], siteDir: string, style: FloorStyle): Promise<void> {
	await rm(siteDir, { recursive: true, force: true });
	const pagesDir = join(siteDir, 'src', 'pages');
	const markdownDir = style === 'pages' ? pagesDir : join(siteDir, 'markdown');
	await mkdir(pagesDir, { recursive: true });
	await mkdir(markdownDir, { recursive: true });
	await writeFile(join(siteDir, 'astro.config.mjs'), "export default { output: 'static' };\n");
	if (style === 'collection') {
		await writeFile(join(siteDir, 'src', 'content.config.ts'), COLLECTION_CONFIG);
		await writeFile(join(pagesDir, '[slug].astro'), COLLECTION_ROUTE);
	} else {
		await mkdir(join(siteDir, 'src', 'layouts'), { recursive: true });
		await writeFile(join(siteDir, 'src', 'layouts', 'Page.astro'), PAGE_LAYOUT);
	}
	const layout = style === 'pages' ? 'layout: ../layouts/Page.astro\n' : '';
	await Promise.all(
		pages.map((page, i) =>
			// JSON is YAML: any title is safe in the front matter.
			writeFile(
				join(markdownDir, `page-${i}.md`),
				`---\ntitle: ${JSON.stringify(page.title)}\n${layout}---\n\n${page.markdown}\n`,
			),
		),
	);
}
