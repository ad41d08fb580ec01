import { decodeHTMLStrict } from 'entities';

/**
 * Decodes HTML character references the way MediaWiki reads them in wikitext: only complete references
 * (with `;`) are decoded; anything else stays as written.
 * @example decodeEntities('a &amp; b &lt;c&gt; &amp') // 'a & b <c> &amp'
 */
export function decodeEntities(text: string): string {
	return text.includes('&') ? decodeHTMLStrict(text) : text;
}
