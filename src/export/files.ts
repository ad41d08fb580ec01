import type { ExportInput } from './types.ts';
import { graphJson, graphSchema } from './graph-json.ts';
import { lrJson, lrSchema } from './lr-json.ts';
import { pagesJson, pagesSchema } from './pages-json.ts';
import { searchJsonText, searchSchema } from './search-json.ts';
import { stableStringify } from './stable-json.ts';

/** One file of the JSON export: `api/<name>.json` and its JSON Schema. */
export interface ExportFile {
	readonly name: 'graph' | 'lr-rules' | 'pages' | 'search';
	/** The file's text (byte-stable JSON). */
	readonly text: string;
	readonly schema: object;
}

/**
 * The export's whole-site files, in a fixed order (each page's own file is written by `writeExport`). The search
 * index is made once per set of page files (see `ExportInput.derived`): a warm run reads it back.
 */
export async function exportFiles(result: ExportInput): Promise<ExportFile[]> {
	return [
		{ name: 'graph', text: stableStringify(graphJson(result)), schema: graphSchema },
		{ name: 'lr-rules', text: stableStringify(lrJson(result)), schema: lrSchema },
		{ name: 'pages', text: stableStringify(pagesJson(result)), schema: pagesSchema },
		// Without indentation: read by programs only, and spaces would be most of its size.
		{ name: 'search', text: await searchText(result), schema: searchSchema },
	];
}

/** The text of `api/search.json`, kept in the cache as text: a warm run neither indexes nor serializes again. */
export function searchText(result: ExportInput): Promise<string> {
	return result.derived('search-json', () => searchJsonText(result));
}
