import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExportInput } from './types.ts';
import { exportFiles } from './files.ts';
import { pageJsonMaker, pageJsonPath, pageSchema } from './page-json.ts';
import { stableStringify } from './stable-json.ts';

/**
 * Writes the JSON export of a pipeline run under `<outDir>/api/`: the whole-site files, one file per page under
 * `api/page/`, and the schemas under `api/schema/`. The run must have made the pages' Markdown
 * (`runPipeline({ markdown: true })`). Output depends only on the result, so the same input gives
 * byte-identical files.
 * @returns the paths written, relative to `outDir`
 */
export async function writeExport(result: ExportInput, outDir: string): Promise<string[]> {
	const written: string[] = [];
	const folders = new Set<string>();
	// Written synchronously: a promise `writeFile` costs several thread-pool round trips, and there is a file per page.
	const write = (path: string, payload: unknown) => {
		const folder = dirname(join(outDir, path));
		if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
		folders.add(folder);
		writeFileSync(join(outDir, path), typeof payload === 'string' ? payload : stableStringify(payload));
		written.push(path);
	};
	for (const f of await exportFiles(result)) {
		write(`api/${f.name}.json`, f.text);
		write(`api/schema/${f.name}.schema.json`, f.schema);
	}
	const pageJson = pageJsonMaker(result);
	for (const page of result.pages) {
		const markdown = await result.markdown.get(page.id);
		if (markdown === undefined)
			throw new Error(
				`The run made no Markdown for ${page.id}: run the pipeline with \`markdown: true\` to write the export.`,
			);
		const payload = pageJson(page, markdown);
		write(pageJsonPath(payload.url), payload);
	}
	write('api/schema/page.schema.json', pageSchema);
	return written;
}

export { stableStringify } from './stable-json.ts';
export { exportFiles, searchText, type ExportFile } from './files.ts';
export {
	pageJsonMaker,
	pageJsonPath,
	pageFileSchema,
	diagnosticSchema,
	type PageFile,
	type PageSource,
} from './page-json.ts';
export { searchFileSchema, searchJsonText, SEARCH_ENGINE } from './search-json.ts';
export { searchDocuments, type SearchSource } from './search-documents.ts';
export { toJsonRule } from './lr-json.ts';
export { lrFileSchema } from './lr-file-schema.ts';
export { pageSummary } from './pages-json.ts';
export type * from './types.ts';
export { unreadableVersion } from './schema-version.ts';
