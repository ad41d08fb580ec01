import { describe, expect, test } from 'vitest';
import {
	parseBoolean,
	parseDate,
	parseEmail,
	parseNumber,
	parseQuantity,
	parseTelephone,
	parseUnit,
	parseUrl,
	parseValue,
	typeByLabel,
} from '../../src/datatypes/index.ts';

// Expectations from Semantic MediaWiki's JSONScript tests (p-0208 numbers, p-0209 quantities, p-0413/0414/0420/0422/0429
// dates, p-0446 URL/Email/Telephone, p-0503 URL schemes) and its sources, as /work/notes/smw/datatypes.md records them.

describe('Number', () => {
	test.each([
		['2,000', 2000],
		['10,000', 10000],
		['.1', 0.1],
		['0.0001', 0.0001],
		['4,297.31 e7', 42973100000],
		['.3e5', 30000],
		['-2e-6', -0.000002],
		['+3', 3],
		['1.334e-13', 1.334e-13],
	])('%s is %d', (text, number) => expect(parseNumber(text)).toEqual({ ok: true, value: { number } }));

	test.each([
		['32a', 'smw-datavalue-number-textnotallowed', '"a" can not be assigned to a declared number type with value 32.'],
		['abc', 'smw_nofloat', '"abc" is not a number.'],
		[
			'1,2345',
			'smw-datavalue-number-textnotallowed',
			'"5" can not be assigned to a declared number type with value 1234.',
		],
	])('%s is an error %s', (text, key, message) =>
		expect(parseNumber(text)).toEqual({ ok: false, error: { key, message } }),
	);
});

describe('Quantity', () => {
	const units = ['1 km²', '0.38610 sq mi, sqmi', '1000000 m²'].map((u) => parseUnit(u)!);
	test('Corresponds to declares units with their factor; spaces in units do not count', () => {
		expect(units).toEqual([
			{ names: ['km²'], factor: 1, prefix: false },
			{ names: ['sqmi'], factor: 0.3861, prefix: false },
			{ names: ['m²'], factor: 1000000, prefix: false },
		]);
		expect(parseUnit('€ 1')).toEqual({ names: ['€'], factor: 1, prefix: true });
	});
	test('a value is stored in the main unit (factor 1), a bare number is in the main unit', () => {
		const q = parseQuantity('25 sq mi', units);
		expect(q.ok && q.value.number).toBeCloseTo(64.750064750065, 9);
		expect(q.ok && q.value.unit).toBe('km²');
		expect(parseQuantity('10', units)).toMatchObject({ ok: true, value: { number: 10, unit: 'km²' } });
	});
	test('an undeclared unit, and no units at all, are errors', () => {
		expect(parseQuantity('5 furlong', units)).toMatchObject({ ok: false, error: { key: 'smw_unitnotallowed' } });
		expect(parseQuantity('5 m', [])).toMatchObject({ ok: false, error: { key: 'smw_nounitsdeclared' } });
	});
});

