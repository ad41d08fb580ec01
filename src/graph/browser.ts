/**
 * The part of `graph` that a browser may load (the site's client scripts, through the view helpers they share with
 * the pages, and the query engine): the graph's types, its site URLs and Semantic MediaWiki's predefined properties,
 * with none of the graph building. Everything else imports `index.ts`.
 */
export type * from './types.ts';
export { caseSafeUrls, movedUrls, namespaceSegment, slugSegment, urlFor, type SiteUrl } from './url.ts';
export { predefinedProperty } from './predefined.ts';
