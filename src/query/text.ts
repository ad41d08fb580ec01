/**
 * Compares strings by code point, as Semantic MediaWiki's default `identity` collation compares sort keys (bytes of
 * UTF-8, which order as code points do): case-sensitive, `B` before `a`, digits before letters. JavaScript's own `<`
 * compares UTF-16 code units, which puts astral characters before `U+E000`-`U+FFFF`.
 * @example compareCodePoints('B', 'a') // negative
 */
export function compareCodePoints(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const x = a.charCodeAt(i);
		const y = b.charCodeAt(i);
		if (x === y) continue;
		// surrogates (U+D800-U+DFFF) stand for code points above U+FFFF: they sort after every other unit
		const sx = x >= 0xd800 && x <= 0xdfff;
		const sy = y >= 0xd800 && y <= 0xdfff;
		if (sx !== sy) return sx ? 1 : -1;
		return x - y;
	}
	return a.length - b.length;
}

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
	const source = [...pattern].map((c) => (c === '*' ? '[^]*' : c === '?' ? '[^]' : c.replace(REGEX_SPECIAL, '\\$&'))).join('');
	return new RegExp(`^${source}$`, 'u');
}

/**
 * Text as a Keyword compares: lower case, accents and other marks removed (Semantic MediaWiki transliterates to ASCII).
 * @example keywordForm('Ábc DEF') // 'abc def'
 */
export function keywordForm(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
