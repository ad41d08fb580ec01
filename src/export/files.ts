import { createHash } from 'node:crypto';
import { documentTerms, isDocumentTerms } from '../search/index.ts';
import { graphJson, graphSchema } from './graph-json.ts';
import { lrJson, lrSchema } from './lr-json.ts';
import { pagesJson, pagesSchema } from './pages-json.ts';
import { searchDocuments } from './search-documents.ts';
import { searchJsonTextOf, searchSchema } from './search-json.ts';
import { stableStringify } from './stable-json.ts';
import type { ExportInput } from './types.ts';

/** One file of the JSON export: `api/<name>.json` and its JSON Schema. */
export interface ExportFile {
	readonly name: 'graph' | 'lr-rules' | 'pages' | 'search';
	/** The file's text (byte-stable JSON). */
	readonly text: string;
	readonly schema: object;
}

/**
 * The export's whole-site files, in a fixed order (each page's own file is written by `writeExport`). The search
 * index is kept in the cache folder (see `searchText`).
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

/**
 * The text of `api/search.json`, kept in the cache folder (see `ExportInput.remember`) under the digests of the
 * pages' search documents, and each page's terms under its document's digest: a warm run reads the text back, and
 * a run after an edit analyses only the pages whose documents changed (the edited page, and a page whose sources
 * or domains it changed) before merging every page's terms into the index again.
 */
export function searchText(result: ExportInput): Promise<string> {
	const documents = searchDocuments(result);
	const digests = documents.map((doc) => createHash('sha256').update(JSON.stringify(doc)).digest('hex'));
	return result.remember(['search-json', ...digests], isText, async () => {
		const analysed = await Promise.all(
			documents.map((doc, i) =>
				result.remember(['search-terms', digests[i]!], isDocumentTerms, () => documentTerms(doc)),
			),
		);
		return searchJsonTextOf(documents, analysed);
	});
}

const isText = (value: unknown): value is string => typeof value === 'string';
