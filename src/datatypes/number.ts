import { fail, ok, type Outcome } from './outcome.ts';

/** A number found in a value, with the text before and after it (a unit, or text that does not belong). */
export interface NumberParts {
	readonly number: number;
	/** The number as written, without spaces. */
	readonly written: string;
	readonly before: string;
	readonly after: string;
}

// SMW's NumberValueParser (English separators): `,` groups of exactly three digits, `.` decimals, an exponent
const NUMBER = /([-+]?(?:\d+(?:,\d\d\d)*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?)/u;

/**
 * Splits a value into the first number in it and the text around it, as Semantic MediaWiki does: spaces (also
 * `&nbsp;`, thin spaces) are removed first, so `4,297.31 e7` is 42973100000 and `sq mi` reads as `sqmi`.
 * Undefined when there is no number.
 * @example splitNumber('891.85 km²') // { number: 891.85, written: '891.85', before: '', after: 'km²' }
 */
export function splitNumber(text: string): NumberParts | undefined {
	const squeezed = text.replace(/&nbsp;|&#160;|&thinsp;|[\s\u00a0\u2009\u202f]+/giu, '');
	const m = NUMBER.exec(squeezed);
	if (!m) return undefined;
	const written = m[1]!;
	return {
		number: Number(written.replace(/,/gu, '')),
		written,
		before: squeezed.slice(0, m.index),
		after: squeezed.slice(m.index + written.length),
	};
}

/**
 * A Number value (`_num`): one number and nothing else.
 * @example parseNumber('10,000') // { ok: true, value: { number: 10000 } }
 * @example parseNumber('32a') // error smw-datavalue-number-textnotallowed
 */
export function parseNumber(text: string): Outcome<{ number: number }> {
	if (text.startsWith(':')) return fail('smw-datavalue-invalid-number', `"${text}" is not a number.`);
	const parts = splitNumber(text);
	if (!parts) return fail('smw_nofloat', `"${text}" is not a number.`);
	if (!Number.isFinite(parts.number)) return fail('smw_infinite', `Numbers as large as "${text}" are not supported.`);
	const extra = `${parts.before}${parts.after}`;
	if (extra !== '')
		return fail(
			'smw-datavalue-number-textnotallowed',
			`"${extra}" can not be assigned to a declared number type with value ${parts.written.replace(/,/gu, '')}.`,
		);
	return ok({ number: parts.number });
}
