import type { DateValue } from '../../datatypes/index.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

const two = (n: number) => String(n).padStart(2, '0');

/** The year as Semantic MediaWiki shows it: `300 BC` for negative years (no year 0). */
function yearText(year: number): string {
	return year < 0 ? `${-year} BC` : String(year);
}

/**
 * A date as Semantic MediaWiki's English caption shows it, at the precision written, in its calendar: `2000`,
 * `February 2000`, `11 February 2000`, `11 February 2000 10:00:01`; Julian dates (before 15 October 1582) marked
 * `JL` (in wikitext `<sup>JL</sup>`).
 * @example dateCaption({ precision: 'day', year: 2000, month: 2, day: 11, ... }) // '11 February 2000'
 */
export function dateCaption(date: DateValue, wikitext: boolean): string {
	const { year, month = 1, day = 1 } = date;
	let text: string;
	switch (date.precision) {
		case 'year':
			text = yearText(year);
			break;
		case 'month':
			text = `${MONTHS[month - 1]} ${yearText(year)}`;
			break;
		case 'day':
			text = `${day} ${MONTHS[month - 1]} ${yearText(year)}`;
			break;
		default:
			text = `${day} ${MONTHS[month - 1]} ${yearText(year)} ${two(date.hour ?? 0)}:${two(date.minute ?? 0)}:${two(Math.floor(date.second ?? 0))}`;
	}
	if (date.calendar === 'julian' && year > -10000) text += wikitext ? ' <sup>JL</sup>' : ' JL';
	return text;
}

/**
 * A date in one of Semantic MediaWiki's output formats (`?P#ISO`): `ISO` and `-` the full ISO form (a year alone is
 * padded to `-01-01`), `ISO-P` the ISO form at its precision, `JD` the Julian day, `MEDIAWIKI` MediaWiki's
 * (`10:00, 11 February 2000`); undefined for a format dates do not have.
 * @example dateFormatted(date, 'ISO') // '2000-02-11'
 */
export function dateFormatted(date: DateValue, format: string): string | undefined {
	switch (format.toUpperCase()) {
		case '-':
		case 'ISO': {
			const [ymd = date.iso, time] = date.iso.split('T');
			const parts = ymd.startsWith('-')
				? ['-' + ymd.slice(1).split('-')[0], ...ymd.slice(1).split('-').slice(1)]
				: ymd.split('-');
			while (parts.length < 3) parts.push('01');
			return `${parts.join('-')}${time ? `T${time}` : ''}`;
		}
		case 'ISO-P':
			return date.iso;
		case 'JD':
			return String(Math.round(date.jd * 1e7) / 1e7);
		case 'MEDIAWIKI': {
			const caption = dateCaption({ ...date, precision: date.precision === 'time' ? 'day' : date.precision }, false);
			return date.precision === 'time' ? `${two(date.hour ?? 0)}:${two(date.minute ?? 0)}, ${caption}` : caption;
		}
		default:
			return undefined;
	}
}

/**
 * A date's `datetime` attribute: the ISO form at its precision (`2000`, `1923-01`, `2000-02-11`); undefined for dates
 * before year 1, which HTML cannot write.
 */
export function dateTimeAttribute(date: DateValue): string | undefined {
	return date.year > 0 ? date.iso : undefined;
}
