/** Pages above this many characters are shown as plain text: wikiparser-node slows down or gives up on them. */
export const MAX_PAGE_CHARS = 2_000_000;
/** Pages above this many lines are shown as plain text, for the same reason. */
export const MAX_PAGE_LINES = 200_000;
/** Longer pure-Markdown pages go through the Markdown-to-wikitext rewrite: remark is quadratic on long nested lists. */
export const MAX_MARKDOWN_LINES = 3_000;
/** Deepest `{{`/`{|` nesting parsed; wikiparser-node throws RangeError near 1,000. */
export const MAX_NESTING = 200;

/**
 * Deepest nesting of template braces `{{ }}` and of table openers `{|` ... `|}` (at line starts) in a text.
 * @example maxNesting('{{a|{{b}}}}') // 2
 */
export function maxNesting(text: string): number {
	let braces = 0;
	let tables = 0;
	let max = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 123 && text.charCodeAt(i + 1) === 123) {
			braces++;
			i++;
		} else if (c === 125 && text.charCodeAt(i + 1) === 125) {
			braces = Math.max(0, braces - 1);
			i++;
		} else if (c === 123 && text.charCodeAt(i + 1) === 124 && (i === 0 || text.charCodeAt(i - 1) === 10)) {
			tables++;
		} else if (c === 124 && text.charCodeAt(i + 1) === 125 && (i === 0 || text.charCodeAt(i - 1) === 10)) {
			tables = Math.max(0, tables - 1);
		}
		if (braces + tables > max) max = braces + tables;
	}
	return max;
}
