import { fail, ok, type Outcome } from './outcome.ts';
import type { DateValue } from './schema.ts';

/*
 * Semantic MediaWiki's Date type (TimeValue.php, TimeValueParser.php, JulianDay.php), English content language:
 * a pure year, a MediaWiki timestamp, or tokens (numbers, month names, `st nd rd th`, `AD CE BC BCE`, calendar
 * models `Gr Jl OS JD MJD`, `am pm`, a time `h:mm[:ss][±hh[:30]]`, time zones) whose 1-3 date components are read
 * in the order Y; MY, YM; MDY, DMY, YMD, YDM. Dates before 15 October 1582 are Julian unless marked `Gr`.
 */

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
const SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Time zone abbreviations and their offsets in hours (Timezone.php); single letters are military zones. */
const ZONES: Readonly<Record<string, number>> = {
	UTC: 0,
	Z: 0,
	A: 1,
	ACDT: 10.5,
	ACST: 9.5,
	ADT: -3,
	AEDT: 11,
	AEST: 10,
	AKDT: -8,
	AKST: -9,
	AST: -4,
	AWDT: 9,
	AWST: 8,
	B: 2,
	BST: 1,
	C: 3,
	CDT: -5,
	CEDT: 2,
	CEST: 2,
	CET: 1,
	CST: -6,
	CXT: 7,
	D: 4,
	E: 5,
	EDT: -4,
	EEDT: 3,
	EEST: 3,
	EET: 2,
	EST: -5,
	F: 6,
	G: 7,
	GMT: 0,
	H: 8,
	HAA: -3,
	HAC: -5,
	HADT: -9,
	HAE: -4,
	HAP: -7,
	HAR: -6,
	HAST: -10,
	HAT: -2.5,
	HAY: -8,
	HNA: -4,
	HNC: -6,
	HNE: -5,
	HNP: -8,
	HNR: -7,
	HNT: -3.5,
	HNY: -9,
	I: 9,
	IST: 1,
	K: 10,
	L: 11,
	M: 12,
	MDT: -6,
	MESZ: 2,
	MEZ: 1,
	MSD: 4,
	MSK: 3,
	MST: -7,
	N: -1,
	NDT: -2.5,
	NFT: 11.5,
	NST: -3.5,
	O: -2,
	P: -3,
	PDT: -7,
	PST: -8,
	Q: -4,
	R: -5,
	S: -6,
	T: -7,
	U: -8,
	V: -9,
	W: -10,
	WDT: 9,
	WEDT: 1,
	WEST: 1,
	WET: 0,
	WST: 8,
	X: -11,
	Y: -12,
};
const isMilitary = (word: string) => word.length === 1 && ZONES[word.toUpperCase()] !== undefined;

/** Offset in hours of an IANA zone (`America/New_York`) at a moment, from the platform's time zone data. */
function ianaOffset(zone: string, utcMillis: number): number | undefined {
	try {
		const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(
			new Date(utcMillis),
		);
		const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
		const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/u.exec(name);
		if (!m) return undefined;
		return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : 0;
	} catch {
		return undefined;
	}
}

type Calendar = 'gregorian' | 'julian';

/** Julian day of a date at 00:00 UTC (JulianDay::date2JD; no year 0, -1 is 1 BC). */
export function dateToJd(calendar: Calendar, year: number, month: number, day: number): number {
	const astro = year < 1 ? year + 1 : year;
	if (calendar === 'gregorian') {
		const a = Math.trunc((14 - month) / 12);
		const y = astro + 4800 - a;
		const m = month + 12 * a - 3;
		return (
			day +
			Math.floor((153 * m + 2) / 5) +
			365 * y +
			Math.floor(y / 4) -
			Math.floor(y / 100) +
			Math.floor(y / 400) -
			32045.5
		);
	}
	const y2 = month <= 2 ? astro - 1 : astro;
	const m2 = month <= 2 ? month + 12 : month;
	return Math.floor(365.25 * (y2 + 4716)) + Math.floor(30.6001 * (m2 + 1)) + day - 1524.5;
}

