/**
 * Rendered page bodies are cached with links to site paths as `urlFor` makes them (`/heuristic/X/#A`), so one
 * cache serves every base path. As a page is rendered, these links are pointed at where the pages really are:
 * under the base path, and at the path a case clash gave a page (see `caseSafeUrls`).
 */

// A start tag as hast-util-to-html writes it: `<` begins a tag only there (text escapes it as `&#x3C;`), and
// attribute values are double-quoted with `"` escaped, so a quote ends the value and `>` outside one ends the tag.
const START_TAG = /<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/gu;
const LINK_ATTRIBUTE = /(\s(?:href|src)=")(\/(?!\/)[^"#?]*)([^"]*")/gu;

/**
 * Points the root-relative `href` and `src` attributes of rendered HTML at their final paths.
 * @param site maps a site path (without `#fragment` or `?query`, which are kept) to the link to write
 * @example rewriteSiteLinks('<a href="/heuristic/X/#A">X</a>', (p) => `/repo${p}`) // '<a href="/repo/heuristic/X/#A">X</a>'
 */
export function rewriteSiteLinks(html: string, site: (path: string) => string): string {
	return html.replace(START_TAG, (tag) =>
		tag.replace(LINK_ATTRIBUTE, (_, before: string, path: string, after: string) => `${before}${site(path)}${after}`),
	);
}
