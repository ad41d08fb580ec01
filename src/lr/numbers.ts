/**
 * Reads learning rates as people write them: `2e-4`, `2E-4`, `5e-05`, `0.0002`, `2 × 10^-4`, `2x10⁻⁴`,
 * `2 * 10^-4`, and ranges `X to Y`, `X - Y`, `X–Y`, `X-Y` (also `1e-4-2e-4`), `` `X` to `Y` ``, `1-2e-4`, `[X, Y]`.
 * Pure and browser-safe.
 */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MANTISSA = String.raw`\d+(?:\.\d+)?|\.\d+`;
const SCIENTIFIC = String.raw`(?:${MANTISSA})[eE][+\-−]?\d+`;
const POWER = String.raw`(?:(?:${MANTISSA})\s*[x×X*·⋅]\s*)?10\s*(?:\^\s*\{?\s*\(?[+\-−–]?\s*\d+\)?(?:\s*\})?|\*\*\s*\(?[\-−]?\d+\)?|[⁺⁻]?[${SUPERSCRIPT}]+)`;
/** One number in any supported form (power form first, so `2 × 10^-4` is not read as `2`). */
const NUMBER = String.raw`(?:${POWER}|${SCIENTIFIC}|${MANTISSA})`;
/** A number, optionally in backticks; group 1 is the number. */
const TOKEN = String.raw`\`?(${NUMBER})\`?`;
/** What may stand between the two ends of a range. */
const SEPARATOR = String.raw`\s*(?:to|through|–|—|‒|-|−|~|\.\.\.?|or)\s*|\s+and\s+`;
const VALUE_RE = new RegExp(String.raw`(?<![\w.^\`])${TOKEN}(?:(${SEPARATOR})${TOKEN})?`, 'g');
/** An interval `[1e-5, 5e-5]` or `(1e-5, 5e-5)`. */
const INTERVAL_RE = new RegExp(String.raw`[\[(]\s*${TOKEN}\s*[,;]\s*${TOKEN}\s*[\])]`, 'g');

/** Words just before a value that qualify it; kept in the notes. */
const QUALIFIER_RE =
	/(~|≈|≲|≤|<=|<|>=|≥|>|\b(?:around|about|approx(?:imately|\.)?|roughly|circa|ca\.|up to|at most|at least|no more than|no less than|below|above|under|over|max(?:imum)?|min(?:imum)?)\b)\s*`?$/i;

/** A learning rate or range found in a text. */
export interface FoundValue {
	/** Lower end. */
	readonly min: number;
	/** Upper end (equal to `min` for a single value). */
	readonly max: number;
	/** The value as written, without code backticks, e.g. `2e-4 to 5e-4`. */
	readonly text: string;
	/** Offset of the value in the text. */
	readonly start: number;
	/** Offset just after the value (as it stands in the text, backticks included). */
	readonly end: number;
	/** The range was written high to low and has been put in order. */
	readonly reversed: boolean;
	/** A qualifier written just before the value (`~`, `around`, `up to`), when there is one. */
	readonly qualifier?: string;
}

interface Parsed {
	readonly value: number;
	/** Power of ten written with the number (`e-4`, `10^-4`), when there is one. */
	readonly exponent?: number;
}

const fromSuperscript = (s: string) =>
	[...s].map((c) => (c === '⁻' ? '-' : c === '⁺' ? '+' : String(SUPERSCRIPT.indexOf(c)))).join('');

/** Mantissa times a power of ten, rounded once (via the decimal string) so `2 × 10^-4` equals `2e-4` exactly. */
const scaled = (mantissa: string, exponent: number) => Number(`${mantissa}e${exponent}`);

function parseToken(raw: string): Parsed | undefined {
	const text = raw.replace(/[−–]/g, '-').replace(/\s+/g, '');
	const sci = /^(\d+(?:\.\d+)?|\.\d+)[eE]([+-]?\d+)$/.exec(text);
	if (sci) return { value: scaled(sci[1]!, Number(sci[2])), exponent: Number(sci[2]) };
	const pow =
		/^(?:(\d+(?:\.\d+)?|\.\d+)[x×X*·⋅])?10(?:\^\{?\(?([+-]?\d+)\)?\}?|\*\*\(?(-?\d+)\)?|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/.exec(
			text,
		);
	if (pow) {
		const exponent = Number(pow[2] ?? pow[3] ?? fromSuperscript(pow[4] ?? '0'));
		return { value: scaled(pow[1] ?? '1', exponent), exponent };
	}
	if (/^(\d+(?:\.\d+)?|\.\d+)$/.test(text)) return { value: Number(text) };
	return undefined;
}

/**
 * Reads one number written in any supported form; undefined when the whole text is not one number.
 * @example readNumber('2 × 10^-4') // 0.0002
 * @example readNumber('5e-05') // 0.00005
 */
export function readNumber(text: string): number | undefined {
	const parsed = parseToken(text.trim().replace(/^`|`$/g, ''));
	return parsed && Number.isFinite(parsed.value) ? parsed.value : undefined;
}

/** Could this be a learning rate? LRs are positive and below 1; anything else is a count, a size or a ratio. */
export const isPlausibleLr = (value: number) => Number.isFinite(value) && value > 1e-12 && value < 1;

/** The value is followed by something that makes it a size, a percentage or a factor, not an LR. */
const NOT_AN_LR_AFTER =
	/^(?:\.\d|\s*(?:%|[x×]\b|[x×](?!\s*10)|times\b|(?:B|M|K|T)\b|(?:billion|million|bn|steps?|epochs?|tokens?)\b))/i;
/** The value is preceded by something that makes it a factor (`by 0.1`, `factor of 0.5`). */
const FACTOR_BEFORE = /(?:\bby|\bfactor(?: of)?|[x×*]|\bmultiplied by|\bdivided by)\s*`?$/i;

