export type * from './types.ts';
export { buildGraph } from './build.ts';
export { backlinks, outlinks, nodeById, relationLabel, wantedPages, type WantedPage } from './query.ts';
export {
	PROPERTIES,
	RELATION_LABELS,
	lookupProperty,
	normalizePropertyName,
	suggestProperty,
	type KnownProperty,
	type PropertySpec,
} from './registry.ts';
export { REQUIRED_SECTIONS } from './sections.ts';
export { overviewText, firstSentence } from './overview.ts';
export { LINK_MARKS, markSitePath, markdownPath, placeMarkedLinks } from './marked-links.ts';
export { pageSuggester, type PageSuggester } from './similar.ts';
export { pageSources } from './sources.ts';
export { urlFor, slugSegment, caseSafeUrls, movedUrls, type SiteUrl, namespaceSegment } from './url.ts';
export { domainId, linkedTitle } from './values.ts';
