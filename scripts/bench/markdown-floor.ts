import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listPageFiles } from './corpus.ts';

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

/**
 * Writes a bare Astro project with one plain Markdown page per page of `contentDir` (same count, similar size):
 * the floor for the site part of a build.
 */
export async function makeMarkdownSite(contentDir: string, siteDir: string, style: FloorStyle): Promise<void> {
	await rm(siteDir, { recursive: true, force: true });
	const pagesDir = join(siteDir, 'src', 'pages');
	const markdownDir = style === 'pages' ? pagesDir : join(siteDir, 'markdown');
	await mkdir(pagesDir, { recursive: true });
	await mkdir(markdownDir, { recursive: true });
	await writeFile(join(siteDir, 'astro.config.mjs'), "export default { output: 'static' };\n");
	if (style === 'collection') {
		await writeFile(join(siteDir, 'src', 'content.config.ts'), COLLECTION_CONFIG);
		await writeFile(join(pagesDir, '[slug].astro'), COLLECTION_ROUTE);
	}
	const files = await listPageFiles(contentDir);
	const body = Array.from(
		{ length: 40 },
		(_, i) => `Paragraph ${i} of plain **Markdown** text with a [link](/) and \`code\`.`,
	).join('\n\n');
	await Promise.all(
		files.map((_, i) =>
			writeFile(
				join(markdownDir, `page-${i}.md`),
				`---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n## Section\n\n${body}\n`,
			),
		),
	);
}
