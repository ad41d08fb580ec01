/**
 * Links to site paths in text the renderer makes (a page's Markdown), marked until they are pointed at their
 * final place: base-free site paths in the JSON export, under the base path (or the site's address) in the
 * site's `.md` files. The marks are private-use characters the renderer removes from everything else first,
 * so no text, code or attribute of a page can look like a marked link: `MARK /heuristic/X/ END` is a site page,
 * `MARK md:/heuristic/X/ END` that page's Markdown.
 */
const MARK = '\uE002';
const END = '\uE003';
const MARKED = /\uE002(md:)?([^\uE002\uE003]*)\uE003/gu;

/** The characters of the marks (to remove from text that must not hold them). */
export const LINK_MARKS = /[\uE002\uE003]/gu;

/**
 * A site path marked as a link.
 * @param markdown the link is to the page's Markdown (`.md`), not to its site page
 */
export function markSitePath(path: string, markdown: boolean): string {
	return `${MARK}${markdown ? 'md:' : ''}${path}${END}`;
}

/**
 * Points the marked links of a text at their final places.
 * @param place maps a site path (`/heuristic/X/`) and whether the link is to its Markdown to the link to write
 * @example placeMarkedLinks(md, (path, md) => (md ? markdownPath(path) : path)) // base-free, as in the JSON export
 */
export function placeMarkedLinks(text: string, place: (path: string, markdown: boolean) => string): string {
	return text.replace(MARKED, (_, md: string | undefined, path: string) => place(path, md !== undefined));
}

/**
 * The path of a page's Markdown beside its site page: the page's path without its trailing slash, plus `.md`.
 * @example markdownPath('/heuristic/Learning_Rate_Tuning/') // '/heuristic/Learning_Rate_Tuning.md'
 */
export function markdownPath(sitePath: string): string {
	return `${sitePath.replace(/\/$/u, '')}.md`;
}