describe('Date', () => {
	test.each([
		['2000', '2000', 'year', 'gregorian'],
		['1782', '1782', 'year', 'gregorian'],
		['Feb 11 2000', '2000-02-11', 'day', 'gregorian'],
		['2/3/2000', '2000-02-03', 'day', 'gregorian'],
		['2-3-2000', '2000-02-03', 'day', 'gregorian'],
		['30/10/2015', '2015-10-30', 'day', 'gregorian'],
		['2000 February 2', '2000-02-02', 'day', 'gregorian'],
		['February 2000', '2000-02', 'month', 'gregorian'],
		['02 1990', '1990-02', 'month', 'gregorian'],
		['1990年6月', '1990-06', 'month', 'gregorian'],
		['１９９０年９月', '1990-09', 'month', 'gregorian'],
		['1990年4月28日 7時01分', '1990-04-28T07:01:00', 'time', 'gregorian'],
		['Feb 11 2000 10:00:01 PM', '2000-02-11T22:00:01', 'time', 'gregorian'],
		['1 Jan 1971 5:05:23 pm', '1971-01-01T17:05:23', 'time', 'gregorian'],
		['1 Jan 1971 13:45:23-3:30', '1971-01-01T17:15:23', 'time', 'gregorian'],
		['1 Jan 1971 13:45:23 EST', '1971-01-01T18:45:23', 'time', 'gregorian'],
		['2000-02-11T22:00:01+02:00', '2000-02-11T20:00:01', 'time', 'gregorian'],
		['12001102120325', '1200-11-02T12:03:25', 'time', 'gregorian'],
		['Feb 11 1389 10:00:01', '1389-02-19T10:00:01', 'time', 'julian'],
		['21 March 1685 JL', '1685-03-31', 'day', 'julian'],
		['21 March 1685 GR', '1685-03-21', 'day', 'gregorian'],
		['2451585.9166782', '2000-02-11T10:00:01', 'time', 'gregorian'],
		['1st June 2000', '2000-06-01', 'day', 'gregorian'],
	])('%s -> %s (%s, %s)', (text, iso, precision, calendar) =>
		expect(parseDate(text)).toMatchObject({ ok: true, value: { iso, precision, calendar } }),
	);

	test('dates before 15 October 1582 are Julian, with Julian components; BC years are negative', () => {
		expect(parseDate('300 BC')).toMatchObject({ ok: true, value: { year: -300, calendar: 'julian', raw: '2/-300' } });
		expect(parseDate('Feb 11 1492 Gr')).toMatchObject({
			ok: true,
			value: { calendar: 'gregorian', raw: '1/1492/2/11' },
		});
		expect(parseDate('1902 AD')).toMatchObject({ ok: true, value: { raw: '1/+1902' } });
	});

	test('dates compare by Julian day: 1970 equals 1 January 1970', () => {
		const year = parseDate('1970');
		const day = parseDate('1 January 1970');
		expect(year.ok && day.ok && year.value.jd === day.value.jd).toBe(true);
		expect(parseDate('Feb 11 2000 10:00:01')).toMatchObject({
			value: { jd: 2451585.9166782, raw: '1/2000/2/11/10/0/1/0' },
		});
	});

	test.each([
		['0', 'smw-datavalue-time-invalid'],
		['yesterday', 'smw_nodatetime'],
		['2025-02-30', 'smw-datavalue-time-invalid'],
		['13:45:23 am 1 Jan 1971', 'smw-datavalue-time-invalid-ampm'],
	])('%s is an error %s', (text, key) => expect(parseDate(text)).toMatchObject({ ok: false, error: { key } }));
});

describe('Boolean, URL, Email, Telephone', () => {
	test.each([
		['true', true],
		['Yes', true],
		['y', true],
		['1', true],
		['false', false],
		['NO', false],
		['0', false],
	])('%s is %s', (text, boolean) => expect(parseBoolean(text)).toEqual({ ok: true, value: { boolean } }));
	test('anything else is no Boolean', () =>
		expect(parseBoolean('maybe')).toMatchObject({ ok: false, error: { key: 'smw_noboolean' } }));

	test.each([
		['http://example.org/Foo bar', 'http://example.org/Foo_bar'],
		['http://example.org/Foo%20bar', 'http://example.org/Foo_bar'],
		['example.org', 'http://example.org'],
		['ftp://example.com/foo', 'ftp://example.com/foo'],
		['http://example.org/ようこそ#-{}', 'http://example.org/%E3%82%88%E3%81%86%E3%81%93%E3%81%9D#-%7B%7D'],
	])('URL %s -> %s', (text, uri) => expect(parseUrl(text)).toEqual({ ok: true, value: { uri } }));
	test('a URL with an unknown scheme or an empty authority is an error', () => {
		expect(parseUrl('User:Test')).toMatchObject({ ok: false, error: { key: 'smw-datavalue-uri-invalid-scheme' } });
		expect(parseUrl('http:///')).toMatchObject({
			ok: false,
			error: { key: 'smw-datavalue-uri-invalid-authority-path-component' },
		});
	});
	test('Email and Telephone number are stored as mailto: and tel: URIs', () => {
		expect(parseEmail('john_doe@example.org')).toEqual({ ok: true, value: { uri: 'mailto:john_doe@example.org' } });
		expect(parseEmail('not an address')).toMatchObject({ ok: false, error: { key: 'smw_baduri' } });
		expect(parseTelephone('+1 201 555 5555')).toEqual({ ok: true, value: { uri: 'tel:+1-201-555-5555' } });
		expect(parseTelephone('0049 30 12345678')).toEqual({ ok: true, value: { uri: 'tel:+49-30-12345678' } });
		expect(parseTelephone('1234')).toMatchObject({ ok: false });
	});
});

