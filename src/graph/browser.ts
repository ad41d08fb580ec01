/**
 * The part of `graph` that a browser may load (the site's client scripts, through the view helpers they share with
 * the pages): the graph's types and its site URLs, with none of the graph building. Everything else imports
 * `index.ts`.
 */
export type * from './types.ts';
export { caseSafeUrls, movedUrls, namespaceSegment, slugSegment, urlFor, type SiteUrl } from './url.ts';
