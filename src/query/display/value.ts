import type { DateValue, QuantityValue, TypedValue, Unit } from '../../datatypes/index.ts';
import type { QueryStore } from '../store.ts';
import type { ResultValue } from '../types.ts';
import { dateCaption, dateFormatted, dateTimeAttribute } from './date.ts';
import { formatNumber, plainNumber } from './number.ts';
import { escapeWikitext, externalLink, neutralizeAnnotations, pageLink } from './wikitext.ts';

/** A value as a result shows it. */
export interface ShownValue {
	/** Plain text: CSV cells, the terminal, `link=none` (pages by full title with namespace). */
	readonly text: string;
	/** Wikitext for a page: links (unless not linked), markup of Text values, everything else escaped. */
	readonly wikitext: string;
	/** The number a table sorts the cell by (`data-sort-value`), for numbers and dates. */
	readonly sortValue?: number;
}

/** How to show a value: the printout's output format (`-`, `-n`, `ISO`, `x`, `m²`...) and whether to link it. */
export interface ShowOptions {
	readonly format?: string;
	readonly link: boolean;
	/** `+lang=xx` of the printout: monolingual texts show without their language. */
	readonly lang?: string;
}

const plain = (text: string): ShownValue => ({ text, wikitext: escapeWikitext(text) });

/** The precision `-pN` asks for in an output format, if any. */
function precisionOf(format: string | undefined): number | undefined {
	const m = /-p(\d+)/u.exec(format ?? '');
	return m ? Number(m[1]) : undefined;
}

/**
 * A value as Semantic MediaWiki shows it in results (its "short text"): pages by caption, linked; numbers grouped
 * (`10,000`); quantities in their first display unit; dates in words (`11 February 2000`); booleans `true`/`false`;
 * URLs, emails and phone numbers as links; Text as wikitext with annotations neutralized; all else escaped.
 * Output formats: `-` (plain), `-n`/`-u` (number or unit only), `-pN` (precision), a unit name, `ISO`/`JD`/...
 * for dates, `x`/`tick`/`num`/`yes,no` for booleans, a length for Text.
 */