describe('parseValue', () => {
	const ctx = {
		title: (text: string) =>
			/[[\]{}|<>]/u.test(text) ? undefined : { id: text.charAt(0).toUpperCase() + text.slice(1).replace(/ /gu, '_') },
	};
	test('type names and ids, any case', () => {
		expect(typeByLabel('number')).toBe('_num');
		expect(typeByLabel('Telephone_number')).toBe('_tel');
		expect(typeByLabel('_wpg')).toBe('_wpg');
		expect(typeByLabel('String')).toBe('_txt');
		expect(typeByLabel('Numbr')).toBeUndefined();
	});
	test('a Page value is a title, first letter capitalised', () => {
		expect(parseValue('abc', { type: '_wpg' }, 'Undeclared', ctx)).toEqual({ ok: true, value: { page: 'Abc' } });
		expect(parseValue('[[a|b]]', { type: '_wpg' }, 'P', ctx)).toMatchObject({
			ok: false,
			error: { key: 'smw-datavalue-wikipage-property-invalid-title' },
		});
	});
	test('invisible characters are removed first; empty Text is an error', () => {
		expect(parseValue('C++\u200e', { type: '_txt' }, 'P', ctx)).toEqual({ ok: true, value: { text: 'C++' } });
		expect(parseValue(' ', { type: '_txt' }, 'P', ctx)).toMatchObject({ ok: false, error: { key: 'smw_emptystring' } });
	});
	test('allowed values: a list (parsed with the type), and numeric ranges', () => {
		const countries = { type: '_wpg' as const, allowedValues: ['Nepal', 'China'] };
		expect(parseValue('nepal', countries, 'Has country', ctx).ok).toBe(true);
		expect(parseValue('India', countries, 'Has country', ctx)).toEqual({
			ok: false,
			error: {
				key: 'smw_notinenum',
				message: '"India" is not in the list (Nepal, China) of allowed values for the "Has country" property.',
			},
		});
		const range = { type: '_num' as const, allowedValues: ['1...100'] };
		expect(parseValue('42', range, 'P', ctx).ok).toBe(true);
		expect(parseValue('142', range, 'P', ctx)).toMatchObject({
			ok: false,
			error: { key: 'smw-constraint-error-allows-value-range' },
		});
	});
	test('External identifier needs its formatter; Monolingual text its language', () => {
		expect(parseValue('Q513', { type: '_eid', formatter: 'https://www.wikidata.org/wiki/$1' }, 'P', ctx)).toEqual({
			ok: true,
			value: { text: 'Q513', uri: 'https://www.wikidata.org/wiki/Q513' },
		});
		expect(parseValue('Q513', { type: '_eid' }, 'P', ctx)).toMatchObject({
			ok: false,
			error: { key: 'smw-datavalue-external-identifier-formatter-missing' },
		});
		expect(parseValue('example one@zh-hans', { type: '_mlt_rec' }, 'P', ctx)).toEqual({
			ok: true,
			value: { text: 'example one', lang: 'zh-Hans' },
		});
	});
	test('a Record reads each field with its own property type', () => {
		const declaration = (p: string) => (p === 'Has number' ? { type: '_num' as const } : { type: '_txt' as const });
		expect(
			parseValue('Foo;1,000', { type: '_rec', fields: ['Has text', 'Has number'] }, 'P', { ...ctx, declaration }),
		).toEqual({ ok: true, value: { fields: [{ text: 'Foo' }, { number: 1000 }] } });
		expect(
			parseValue('Foo;?', { type: '_rec', fields: ['Has text', 'Has number'] }, 'P', { ...ctx, declaration }),
		).toEqual({ ok: true, value: { fields: [{ text: 'Foo' }, null] } });
	});
});

test('the datatypes folder is browser-safe: no Node import, nothing outside the folder but zod', async () => {
	const { readdir, readFile } = await import('node:fs/promises');
	const dir = new URL('../../src/datatypes/', import.meta.url);
	for (const name of await readdir(dir)) {
		const text = await readFile(new URL(name, dir), 'utf8');
		for (const [, from] of text.matchAll(/from '([^']+)'/gu))
			expect(from === 'zod' || from!.startsWith('./'), `${name} imports ${from}`).toBe(true);
	}
});
