import type { TypedValue, ValueError } from './schema.ts';

/** What parsing a written value gives: the typed value, or why it does not fit. */
export type Outcome<T = TypedValue> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ValueError };

/** A successful outcome. */
export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** A failed outcome with Semantic MediaWiki's message key. */
export const fail = <T = never>(key: string, message: string): Outcome<T> => ({ ok: false, error: { key, message } });

/**
 * A value as Semantic MediaWiki cleans it first: control characters and invisible marks (LRM, RLM, soft hyphen,
 * zero-width characters) removed, `&shy;` too, then trimmed.
 * @example cleanValue('C++\u200e ') // 'C++'
 */
export function cleanValue(text: string): string {
	return text
		.replace(/&shy;/giu, '')
		.replace(/[\u0000-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu, '')
		.trim();
}