/** The calendar date of a Julian day (JulianDay::JD2Date). */
export function jdToDate(jd: number, calendar: Calendar): { year: number; month: number; day: number } {
	let year: number;
	let month: number;
	let day: number;
	if (calendar === 'gregorian') {
		const v = jd + 2921940;
		const j = Math.floor(v + 0.5) + 32044;
		const g = Math.floor(j / 146097);
		const dg = j % 146097;
		const c = Math.floor(((Math.floor(dg / 36524) + 1) * 3) / 4);
		const dc = dg - c * 36524;
		const b = Math.floor(dc / 1461);
		const db = dc % 1461;
		const a = Math.floor(((Math.floor(db / 365) + 1) * 3) / 4);
		const da = db - a * 365;
		const y = g * 400 + c * 100 + b * 4 + a;
		const m = Math.floor((da * 5 + 308) / 153) - 2;
		day = da - Math.floor(((m + 4) * 153) / 5) + 122 + 1;
		year = y - 4800 + Math.floor((m + 2) / 12) - 8000;
		month = ((m + 2) % 12) + 1;
	} else {
		const b = Math.floor(jd + 0.5) + 1524;
		const c = Math.floor((b - 122.1) / 365.25);
		const d = Math.floor(365.25 * c);
		const e = Math.floor((b - d) / 30.6001);
		month = e < 14 ? e - 1 : e - 13;
		year = month > 2 ? c - 4716 : c - 4715;
		day = b - d - Math.floor(30.6001 * e);
	}
	return { year: year < 1 ? year - 1 : year, month, day };
}

function daysIn(month: number, year: number, calendar: Calendar): number {
	if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
	const astro = year < 1 ? year + 1 : year;
	const leap = calendar === 'julian' ? astro % 4 === 0 : astro % 400 === 0 || (astro % 4 === 0 && astro % 100 !== 0);
	return leap ? 29 : 28;
}

const PREHISTORY = -10000;

/** Julian unless after 4 October 1582 (Gregorian), or prehistoric (Gregorian), as TimeValue::getCalendarModel. */
function calendarFor(preset: string | undefined, year: number, month: number, day: number): Calendar {
	if (preset === 'Gr' || preset === 'GR') return 'gregorian';
	if (preset === 'Jl' || preset === 'JL' || preset === 'OS') return 'julian';
	if (year > 1582 || (year === 1582 && (month > 10 || (month === 10 && day > 4)))) return 'gregorian';
	return year > PREHISTORY ? 'julian' : 'gregorian';
}

type Precision = DateValue['precision'];

