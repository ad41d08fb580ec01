/**
 * Characters that mean themselves in a regular expression only when escaped: exactly the syntax characters and `/`,
 * the only ones a `u` expression may escape (`\-` outside a class is an error there).
 */
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/gu;

/**
 * A `~` pattern of Semantic MediaWiki as a regular expression: `*` any run of characters, `?` one character,
 * everything else itself; the whole value must match (SQL `LIKE` on a binary column: case-sensitive).
 * @example likePattern('Annotation te?t*').test('Annotation test with spaces') // true
 */
export function likePattern(pattern: string): RegExp {
	const source = [...pattern]
		.map((c) => (c === '*' ? '[^]*' : c === '?' ? '[^]' : c.replace(REGEX_SPECIAL, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`, 'u');
}

/**
 * Text as a Keyword compares: lower case, accents and other marks removed (Semantic MediaWiki transliterates to ASCII).
 * @example keywordForm('Ábc DEF') // 'abc def'
 */
export function keywordForm(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
