import { finding, type Finding } from '../diagnostics/index.ts';

/** An annotation read from the inside of `[[...]]`, or why it cannot be read (a `malformed-annotation`). */
export type Annotation =
	| { readonly ok: true; readonly property: string; readonly value: string; readonly display?: string }
	| { readonly ok: false; readonly problem: Finding };

/**
 * Canonical form of a property name for matching: `_` and spaces the same, first letter case-insensitive,
 * then lower snake case (the registry's spelling).
 * @example normalizeProperty('Uses_heuristic') // 'uses_heuristic'
 * @example normalizeProperty(' Last updated ') // 'last_updated'
 */
export function normalizeProperty(name: string): string {
	return name
		.trim()
		.replace(/[\s_]+/g, '_')
		.toLowerCase();
}

/** True when the inside of `[[...]]` is written as an annotation (`prop::value`, no `|` before the `::`). */
export function isAnnotation(inner: string): boolean {
	const sep = inner.indexOf('::');
	return sep >= 0 && !inner.slice(0, sep).includes('|') && (sep === 0 || !inner.startsWith(':'));
}

/**
 * Reads the inside of `[[prop::value]]`, `[[prop::value|display]]` or `[[source::Type|Title|URL]]`. The value of
 * `source` is the whole `Type|Title|URL` text; for other properties the text after the last `|` is the display.
 * @example readAnnotation('domain::LLMs|large models') // { ok: true, property: 'domain', value: 'LLMs', display: 'large models' }
 */
export function readAnnotation(inner: string): Annotation {
	const sep = inner.indexOf('::');
	const property = inner.slice(0, sep).trim();
	const rest = inner.slice(sep + 2);
	if (property === '') return { ok: false, problem: finding('malformed-annotation', 'noProperty', { inner }) };
	if (/[#<>[\]{}\n]/.test(property))
		return { ok: false, problem: finding('malformed-annotation', 'badPropertyName', { property, inner }) };
	if (normalizeProperty(property) === 'source') {
		const value = rest.trim();
		if (value.replace(/\|/g, '').trim() === '')
			return { ok: false, problem: finding('malformed-annotation', 'noSourceValue', { inner }) };
		return { ok: true, property, value };
	}
	const parts = rest.split('|');
	const value = parts[0]!.trim();
	if (value === '') return { ok: false, problem: finding('malformed-annotation', 'noValue', { inner, property }) };
	return parts.length > 1
		? { ok: true, property, value, display: parts.at(-1)!.trim() }
		: { ok: true, property, value };
}
