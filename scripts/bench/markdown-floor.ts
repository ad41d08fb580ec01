import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listPageFiles } from './corpus.ts';

/**
 * Writes a bare Astro project with one plain Markdown page per page of `contentDir` (same count, similar size):
 * the floor for the site part of a build.
 */
export async function makeMarkdownSite(contentDir: string, siteDir: string): Promise<void> {
	await rm(siteDir, { recursive: true, force: true });
	const pagesDir = join(siteDir, 'src', 'pages');
	await mkdir(pagesDir, { recursive: true });
	await writeFile(join(siteDir, 'astro.config.mjs'), "export default { output: 'static' };\n");
	const files = await listPageFiles(contentDir);
	const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of plain **Markdown** text with a [link](/) and \`code\`.`).join('\n\n');
	await Promise.all(files.map((_, i) => writeFile(join(pagesDir, `page-${i}.md`), `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\n## Section\n\n${body}\n`)));
}