interface Parts {
	calendar: Calendar;
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
	/** Written with an explicit AD/CE (kept in the serialization as `+`). */
	era?: boolean;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** A date value from its parts: precision, Julian day, ISO (proleptic Gregorian) and SMW's serialization. */
function build(parts: Parts, precision: Precision, offsetHours = 0): Outcome<DateValue> {
	const { calendar, year } = parts;
	const month = parts.month ?? 1;
	const day = parts.day ?? 1;
	if (year === 0) return fail('smw-datavalue-time-invalid', 'There is no year 0 in Gregorian and Julian calendars.');
	if (
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > daysIn(month, year, calendar) ||
		(parts.hour ?? 0) > 24 ||
		(parts.minute ?? 0) > 59 ||
		(parts.second ?? 0) >= 60
	) {
		return fail(
			'smw-datavalue-time-invalid',
			`Month ${month} in year ${year} did not have ${day} days in this calendar model, or part of the date is out of bounds.`,
		);
	}
	if (year <= PREHISTORY && precision !== 'year')
		return fail('smw-datavalue-time-invalid-prehistoric', 'Prehistoric dates can only be given as a year.');
	let jd =
		dateToJd(calendar, year, month, day) +
		(parts.hour ?? 0) / 24 +
		(parts.minute ?? 0) / 1440 +
		(parts.second ?? 0) / 86400;
	let value: Parts = parts;
	if (offsetHours !== 0) {
		// the time is converted to UTC, which may move the date (TimeValue::setDateFromParsedValues)
		jd -= offsetHours / 24;
		const date = jdToDate(jd, calendar);
		const seconds = Math.round((jd + 0.5 - Math.floor(jd + 0.5)) * 86400);
		value = {
			...parts,
			...date,
			hour: Math.floor(seconds / 3600),
			minute: Math.floor((seconds % 3600) / 60),
			second: seconds % 60,
		};
	}
	jd = Number(jd.toFixed(7));
	const greg =
		calendar === 'gregorian'
			? { year: value.year, month: value.month ?? 1, day: value.day ?? 1 }
			: jdToDate(Math.floor(jd - 0.5) + 0.5, 'gregorian');
	const isoYear = greg.year < 0 ? `-${pad(-greg.year - 1, 4)}` : pad(greg.year, 4);
	const time =
		precision === 'time'
			? `T${pad(value.hour ?? 0)}:${pad(value.minute ?? 0)}:${pad(Math.floor(value.second ?? 0))}`
			: '';
	const iso =
		precision === 'year'
			? isoYear
			: precision === 'month'
				? `${isoYear}-${pad(greg.month)}`
				: `${isoYear}-${pad(greg.month)}-${pad(greg.day)}${time}`;
	const model = calendar === 'gregorian' ? 1 : 2;
	let raw = `${model}/${parts.era ? '+' : ''}${value.year}`;
	if (precision !== 'year') raw += `/${value.month ?? 1}`;
	if (precision === 'day' || precision === 'time') raw += `/${value.day ?? 1}`;
	if (precision === 'time') raw += `/${value.hour ?? 0}/${value.minute ?? 0}/${value.second ?? 0}/0`;
	const out: DateValue = { jd, precision, calendar, year: value.year, iso, raw };
	if (precision !== 'year') out.month = value.month ?? 1;
	if (precision === 'day' || precision === 'time') out.day = value.day ?? 1;
	if (precision === 'time')
		Object.assign(out, { hour: value.hour ?? 0, minute: value.minute ?? 0, second: value.second ?? 0 });
	return ok(out);
}

type Token = {
	type:
		| 'space'
		| 'dash'
		| 'number'
		| 'era'
		| 'calendar'
		| 'ampm'
		| 'time'
		| 'military'
		| 'zone'
		| 'month'
		| 'ordinal'
		| 'other';
	value: string;
};

const TIME = /^T?([0-2]?\d):([0-5]\d)(:[0-5]\d)?(([+-][0-2]?\d)(:(30|00))?)?$/u;

function classify(token: string): Token {
	if (token === ' ') return { type: 'space', value: token };
	if (token === '-') return { type: 'dash', value: token };
	if (/^\d+$/u.test(token)) return { type: 'number', value: token };
	if (token === 'AD' || token === 'CE') return { type: 'era', value: '+' };
	if (token === 'BC' || token === 'BCE') return { type: 'era', value: '-' };
	if (['Gr', 'GR', 'He', 'Jl', 'JL', 'MJD', 'JD', 'OS'].includes(token)) return { type: 'calendar', value: token };
	if (/^(?:am|pm)$/iu.test(token)) return { type: 'ampm', value: token.toLowerCase() };
	if (TIME.test(token)) return { type: 'time', value: token };
	if (isMilitary(token)) return { type: 'military', value: token.toUpperCase() };
	if (ZONES[token.toUpperCase()] !== undefined) return { type: 'zone', value: token.toUpperCase() };
	const lower = token.toLowerCase();
	const month = MONTHS.indexOf(lower) >= 0 ? MONTHS.indexOf(lower) : SHORT.indexOf(lower);
	if (month >= 0) return { type: 'month', value: SHORT[month]! };
	if (['st', 'nd', 'rd', 'th'].includes(token)) return { type: 'ordinal', value: token };
	return { type: 'other', value: token };
}

// the bits of TimeValue::checkDateComponent and the format vectors of SMW's Defines.php
const YEAR = 1;
const DAY = 2;
const MONTH = 4;
const FORMATS: readonly (readonly [number, readonly ('y' | 'm' | 'd')[]])[][] = [
	[[9, ['y']]],
	[
		[97, ['m', 'y']],
		[76, ['y', 'm']],
	],
	[
		[785, ['m', 'd', 'y']],
		[673, ['d', 'm', 'y']],
		[610, ['y', 'm', 'd']],
		[596, ['y', 'd', 'm']],
	],
];

/** Reads the 1-3 date components in the English preference order (TimeValue::interpretDateComponents). */
function interpret(components: readonly string[], input: string): Outcome<{ y: number; m?: number; d?: number }> {
	let vector = 1;
	const values: number[] = [];
	let dash = true;
	for (const c of components) {
		if (c === '-') {
			if (dash)
				return fail(
					'smw-datavalue-time-invalid-date-components-dash',
					`"${input}" contains an extrinsic dash or other characters that are invalid for a date interpretation.`,
				);
			dash = true;
			continue;
		}
		dash = false;
		let bits = 0;
		let n = 0;
		if (/^\d+$/u.test(c)) {
			n = parseInt(c, 10);
			bits = n >= 1 && n <= 12 ? YEAR | DAY | MONTH : n >= 1 && n <= 31 ? YEAR | DAY : YEAR;
		} else if (c.startsWith('d')) {
			n = parseInt(c.slice(1), 10);
			bits = n >= 1 && n <= 31 ? DAY : 0;
		} else if (SHORT.includes(c)) {
			n = SHORT.indexOf(c) + 1;
			bits = MONTH;
		}
		vector = (vector << 3) | bits;
		values.push(n);
	}
	if (dash && components.length > 0)
		return fail(
			'smw-datavalue-time-invalid-date-components-dash',
			`"${input}" contains an extrinsic dash or other characters that are invalid for a date interpretation.`,
		);
	if (values.length === 0)
		return fail('smw-datavalue-time-invalid-date-components-empty', `"${input}" contains some empty components.`);
	if (values.length > 3)
		return fail(
			'smw-datavalue-time-invalid-date-components-three',
			`"${input}" contains more than three components required for a date interpretation.`,
		);
	for (const [format, fields] of FORMATS[values.length - 1]!) {
		if ((~vector & format) !== 0) continue;
		const date: { y?: number; m?: number; d?: number } = {};
		fields.forEach((f, i) => (date[f] = values[i]));
		return ok(date as { y: number; m?: number; d?: number });
	}
	return fail(
		'smw-datavalue-time-invalid-date-components-sequence',
		`"${input}" contains a sequence that could not be interpreted against an available match matrix for date components.`,
	);
}

/**
 * A Date value (`_dat`) read as Semantic MediaWiki reads it (English): `2000`, `-300`, `Feb 11 2000 10:00:01 PM`,
 * `11 February 2000`, `2/3/2000` (3 February: month first), `1 Jan 1971 13:45:23 EST`, `2000-02-11T22:00:01+02:00`,
 * `300 BC`, `21 March 1685 JL`, `2451585.9166782` (a Julian day).
 * @example parseDate('Feb 11 2000').ok // true, precision 'day', iso '2000-02-11'
 */
export function parseDate(input: string): Outcome<DateValue> {
	const value = input.normalize('NFKC').trim();
	const notUnderstood = () => fail<DateValue>('smw_nodatetime', `The date "${input}" was not understood.`);
	if (!value.includes(' ') && /^[-+]?\d+$/u.test(value) && (value.startsWith('-') || value.length < 6)) {
		const year = parseInt(value, 10);
		return build({ calendar: calendarFor(undefined, year, 1, 1), year }, 'year');
	}
	const stamp =
		/^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?$/u.exec(value) ??
		/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})()$/u.exec(value);
	if (stamp) {
		const [, y, mo, d, h, mi, s, zone] = stamp;
		const offset =
			zone && zone !== 'Z'
				? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) + Number(zone.slice(-2)) / 60)
				: 0;
		return build(
			{
				calendar: 'gregorian',
				year: Number(y),
				month: Number(mo),
				day: Number(d),
				hour: Number(h),
				minute: Number(mi),
				second: Number(s),
			},
			'time',
			offset,
		);
	}
	let text = value;
	let zoneOffset: number | undefined;
	let iana: string | undefined;
	const lastWord = text.slice(text.lastIndexOf(' ') + 1);
	if (lastWord !== text && ZONES[lastWord.toUpperCase()] !== undefined) {
		zoneOffset = ZONES[lastWord.toUpperCase()];
		text = text.slice(0, text.lastIndexOf(' '));
	} else if (lastWord !== text && lastWord.includes('/') && ianaOffset(lastWord, 0) !== undefined) {
		iana = lastWord;
		text = text.slice(0, text.lastIndexOf(' '));
	}
	const normalized = text
		.replace(/\//gu, '-')
		.replace(/&nbsp;/gu, ' ')
		.replace(/[.,年月日分]/gu, ' ')
		.replace(/時/gu, ':');
	const tokens = normalized
		.split(/(T?[0-2]?\d:[:\d]+[+-]?[0-2]?[\d:]+|\p{L}+|\d+| )/u)
		.filter((t) => t !== '')
		.map(classify);
	const single = (type: Token['type']) => tokens.find((t) => t.type === type)?.value;
	const era = single('era');
	let calendarModel = single('calendar');
	const ampm = single('ampm');
	let hours: number | undefined;
	let minutes: number | undefined;
	let seconds: number | undefined;
	let timeOffset: number | undefined;
	const timeAt = tokens.findIndex((t) => t.type === 'time');
	if (timeAt >= 0) {
		const m = TIME.exec(tokens[timeAt]!.value)!;
		hours = Number(m[1]);
		minutes = Number(m[2]);
		seconds = m[3] ? Number(m[3].slice(1)) : undefined;
		if (hours > 24 || (hours === 24 && minutes + (seconds ?? 0) > 0)) return notUnderstood();
		if (m[5]) timeOffset = Number(m[5]) + (m[7] === '30' ? (Number(m[5]) >= 0 ? 0.5 : -0.5) : 0);
		if (zoneOffset === undefined) {
			const zone = tokens.slice(timeAt + 1).find((t) => t.type === 'zone' || t.type === 'military');
			if (zone) zoneOffset = ZONES[zone.value];
		}
	} else {
		// military time `1530Z`: a number followed by a military zone letter
		for (let i = 1; i < tokens.length; i++) {
			const mil = /^([0-2]\d)([0-5]\d)([0-5]\d)?$/u.exec(tokens[i - 1]!.value);
			if (tokens[i]!.type === 'military' && tokens[i - 1]!.type === 'number' && mil) {
				hours = Number(mil[1]);
				minutes = Number(mil[2]);
				seconds = mil[3] ? Number(mil[3]) : undefined;
				zoneOffset = ZONES[tokens[i]!.value];
				tokens[i - 1] = { type: 'space', value: ' ' };
				break;
			}
		}
	}
	const components: string[] = [];
	let inDate = false;
	let previousNumber = false;
	let microseconds: string | undefined;
	for (const t of tokens) {
		if (t.type === 'space') continue;
		if (t.type === 'number' && (inDate || components.length === 0)) {
			components.push(t.value);
			inDate = previousNumber = true;
			continue;
		}
		if (t.type === 'number') {
			microseconds = t.value;
			inDate = previousNumber = false;
			continue;
		}
		if (t.type === 'dash' || (t.type === 'month' && (inDate || components.length === 0))) {
			components.push(t.value);
			inDate = true;
			previousNumber = false;
			continue;
		}
		if (t.type === 'ordinal' && previousNumber && inDate) {
			components.push(`d${components.pop()!}`);
			previousNumber = false;
			continue;
		}
		if (t.type === 'other') return notUnderstood();
		inDate = previousNumber = false;
	}
	if (zoneOffset !== undefined && timeOffset !== undefined)
		return fail(
			'smw-datavalue-time-invalid-offset-zone-usage',
			`"${input}" contains an offset and zone identifier that is not supported.`,
		);
	if (ampm !== undefined && hours !== undefined) {
		if (hours > 12 || hours === 0)
			return fail(
				'smw-datavalue-time-invalid-ampm',
				`"${input}" contains "${hours}" as hour element that is invalid for a 12-hour convention.`,
			);
		if (ampm === 'am' && hours === 12) hours = 0;
		else if (ampm === 'pm' && hours < 12) hours += 12;
	}
	if (
		calendarModel === undefined &&
		era === undefined &&
		(components.length === 1 || components.length === 2) &&
		parseInt(components.at(-1)!, 10) >= 100000
	)
		calendarModel = 'JD';
	if (calendarModel === 'JD' || calendarModel === 'MJD') {
		if (era !== undefined || hours !== undefined)
			return fail(
				'smw-datavalue-time-invalid-jd',
				`Unable to interpret the "${input}" input value as valid JD (Julian day) number.`,
			);
		const jd = Number(components.filter((c) => c !== '-').join('.')) + (calendarModel === 'MJD' ? 2400000.5 : 0);
		if (!Number.isFinite(jd)) return notUnderstood();
		const calendar: Calendar = jd < 2299160.5 ? 'julian' : 'gregorian';
		const date = jdToDate(jd, calendar);
		const secs = Math.round((jd + 0.5 - Math.floor(jd + 0.5)) * 86400);
		return build(
			{ calendar, ...date, hour: Math.floor(secs / 3600), minute: Math.floor((secs % 3600) / 60), second: secs % 60 },
			'time',
		);
	}
	const date = interpret(components, input);
	if (!date.ok) return date;
	let { y } = date.value;
	const { m, d } = date.value;
	if (era === '-' && y > 0) y = -y;
	if (calendarModel === 'OS' && m !== undefined && (m < 3 || (m === 3 && (d ?? 1) < 25))) y++;
	const calendar = calendarFor(calendarModel, y, m ?? 1, d ?? 1);
	const precision: Precision =
		hours !== undefined ? 'time' : d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
	const second = (seconds ?? 0) + (microseconds !== undefined && hours !== undefined ? Number(`0.${microseconds}`) : 0);
	let offset = (timeOffset ?? 0) + (zoneOffset ?? 0);
	if (iana) offset += ianaOffset(iana, Date.UTC(y, (m ?? 1) - 1, d ?? 1, hours ?? 0, minutes ?? 0)) ?? 0;
	const parts: Parts = {
		calendar,
		year: y,
		...(m !== undefined ? { month: m } : {}),
		...(d !== undefined ? { day: d } : {}),
		...(hours !== undefined ? { hour: hours, minute: minutes ?? 0, second } : {}),
		...(era === '+' ? { era: true } : {}),
	};
	return build(parts, precision, offset);
}