/**
 * Finds every learning rate or range in a text, left to right. Numbers that cannot be LRs (counts, sizes,
 * percentages, factors) are skipped; a range with one implausible end keeps its plausible end (`0 to 2e-4`).
 * @example findLrValues('Use `1e-4` to `2e-4`.')[0] // { min: 0.0001, max: 0.0002, text: '`1e-4` to `2e-4`', ... }
 */
export function findLrValues(text: string): FoundValue[] {
	const found: FoundValue[] = findIntervals(text);
	const intervals = [...found];
	for (const m of text.matchAll(VALUE_RE)) {
		const start = m.index;
		if (intervals.some((iv) => start >= iv.start && start < iv.end)) continue;
		const whole = m[0];
		// Cues are short: look at a window, so long texts stay linear.
		const after = text.slice(start + whole.length, start + whole.length + 24);
		const before = text.slice(Math.max(0, start - 40), start);
		if (NOT_AN_LR_AFTER.test(after) || FACTOR_BEFORE.test(before)) continue;
		const left = parseToken(m[1]!);
		const right = m[3] === undefined ? undefined : parseToken(m[3]);
		if (!left) continue;
		const separator = m[2] ?? '';
		// `and` joins a range only after `between`; otherwise it lists two things.
		const isRange = right !== undefined && (!/^\s+and\s+$/.test(separator) || /\bbetween\s*`?$/i.test(before));
		let lo = left.value;
		if (isRange && right && left.exponent === undefined && right.exponent !== undefined && lo >= 1) {
			// `1-2e-4` shares the exponent of its right end.
			lo = scaled(m[1]!.replace(/\s+/g, ''), right.exponent);
		}
		const qualifier = QUALIFIER_RE.exec(before)?.[1];
		const make = (min: number, max: number, valueText: string, valueStart: number, reversed: boolean): FoundValue => ({
			min,
			max,
			// Backticks are code markup, not part of the value.
			text: valueText.replace(/`/g, ''),
			start: valueStart,
			end: valueStart + valueText.length,
			reversed,
			...(qualifier ? { qualifier } : {}),
		});
		if (isRange && right) {
			const hi = right.value;
			if (isPlausibleLr(lo) && isPlausibleLr(hi)) {
				found.push(make(Math.min(lo, hi), Math.max(lo, hi), whole, start, lo > hi));
				continue;
			}
			// Keep the plausible end on its own (`from 0 to 2e-4` states 2e-4).
			if (isPlausibleLr(hi)) {
				const offset = whole.lastIndexOf(m[3]!);
				found.push(make(hi, hi, m[3]!, start + offset, false));
				continue;
			}
			if (!isPlausibleLr(lo)) continue;
			// The right end is not an LR (`2e-4 to 10 steps`): keep only the left token.
			const leftText = whole.slice(0, whole.indexOf(m[1]!) + m[1]!.length);
			found.push(make(lo, lo, leftText.replace(/^`/, ''), start + (leftText.startsWith('`') ? 1 : 0), false));
			continue;
		}
		if (!isPlausibleLr(lo)) continue;
		// Without a range, report only the first token (the regex may have swallowed an `and`-joined second one).
		const first = m[1]!;
		const offset = whole.indexOf(first);
		found.push(make(lo, lo, first, start + offset, false));
		if (right && isPlausibleLr(right.value)) {
			const offset2 = whole.lastIndexOf(m[3]!);
			found.push(make(right.value, right.value, m[3]!, start + offset2, false));
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Intervals written `[X, Y]`: a range, in order, when both ends are plausible LRs. */
function findIntervals(text: string): FoundValue[] {
	const out: FoundValue[] = [];
	for (const m of text.matchAll(INTERVAL_RE)) {
		const a = parseToken(m[1]!);
		const b = parseToken(m[2]!);
		if (!a || !b || !isPlausibleLr(a.value) || !isPlausibleLr(b.value)) continue;
		const qualifier = QUALIFIER_RE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
		out.push({
			min: Math.min(a.value, b.value),
			max: Math.max(a.value, b.value),
			text: m[0].replace(/`/g, ''),
			start: m.index,
			end: m.index + m[0].length,
			reversed: a.value > b.value,
			...(qualifier ? { qualifier } : {}),
		});
	}
	return out;
}

/**
 * Writes an LR the way pages do: `2e-4`, `5e-5`, `2.5e-4`; values of 0.01 and up as decimals.
 * @example formatLr(0.0002) // '2e-4'
 */
export function formatLr(value: number): string {
	if (value >= 0.01) return String(value);
	const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
	return `${Number(Number(mantissa).toPrecision(6))}e${exponent.replace('+', '')}`;
}

/**
 * Writes a range: one value when both ends are equal, else `min to max`.
 * @example formatRange(0.0002, 0.0005) // '2e-4 to 5e-4'
 */
export function formatRange(min: number, max: number): string {
	return min === max ? formatLr(min) : `${formatLr(min)} to ${formatLr(max)}`;
}
