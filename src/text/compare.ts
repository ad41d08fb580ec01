/**
 * The two string orders of wikikb, each in one function. Both are locale-independent, so the same input sorts the
 * same everywhere; they differ only for characters above U+FFFF (emoji, some CJK), which UTF-16 stores as two
 * surrogate units (U+D800-U+DFFF) that code-unit order puts before U+E000-U+FFFF.
 * - `compareCodeUnits`, JavaScript's own `<`: the order of every list wikikb writes (the export, the graph, the
 *   search index, the site's tie-breaks). Changing it would change the bytes of outputs for the same input.
 * - `compareCodePoints`: the order Semantic MediaWiki and MediaWiki compare sort keys in (UTF-8 bytes, which order
 *   as code points do), for query results and category listings that must match theirs.
 * Browser scripts import this module too: it has no dependencies.
 */

/**
 * Compares strings by UTF-16 code unit (JavaScript's `<`), the order of every list wikikb writes.
 * @example compareCodeUnits('B', 'a') // -1
 * @example ['\u{1F600}', '\uFFFD'].sort(compareCodeUnits) // ['\u{1F600}', '\uFFFD']
 */
export function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares strings by code point, as Semantic MediaWiki's default `identity` collation compares sort keys (bytes of
 * UTF-8, which order as code points do) and MediaWiki compares category sort keys: case-sensitive, `B` before `a`,
 * digits before letters. Text read from files never holds a lone surrogate (decoding replaces it), so this is UTF-8
 * byte order on every string it meets.
 * @example compareCodePoints('B', 'a') // negative
 * @example ['\u{1F600}', '\uFFFD'].sort(compareCodePoints) // ['\uFFFD', '\u{1F600}']
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
