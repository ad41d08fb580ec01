import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PipelineResult } from '../../pipeline/index.ts';
import { llmsFullTxt, llmsTxt, markdownFiles, type PlaceLink } from '../view/llms-txt.ts';

/**
 * Writes the files for language models into a built site: every page's Markdown beside its HTML page
 * (`heuristic/X.md` beside `heuristic/X/index.html`), `llms.txt` and `llms-full.txt` at the root.
 * @param place how a site path is linked from these files (under the site's base path)
 * @returns the paths written, relative to `outDir`
 */
export async function writeLlmsFiles(result: PipelineResult, outDir: string, place: PlaceLink): Promise<string[]> {
	const files = await markdownFiles(result, place);
	const written: string[] = [];
	const write = async (path: string, text: string) => {
		await mkdir(dirname(join(outDir, path)), { recursive: true });
		await writeFile(join(outDir, path), text);
		written.push(path);
	};
	for (const file of files) await write(file.path.slice(1), file.text);
	await write('llms.txt', llmsTxt(result, place));
	await write('llms-full.txt', llmsFullTxt(files));
	return written;
}
