import { parseDate } from './date.ts';
import { parseNumber, splitNumber } from './number.ts';
import { cleanValue, fail, ok, type Outcome } from './outcome.ts';
import { parseQuantity, parseTemperature } from './quantity.ts';
import {
	parseBoolean,
	parseEmail,
	parseExternalId,
	parseMonolingual,
	parseTelephone,
	parseText,
	parseUrl,
} from './scalars.ts';
import type { Declaration, TypedValue } from './schema.ts';
import type { TypeId } from './types.ts';

/** What parsing a value needs from outside this pure module. */
export interface ValueContext {
	/** The title a Page value names (`[[Has page::help:foo]]` -> `Help:Foo`), undefined for text no title can be. */
	title(text: string): { readonly id: string; readonly fragment?: string } | undefined;
	/** The declaration of another property (a Record's fields). */
	declaration?(property: string): Declaration;
}

type Scalar = Exclude<TypedValue, { fields: unknown }>;

/** A Page value (`_wpg`): `[[X]]` brackets and a leading `:` dropped, then read as a title. */
function parsePage(text: string, ctx: ValueContext): Outcome<Scalar> {
	const bare = text.replace(/^\[\[(.*)\]\]$/su, '$1').trim();
	if (bare === '' || bare === ':')
		return fail(
			'smw-datavalue-wikipage-empty',
			'The input value is empty (e.g. `[[SomeProperty::]]`) and can therefore not be used as a name or as part of a query condition.',
		);
	const title = ctx.title(bare);
	if (!title)
		return fail(
			'smw-datavalue-wikipage-property-invalid-title',
			`The input value "${bare}" contains invalid characters or is incomplete and can therefore cause unexpected results during a query or annotation process.`,
		);
	return ok(title.fragment ? { page: title.id, fragment: title.fragment } : { page: title.id });
}

/** One value of a scalar type (every type but Record and Reference). */
function parseScalar(text: string, type: TypeId, declaration: Declaration, ctx: ValueContext): Outcome<Scalar> {
	switch (type) {
		case '_wpg':
			return parsePage(text, ctx);
		case '_num':
			return parseNumber(text);
		case '_qty':
			return parseQuantity(text, declaration.units);
		case '_tem':
			return parseTemperature(text);
		case '_dat':
			return parseDate(text);
		case '_boo':
			return parseBoolean(text);
		case '_uri':
		case '_anu':
			return parseUrl(text);
		case '_ema':
			return parseEmail(text);
		case '_tel':
			return parseTelephone(text);
		case '_eid':
			return parseExternalId(text, declaration.formatter);
		case '_mlt_rec':
			return parseMonolingual(text);
		case '_keyw':
			return parseText(text, true);
		default:
			return parseText(text);
	}
}

/**
 * A Record or Reference (`a;b;c`, `\;` for a literal `;`): each field parsed with the type of its property from
 * `Has fields`; `?` or nothing leaves a field empty; more values than fields is an error.
 */
function parseRecord(text: string, declaration: Declaration, ctx: ValueContext): Outcome<TypedValue> {
	const fields = declaration.fields ?? [];
	if (fields.length === 0)
		return fail(
			'smw-datavalue-record-invalid-property-declaration',
			'The record definition has no fields: declare them with `[[Has fields::A;B;C]]`.',
		);
	const parts = text.split(/(?<!\\);/u).map((p) => p.replace(/\\;/gu, ';').trim());
	if (parts.length > fields.length)
		return fail(
			'smw-datavalue-record-invalid-property-declaration',
			`"${text}" has ${parts.length} fields, but the record declares ${fields.length}.`,
		);
	const typed: (Scalar | null)[] = [];
	for (const [i, field] of fields.entries()) {
		const part = parts[i] ?? '';
		if (part === '' || part === '?') {
			typed.push(null);
			continue;
		}
		const own = ctx.declaration?.(field) ?? { type: '_wpg' };
		const result = parseScalar(
			cleanValue(part),
			own.type === '_rec' || own.type === '_ref_rec' ? '_txt' : own.type,
			own,
			ctx,
		);
		if (!result.ok) return result;
		typed.push(result.value);
	}
	return ok({ fields: typed });
}

