import { fail, ok, type Outcome } from './outcome.ts';
import type { QuantityValue, Unit } from './schema.ts';
import { splitNumber } from './number.ts';

/** A unit as Semantic MediaWiki compares it: spaces and `[[`/`]]` removed, `<sup>2</sup>` as `²`. */
function unitKey(unit: string): string {
	return unit
		.replace(/\[\[|\]\]/gu, '')
		.replace(/<sup>2<\/sup>/giu, '²')
		.replace(/<sup>3<\/sup>/giu, '³')
		.replace(/&nbsp;|[\s\u00a0]+/gu, '');
}

/**
 * Reads one `[[Corresponds to::...]]` value of a Quantity property: a number and a unit with its aliases, the unit
 * before or after the number (`1 km²`, `0.38610 sq mi, sqmi`, `€ 1`, `¥,JPY,Japanese Yen 114.2121`).
 * Undefined when it holds no number.
 * @example parseUnit('0.38610 sq mi, sqmi') // { names: ['sqmi'], factor: 0.3861, prefix: false }
 */
export function parseUnit(text: string): Unit | undefined {
	const m = /[-+]?(?:\d+(?:,\d\d\d)*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?/u.exec(text);
	if (!m) return undefined;
	const before = text.slice(0, m.index).trim();
	const after = text.slice(m.index + m[0].length).trim();
	const names = [...new Set(`${before}${before && after ? ',' : ''}${after}`.split(',').map(unitKey))];
	return {
		names: names.length > 0 ? names : [''],
		factor: Number(m[0].replace(/,/gu, '')),
		prefix: before !== '' && after === '',
	};
}

/** The main unit: the one whose factor is 1, else none (`''`). */
export function mainUnit(units: readonly Unit[]): string {
	return units.find((u) => u.factor === 1)?.names[0] ?? '';
}

/**
 * A Quantity value (`_qty`): a number and a declared unit (before or after it; none means the main unit), stored
 * in the main unit (`25 sq mi` with `0.38610 sq mi` -> 64.75 km²).
 * @example parseQuantity('25 sq mi', [{ names: ['km²'], factor: 1, prefix: false }, { names: ['sqmi'], factor: 0.3861, prefix: false }])
 */
export function parseQuantity(text: string, units: readonly Unit[] | undefined): Outcome<QuantityValue> {
	if (!units || units.length === 0)
		return fail('smw_nounitsdeclared', 'No units of measurement were declared for this property.');
	const parts = splitNumber(text);
	if (!parts) return fail('smw_nofloat', `"${text}" is not a number.`);
	if (parts.before !== '' && parts.after !== '')
		return fail(
			'smw_unitnotallowed',
			`"${parts.before} … ${parts.after}" is not declared as a valid unit of measurement for this property.`,
		);
	const written = unitKey(parts.before || parts.after);
	const unit =
		written === ''
			? { names: [mainUnit(units)], factor: 1, prefix: false }
			: units.find((u) => u.names.includes(written));
	if (!unit)
		return fail('smw_unitnotallowed', `"${written}" is not declared as a valid unit of measurement for this property.`);
	return ok({
		number: parts.number / unit.factor,
		unit: mainUnit(units),
		written: { number: parts.number, unit: unit.names[0]! },
	});
}

/** Temperature units and how each converts to kelvin. */
const TEMPERATURE: readonly { readonly names: readonly string[]; readonly toKelvin: (x: number) => number }[] = [
	{ names: ['K', '', 'Kelvin', 'kelvin', 'kelvins'], toKelvin: (x) => x },
	{ names: ['°C', '℃', 'Celsius', 'centigrade'], toKelvin: (x) => x + 273.15 },
	{ names: ['°F', 'Fahrenheit'], toKelvin: (x) => ((x - 32) * 5) / 9 + 273.15 },
	{ names: ['°R', 'Rankine'], toKelvin: (x) => (x * 5) / 9 },
];

/**
 * A Temperature value (`_tem`) in K, °C, °F or °R (no unit: kelvin), stored in kelvin.
 * @example parseTemperature('32 °F') // number 273.15, unit 'K'
 */
export function parseTemperature(text: string): Outcome<QuantityValue> {
	const parts = splitNumber(text);
	if (!parts) return fail('smw_nofloat', `"${text}" is not a number.`);
	const written = unitKey(parts.before || parts.after);
	const unit = TEMPERATURE.find((u) => u.names.includes(written));
	if (!unit || (parts.before !== '' && parts.after !== ''))
		return fail('smw_unitnotallowed', `"${written}" is not declared as a valid unit of measurement for this property.`);
	return ok({
		number: Math.round(unit.toKelvin(parts.number) * 1e9) / 1e9,
		unit: 'K',
		written: { number: parts.number, unit: unit.names[0]! },
	});
}