export function showValue(store: QueryStore, value: ResultValue, options: ShowOptions): ShownValue {
	const typed = value.typed;
	const format = options.format;
	const raw = format === '-' || format === '';
	if (value.entity) {
		const e = value.entity;
		if (!options.link || raw) return plain(e.fulltext);
		const target = value.node ?? (e.subobject ? `${e.page}#${e.subobject}` : e.page);
		return { text: e.fulltext, wikitext: pageLink(target, e.caption) };
	}
	if (value.caption !== undefined) {
		if (!options.link || !value.node) return plain(value.caption);
		return { text: value.caption, wikitext: pageLink(value.node, value.caption) };
	}
	const declaration = value.property ? store.property(value.property).declaration : {};
	switch (value.type) {
		case '_num': {
			const n = (typed as { number: number }).number;
			const precision = precisionOf(format) ?? declaration.precision;
			const text = raw || format?.startsWith('-n') ? plainNumber(n, precisionOf(format)) : formatNumber(n, precision);
			return { ...plain(text), sortValue: n };
		}
		case '_qty':
		case '_tem':
			return quantity(
				typed as QuantityValue,
				value.type,
				declaration.units ?? [],
				declaration.displayUnits ?? [],
				format,
				precisionOf(format) ?? declaration.precision,
			);
		case '_dat': {
			const date = typed as DateValue;
			const sortValue = Math.round(date.jd * 1e7);
			const formatted = format ? dateFormatted(date, format.replace(/-p\d+/u, '')) : undefined;
			if (formatted !== undefined) return { ...plain(formatted), sortValue };
			const datetime = dateTimeAttribute(date);
			const caption = dateCaption(date, true);
			return {
				text: dateCaption(date, false),
				wikitext: datetime ? `<time datetime="${datetime}">${caption}</time>` : caption,
				sortValue,
			};
		}
		case '_boo':
			return boolean((typed as { boolean: boolean }).boolean, format);
		case '_uri':
		case '_anu':
		case '_ema':
		case '_tel': {
			const uri = (typed as { uri: string }).uri;
			const caption = uri.replace(/^(mailto|tel):/u, '');
			if (!options.link || raw || format === 'nowiki')
				return plain(value.type === '_uri' || value.type === '_anu' ? uri : caption);
			return { text: caption, wikitext: externalLink(uri, caption) ?? escapeWikitext(caption) };
		}
		case '_eid': {
			const { text, uri } = typed as { text: string; uri?: string };
			if (!uri || !options.link || raw || format === 'nowiki') return plain(text);
			return { text, wikitext: externalLink(uri, text) ?? escapeWikitext(text) };
		}
		case '_cod': {
			const text = (typed as { text: string }).text;
			return { text, wikitext: `<code>${escapeWikitext(text)}</code>` };
		}
		case '_mlt_rec': {
			const { text, lang } = typed as { text: string; lang: string };
			const shown = options.lang ? text : `${text} (${lang})`;
			return plain(shown);
		}
		case '_rec':
		case '_ref_rec':
			return record(store, typed, declaration.fields ?? [], options);
		default: {
			const text = 'text' in typed ? typed.text : value.written;
			const length = format && /^\d+$/u.test(format) ? Number(format) : undefined;
			if (length !== undefined && text.length > length) return plain(truncate(text, length));
			if (format === '-raw') return { text, wikitext: text };
			const shown = neutralizeAnnotations(text);
			// a value starting with list or indent markup starts on a line of its own, as in SMW
			return { text, wikitext: /^[*#:;]/u.test(shown) ? `\n${shown}\n` : shown };
		}
	}
}

/** Text cut to `length` characters at a word boundary, with ` …` (`?P#20`). */
function truncate(text: string, length: number): string {
	const cut = text.slice(0, length);
	const space = cut.lastIndexOf(' ');
	return `${space > 0 ? cut.slice(0, space) : cut} …`;
}

/** A boolean in an output format: `x` (a cross or nothing), `tick`, `num`, `yes,no`-style word pairs, else `true`/`false`. */
function boolean(value: boolean, format: string | undefined): ShownValue {
	const sortValue = value ? 1 : 0;
	if (format === 'x')
		return {
			text: value ? 'X' : '',
			wikitext: value ? '<span style="font-family: sans-serif;">X</span>' : '&#160;',
			sortValue,
		};
	if (format === 'tick') return { ...plain(value ? '✓' : '✕'), sortValue };
	if (format === 'num') return { ...plain(value ? '1' : '0'), sortValue };
	const words = format?.includes(',') ? format.split(',') : undefined;
	return { ...plain(words ? (value ? words[0]! : (words[1] ?? '')).trim() : value ? 'true' : 'false'), sortValue };
}

/** Temperature units as Semantic MediaWiki converts from kelvin. */
const FROM_KELVIN: Readonly<Record<string, (k: number) => number>> = {
	K: (k) => k,
	'°C': (k) => k - 273.15,
	'°F': (k) => ((k - 273.15) * 9) / 5 + 32,
	'°R': (k) => (k * 9) / 5,
};

/**
 * A quantity or temperature: in the unit the format names, else the first display unit, else the main unit
 * (a temperature: the last display unit, else kelvin); `-n` the number alone, `-u` the unit alone, `-` plain.
 */
function quantity(
	value: QuantityValue,
	type: '_qty' | '_tem',
	units: readonly Unit[],
	displayUnits: readonly string[],
	format: string | undefined,
	precision: number | undefined,
): ShownValue {
	const asked = format
		?.replace(/-p\d+/u, '')
		.replace(/^-[nu]?$/u, '')
		.trim();
	const key = (u: string) => u.replace(/\s+/gu, '');
	let unit = value.unit;
	let factor = 1;
	let prefix = false;
	let convert = (n: number) => n * factor;
	const wanted = asked || (type === '_tem' ? displayUnits.at(-1) : displayUnits[0]);
	if (type === '_tem') {
		const found = wanted
			? Object.keys(FROM_KELVIN).find(
					(u) =>
						key(u) === key(wanted) ||
						(wanted.toLowerCase() === 'celsius' && u === '°C') ||
						(wanted.toLowerCase() === 'fahrenheit' && u === '°F'),
				)
			: undefined;
		unit = found ?? 'K';
		convert = FROM_KELVIN[unit]!;
	} else if (wanted) {
		const found = units.find((u) => u.names.includes(key(wanted)));
		if (found) {
			factor = found.factor;
			prefix = found.prefix;
			unit = found.names[0]!;
		}
	} else prefix = units.find((u) => u.names[0] === unit)?.prefix ?? false;
	const n = Math.round(convert(value.number) * 1e12) / 1e12;
	const sortValue = value.number;
	const raw = format?.startsWith('-') ?? false;
	const number = raw ? plainNumber(n, precision) : formatNumber(n, precision);
	if (format?.startsWith('-n')) return { ...plain(number), sortValue };
	if (format?.startsWith('-u')) return { ...plain(unit), sortValue };
	const space = raw ? ' ' : '\u00a0';
	const text = unit === '' ? number : prefix ? `${unit}${space}${number}` : `${number}${space}${unit}`;
	return { ...plain(text), sortValue };
}

/** A record: its first field, then the others in parentheses (`one (en) (two (fr) (123))`), each by its own type. */
function record(store: QueryStore, typed: TypedValue, fields: readonly string[], options: ShowOptions): ShownValue {
	if (!('fields' in typed)) return plain('');
	const shown = typed.fields.map((field, i) => {
		if (!field) return undefined;
		const property = fields[i] ?? '';
		return showValue(
			store,
			{ type: store.property(property).type, typed: field, written: '', property },
			{ ...options, format: undefined },
		);
	});
	const present = shown.filter((s): s is ShownValue => s !== undefined);
	const [first, ...rest] = present;
	if (!first) return plain('');
	if (rest.length === 0) return first;
	return {
		text: `${first.text} (${rest.map((r) => r.text).join(', ')})`,
		wikitext: `${first.wikitext} (${rest.map((r) => r.wikitext).join(', ')})`,
	};
}
