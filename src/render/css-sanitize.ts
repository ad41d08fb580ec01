import { decodeHTML } from 'entities';

/**
 * What a style value may not hold once decoded, after MediaWiki's `Sanitizer::checkCss`: anything that
 * loads a resource (`url(`, `image(`, `image-set(`, `src(`, `element(`, `@import`), runs script (`expression`,
 * `behavior`, `-moz-binding`, `javascript:`, `vbscript:`, IE filters) or links (`-o-link`). Matched on the
 * normalised value, so `\65 xpression(`, `exp/ * * /ression(` and `&#x75;rl(` are caught too.
 */
const INSECURE =
	/expression|url\s*\(|image\s*\(|image-set\s*\(|src\s*\(|element\s*\(|attr\s*\([^)]*[\s,]url|@import|behaviou?r|-moz-binding|binding\s*:|javascript\s*:|vbscript\s*:|progid\s*:|filter\s*:\s*progid|accelerator\s*:|-o-link|-o-replace/iu;

/** Control characters (except tab, newline, form feed, carriage return) and U+FFFD: rejected as MediaWiki does. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/u;

/** One CSS escape: a line continuation, up to six hex digits with one optional space, or any escaped character. */
const CSS_ESCAPE = /\\(?:(\r\n|[\n\r\f])|([0-9A-Fa-f]{1,6})[ \t\r\n\f]?|([^]))|\\$/gu;

/**
 * Decodes what a browser decodes before it reads a style value: character references (all of them, also
 * without `;`, to be stricter than needed), then CSS escapes; then removes comments (each becomes a space,
 * and an unclosed `/*` ends the value), as MediaWiki's `Sanitizer::normalizeCss` does. Characters that must
 * stay escaped in CSS strings (`"`, `'`, `\`, newline) are re-escaped as hex so the result means what was checked.
 * @example normalizeCss('\\65 xpression/* x *\/(1)') // 'expression (1)'
 */
export function normalizeCss(value: string): string {
	const decoded = decodeHTML(value).replace(
		CSS_ESCAPE,
		(_match, newline: string | undefined, hex: string | undefined, char: string | undefined) => {
			if (newline !== undefined) return '';
			const ch = hex !== undefined ? codePoint(Number.parseInt(hex, 16)) : (char ?? '\\');
			return ch === '\n' || ch === '"' || ch === "'" || ch === '\\' ? `\\${ch.codePointAt(0)!.toString(16)} ` : ch;
		},
	);
	// Comments become a space (so `ex/**/pression` cannot hide a word), and an unclosed one ends the value.
	const uncommented = decoded.replace(/\/\*[^]*?\*\//gu, ' ');
	const open = uncommented.indexOf('/*');
	return open >= 0 ? uncommented.slice(0, open) : uncommented;
}

/**
 * Checks a `style` attribute value from page text. Returns the normalised value when it is safe, or
 * `undefined` when it must be dropped (it loads a resource, runs script, or holds control characters).
 * @example sanitizeCss('color: red; width: 50%') // 'color: red; width: 50%'
 * @example sanitizeCss('width: expr\\65 ssion(alert(1))') // undefined
 */
export function sanitizeCss(value: string): string | undefined {
	const normalized = normalizeCss(value);
	if (CONTROL.test(normalized) || INSECURE.test(normalized)) return undefined;
	// A backslash left over can only come from a re-escaped quote or newline: check the value without them too.
	if (INSECURE.test(normalized.replace(/\\[0-9a-f]{1,6} ?/giu, ''))) return undefined;
	const trimmed = normalized.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** The character of a code point, or U+FFFD for 0, surrogates and values past U+10FFFF (as CSS decodes them). */
function codePoint(code: number): string {
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
	return String.fromCodePoint(code);
}
