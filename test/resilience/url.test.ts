import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { namespaceSegment, slugSegment, urlFor } from '../../src/graph/url.ts';
import { parseTitle } from '../../src/load/title.ts';

/** Characters that break paths, queries, fragments, escapes, file names and scripts, and letters of other scripts. */
const tricky = fc.constantFrom(
	'?',
	'#',
	'%',
	'/',
	'\\',
	'.',
	'..',
	' ',
	'_',
	':',
	'~',
	'&',
	'"',
	"'",
	'<',
	'>',
	'\u0000',
	'\n',
	'\u200b',
	'\u202e',
	'é',
	'e\u0301',
	'ß',
	'İ',
	'K',
	'\u212a',
	'Ω',
	'中',
	'ت',
	'𝔘',
	'😀',
	'Page',
	'page',
	'CONCEPT',
	'Concept',
	'a',
	'Z',
	'1',
);
const idText = fc
	.array(fc.oneof(tricky, fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 12 })
	.map((parts) => parts.join(''));

/** Ids as the graph makes them: NFC text, optionally `Namespace:` in front. */
const id = fc
	.tuple(fc.option(idText, { nil: undefined }), idText)
	.map(([ns, name]) => (ns ? `${ns}:${name}` : name).normalize('NFC'));

describe('urlFor', () => {
	test('is injective: different ids never share a URL', () => {
		fc.assert(
			fc.property(id, id, (a, b) => {
				fc.pre(a !== b);
				expect(urlFor(a)).not.toBe(urlFor(b));
			}),
			{ numRuns: 20_000 },
		);
	});

	test('gives a safe path: two segments, no query, fragment, percent, backslash, dot segment or control character, each under 255 bytes', () => {
		fc.assert(
			fc.property(id, (value) => {
				const url = urlFor(value);
				expect(url).toMatch(/^\/[^/]+\/[^/]+\/$/u);
				expect(url).not.toMatch(/[?#%\\\s\u0000-\u001f\u007f"'<>]/u);
				for (const segment of url.split('/').slice(1, -1)) {
					expect(segment).not.toMatch(/^\.+$/u);
					expect(new TextEncoder().encode(segment).length).toBeLessThanOrEqual(255);
				}
			}),
			{ numRuns: 10_000 },
		);
	});

	test('is stable and the same for NFC and NFD spellings of a title', () => {
		fc.assert(
			fc.property(idText, (name) => {
				const nfc = parseTitle(`Heuristic:${name.normalize('NFC')}`);
				const nfd = parseTitle(`Heuristic:${name.normalize('NFD')}`);
				fc.pre(nfc !== undefined);
				expect(nfd?.id).toBe(nfc.id);
				expect(urlFor(nfc.id)).toBe(urlFor(nfc.id));
				expect(urlFor(nfd!.id)).toBe(urlFor(nfc.id));
			}),
			{ numRuns: 5_000 },
		);
	});

	test.each([
		['Heuristic:Learning_Rate_Tuning', '/heuristic/Learning_Rate_Tuning/'],
		['Domain:Fine_Tuning', '/domain/Fine_Tuning/'],
		['Heuristic:What?', '/heuristic/What~3f~/'],
		['Heuristic:A#B', '/heuristic/A~23~B/'],
		['Heuristic:100%', '/heuristic/100~25~/'],
		['Heuristic:a/b', '/heuristic/a~2f~b/'],
		['Heuristic:..', '/heuristic/~2e~./'],
		['Heuristic:学习率', '/heuristic/学习率/'],
		['Heuristic:Café', '/heuristic/Café/'],
		['Concept:X', '/concept/X/'],
		['CONCEPT:X', '/~~CONCEPT/X/'],
		['Page:X', '/~~Page/X/'],
		['X', '/page/X/'],
	])('%s -> %s', (input, url) => {
		expect(urlFor(input)).toBe(url);
	});

	test('a title too long for a file name is cut and given a hash, and stays injective', () => {
		const long = 'Heuristic:' + '学'.repeat(300);
		const other = 'Heuristic:' + '学'.repeat(299) + '习';
		const segment = urlFor(long).split('/')[2]!;
		expect(new TextEncoder().encode(segment).length).toBeLessThanOrEqual(200);
		expect(segment).toMatch(/~~[0-9a-f]{16}$/u);
		expect(urlFor(other)).not.toBe(urlFor(long));
	});

	test('namespace segments of canonical and other spellings never meet', () => {
		expect(namespaceSegment('Heuristic')).toBe('heuristic');
		expect(namespaceSegment('heuristic')).toBe('~~heuristic');
		expect(slugSegment('')).toBe('~~');
		expect(slugSegment('\u0000')).toBe('~0~');
	});
});
