/** Semantic MediaWiki's largest number shown without an exponent (`smwgMaxNonExpNumber`). */
const MAX_NON_EXP = 1e15;

/** Groups the integer digits by three with `,` (PHP's `number_format` in English). */
function group(digits: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** `n` with exactly `decimals` decimals and grouped thousands, as PHP's `number_format(n, decimals, '.', ',')`. */
function numberFormat(n: number, decimals: number): string {
	const fixed = Math.abs(n).toFixed(decimals);
	const [int = '0', frac] = fixed.split('.');
	const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
	return `${sign}${group(int)}${frac ? `.${frac}` : ''}`;
}

/**
 * `n` in exponent form as Semantic MediaWiki writes it (`sprintf('%1.6e')` less the trailing zeros after the first
 * decimal, no padding of the exponent).
 * @example exponent(0.0001) // '1.0e-4'
 */
function exponent(n: number): string {
	const [mantissa = '0', power = '0'] = n.toExponential(6).split('e');
	const trimmed = mantissa.replace(/(\.\d*?[0-9])0+$/u, '$1');
	return `${trimmed}e${power.startsWith('+') ? power.slice(1) : power}`;
}

/**
 * A number as Semantic MediaWiki shows it in results (`IntlNumberFormatter`, English): grouped thousands, three
 * decimals at most (more for numbers below 1, one per leading zero), trailing zeros dropped; an exponent for very
 * large or very small numbers. With a precision (`Display precision of`, `#-p2`), exactly that many decimals.
 * @example formatNumber(10000) // '10,000'
 * @example formatNumber(72.769482308) // '72.769'
 * @example formatNumber(0.0001) // '1.0e-4'
 * @example formatNumber(42, 2) // '42.00'
 */
export function formatNumber(n: number, precision?: number): string {
	if (!Number.isFinite(n)) return String(n);
	if (precision !== undefined) return numberFormat(n, precision);
	const abs = Math.abs(n);
	if (abs >= MAX_NON_EXP || (abs > 0 && abs < 1e-3)) return exponent(n);
	let decimals = 3;
	if (abs > 0 && abs < 1) decimals += Math.max(0, -Math.floor(Math.log10(abs)) - 1);
	const text = numberFormat(n, decimals);
	return text.includes('.') ? text.replace(/\.?0+$/u, '') : text;
}

/**
 * A number as its plain form shows it (`?P#-`, `#-n`, CSV of plain values): no grouping, PHP's float string
 * (an exponent below 1e-4); with a precision, exactly that many decimals.
 * @example plainNumber(10000) // '10000'
 * @example plainNumber(0.00005) // '5.0e-5'
 */
export function plainNumber(n: number, precision?: number): string {
	if (precision !== undefined) return n.toFixed(precision);
	const abs = Math.abs(n);
	if (abs >= MAX_NON_EXP || (abs > 0 && abs < 1e-4)) return exponent(n);
	return String(Math.round(n * 1e12) / 1e12);
}
