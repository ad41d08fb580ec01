import { z } from 'zod';
import type { Graph } from '../graph/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import { serializedIndexText, type DocumentTerms, type SearchDocument } from '../search/index.ts';
import { searchDocuments } from './search-documents.ts';
import { toJsonSchema } from './json-schema.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

/** The search engine and version whose index `api/search.json` holds. */
export const SEARCH_ENGINE = 'minisearch@7';

/** Shape of `api/search.json`: the pages' search index, loaded by the site's search page and `wikikb mcp --export`. */
export const searchFileSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the export format.'),
		engine: z
			.literal(SEARCH_ENGINE)
			.describe(
				"The search library whose serialized index `index` is; read it with wikikb's `SearchIndex.load`, which sets the same options.",
			),
		index: z
			.object({ documentCount: z.number().int().min(0).describe('Number of indexed pages.') })
			.passthrough()
			.describe(
				"MiniSearch's serialized index (`toJSON`): terms, postings per field, stored fields (title, type, url, domains).",
			),
	})
	.strict();

/** JSON Schema of `api/search.json`. */
export const searchSchema = toJsonSchema(searchFileSchema, 'search', 'wikikb search index');

/**
 * The text of `api/search.json`: the search index over every page, compact, with every object's keys in sorted
 * order (as `stableStringify(..., { compact: true })` writes it, without making and sorting 2-3 MB of objects).
 */
export function searchJsonText(source: { readonly pages: readonly ParsedPage[]; readonly graph: Graph }): string {
	return searchJsonTextOf(searchDocuments(source));
}

/**
 * The text of `api/search.json` for the pages' search documents.
 * @param analysed each document's terms, in the order of `documents`, when they are at hand (read from a cache)
 */
export function searchJsonTextOf(documents: readonly SearchDocument[], analysed?: readonly DocumentTerms[]): string {
	const index = serializedIndexText(documents, analysed);
	return `{"engine":${JSON.stringify(SEARCH_ENGINE)},"index":${index},"schemaVersion":${JSON.stringify(SCHEMA_VERSION)}}\n`;
}