/** A value's identity for comparisons with allowed values: the number, the page, the text, the URI... */
export function valueKey(value: TypedValue): string {
	if ('fields' in value) return JSON.stringify(value.fields.map((f) => (f ? valueKey(f) : '')));
	if ('page' in value) return `page:${value.page}${value.fragment ? `#${value.fragment}` : ''}`;
	if ('jd' in value) return `date:${value.jd}`;
	if ('number' in value) return `number:${value.number}`;
	if ('boolean' in value) return `boolean:${value.boolean}`;
	if ('uri' in value) return `uri:${value.uri}`;
	if ('lang' in value) return `text:${value.text}@${value.lang}`;
	return `text:${value.text}`;
}

/** The number a value compares by in `>N`, `<N`, `A...B` ranges, when it has one. */
function numeric(value: TypedValue): number | undefined {
	if ('jd' in value) return value.jd;
	if ('number' in value && typeof value.number === 'number') return value.number;
	return undefined;
}

/**
 * Checks a typed value against `[[Allows value::...]]` as Semantic MediaWiki's AllowsListConstraintValueValidator
 * does, in the order the values are declared: for numbers `>N` and `<N` (strict, integer bounds) must all hold
 * and `A...B` (inclusive, integer bounds) is enough; otherwise the value must equal an allowed one parsed with the
 * same type (`abc` = `Abc` for pages, exact text, numbers by value: an allowed `1..10` reads as the number 1, as in SMW).
 */
function checkAllowed(
	value: TypedValue,
	written: string,
	declaration: Declaration,
	property: string,
	ctx: ValueContext,
): Outcome<TypedValue> {
	const allowed = declaration.allowedValues ?? [];
	if (allowed.length === 0) return ok(value);
	const number = numeric(value);
	const key = valueKey(value);
	let isAllowed = false;
	let range: boolean | undefined;
	let ranged = false;
	for (const entry of allowed) {
		if (number !== undefined) {
			const op = entry.trim()[0];
			if ((op === '>' || op === '<') && range !== false) {
				ranged = true;
				const bound = Math.trunc(Number.parseFloat(entry.trim().slice(1)) || 0);
				isAllowed = op === '>' ? number > bound : number < bound;
				if (!isAllowed) range = false;
				continue;
			}
			if (entry.includes('...')) {
				ranged = true;
				const [lower = '', upper = ''] = entry.split('...');
				if (
					number >= Math.trunc(Number.parseFloat(lower) || 0) &&
					number <= Math.trunc(Number.parseFloat(upper) || 0)
				) {
					isAllowed = true;
					break;
				}
			}
		}
		const parsed =
			number !== undefined &&
			(declaration.type === '_num' || declaration.type === '_qty' || declaration.type === '_tem')
				? splitNumber(entry)
				: undefined;
		const matches = parsed
			? declaration.type === '_num' && parsed.number === number
			: (() => {
					const other = parseScalar(cleanValue(entry), declaration.type, declaration, ctx);
					return other.ok && valueKey(other.value) === key;
				})();
		if (matches) {
			isAllowed = true;
			break;
		}
	}
	if (isAllowed) return ok(value);
	const list = allowed.slice(0, 10).join(', ') + (allowed.length > 10 ? ', ...' : '');
	if (ranged)
		return fail(
			'smw-constraint-error-allows-value-range',
			`"${written}" is not within that range of "${list}" specified by the allows value constraint for the "${property}" property.`,
		);
	return fail(
		'smw_notinenum',
		`"${written}" is not in the list (${list}) of allowed values for the "${property}" property.`,
	);
}

/**
 * THE typing of a written value (pure, no Node): cleaned as Semantic MediaWiki cleans values, parsed by the
 * declared type, then checked against the allowed values. Every datatype of `DATATYPES` is read; Geographic
 * coordinates (which need SMW's Maps extension) are kept as text.
 * @example parseValue('4,297.31 e7', { type: '_num' }, 'Has number', ctx) // { ok: true, value: { number: 42973100000 } }
 */
export function parseValue(
	written: string,
	declaration: Declaration,
	property: string,
	ctx: ValueContext,
): Outcome<TypedValue> {
	const text = cleanValue(written);
	if (/\u007f'"`UNIQ-/u.test(written))
		return fail(
			'smw-datavalue-stripmarker-parse-error',
			`The value "${written}" contains strip markers and therefore it cannot be parsed sufficiently.`,
		);
	const result =
		declaration.type === '_rec' || declaration.type === '_ref_rec'
			? parseRecord(text, declaration, ctx)
			: parseScalar(text, declaration.type, declaration, ctx);
	return result.ok ? checkAllowed(result.value, text, declaration, property, ctx) : result;
}
