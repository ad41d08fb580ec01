import type { Element } from 'hast';
import { h } from 'hastscript';
import type { AttributesToken, HtmlToken, TdToken, TrToken, TableToken } from 'wikiparser-node';
import { decodeEntities } from '../entities.ts';

/**
 * An element for an HTML tag written in wikitext (`<span style="...">`), with its attributes as written
 * (entities decoded). The sanitiser decides which attributes stay.
 */
export function htmlElement(token: HtmlToken): Element {
	return h(token.name.toLowerCase(), attributes(token.firstChild as AttributesToken));
}

/** An element for a table part (`table`, `tr`, `td`, `th`, `caption`) with the attributes written on it. */
export function tableElement(tagName: string, token: TableToken | TrToken | TdToken): Element {
	return h(tagName, decodeAll(token.getAttrs()));
}

function attributes(token: AttributesToken | undefined): Record<string, string | true> {
	return token && typeof token.getAttrs === 'function' ? decodeAll(token.getAttrs()) : {};
}

function decodeAll(attrs: Readonly<Record<string, string | number | boolean>>): Record<string, string | true> {
	const out: Record<string, string | true> = {};
	for (const [name, value] of Object.entries(attrs)) {
		// Only plain attribute names: hastscript would read `on:x` or odd names as something else.
		if (!/^[a-z][a-z0-9-]*$/iu.test(name) || value === false) continue;
		out[name.toLowerCase()] = value === true ? true : decodeEntities(String(value));
	}
	return out;
}
