import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExportInput } from './types.ts';
import { exportFiles } from './files.ts';
import { pageJsonMaker, pageJsonPath, pageSchema } from './page-json.ts';
import { stableStringify } from './stable-json.ts';

/** One file of the JSON export: its path under the output folder (`api/...`) and its text. */
export interface ExportedFile {
	readonly path: string;
	readonly text: string;
}

/**
 * The files of the JSON export of a pipeline run, one at a time (a file per page: a large site's are never all
 * held at once): the whole-site files and their schemas, one file per page under `api/page/`, the page schema.
 * The run must have made the pages' Markdown (`runPipeline({ markdown: true })`). Output depends only on the
 * result, so the same input gives byte-identical files.
 */
export async function* exportedFiles(result: ExportInput): AsyncGenerator<ExportedFile> {
	for (const f of await exportFiles(result)) {
		yield { path: `api/${f.name}.json`, text: f.text };
		yield { path: `api/schema/${f.name}.schema.json`, text: stableStringify(f.schema) };
	}
	const pageJson = pageJsonMaker(result);
	for (const page of result.pages) {
		const markdown = await result.markdown.get(page.id);
		if (markdown === undefined)
			throw new Error(
				`The run made no Markdown for ${page.id}: run the pipeline with \`markdown: true\` to write the export.`,
			);
		const payload = pageJson(page, markdown);
		yield { path: pageJsonPath(payload.url), text: stableStringify(payload) };
	}
	yield { path: 'api/schema/page.schema.json', text: stableStringify(pageSchema) };
}

/**
 * Writes the JSON export of a pipeline run under `<outDir>/api/` (see `exportedFiles`).
 * @returns the paths written, relative to `outDir`
 */
export async function writeExport(result: ExportInput, outDir: string): Promise<string[]> {
	const written: string[] = [];
	const folders = new Set<string>();
	for await (const file of exportedFiles(result)) {
		const folder = dirname(join(outDir, file.path));
		if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
		folders.add(folder);
		// Written synchronously: a promise `writeFile` costs several thread-pool round trips, and there is a file per page.
		writeFileSync(join(outDir, file.path), file.text);
		written.push(file.path);
	}
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
