/**
 * Search over a knowledge base's pages, shared by its two searches: the MCP server's `search` tool (a MiniSearch
 * index, `SearchIndex`) and the site's search page (Pagefind in the browser). Both read a question the same way
 * (`queryParts`: stop words, synonyms, stems, page-type words) and forgive the same typos. Browser-safe: no Node
 * imports, nothing from the other stages (the export makes the documents, `export/search-documents.ts`).
 */
export type * from './types.ts';
export { SearchIndex } from './engine.ts';
export {
	documentTerms,
	FIELD_BOOSTS,
	isDocumentTerms,
	serializedIndexText,
	type DocumentTerms,
} from './serialized-index.ts';
export { partTerms, queryParts, queryTerms, tokenize, wordTerms, type QueryPart, type QueryTerm } from './analyzer.ts';
export { typesNamed } from './type-words.ts';
export { typoDistance, Vocabulary, vocabularyOf } from './vocabulary.ts';
export { SYNONYMS } from './synonyms.ts';
export { excerpt, markdownText, type ExcerptPart } from './excerpt.ts';
export { STOP_WORDS } from './stop-words.ts';
export { MATCH_WEIGHTS, TYPE_BOOST, TYPO } from './weights.ts';
