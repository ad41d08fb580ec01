/**
 * Counts in words, shared by the CLI's messages, the site's pages and its browser scripts, so that no message
 * ever says "1 pages".
 */

/**
 * A number with its noun in the right form.
 * @param n how many
 * @param one the noun for one (`page`)
 * @param many the noun for any other number; `one` + `s` when not given
 * @example countOf(1, 'page') // '1 page'
 * @example countOf(0, 'category', 'categories') // '0 categories'
 */
export function countOf(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * The form of a word (a noun or verb) that agrees with a number.
 * @example agree(1, 'is', 'are') // 'is'
 * @example agree(3, 'tags', 'tag') // 'tag'
 */
export function agree(n: number, one: string, many: string): string {
	return n === 1 ? one : many;
}
