import {
	cleanValue,
	dateToJd,
	parseBoolean,
	parseDate,
	parseMonolingual,
	parseNumber,
	parseQuantity,
	parseTelephone,
	parseTemperature,
	parseUrl,
	type DateValue,
	type Outcome,
	type TypedValue,
} from '../datatypes/index.ts';
import { predefinedProperty } from '../graph/browser.ts';
import { extractComparator, ordered } from './comparators.ts';
import type { StoredValue, StoreProperty, QueryStore } from './store.ts';
import { keywordForm, likePattern } from './text.ts';
import type { Comparator, ValueTest } from './types.ts';
import { compareCodePoints } from '../text/index.ts';

/** Why a condition value cannot be read: Semantic MediaWiki's message key and message. */
export interface ValueProblem {
	readonly code: string;
	readonly message: string;
}

/** A value test, or why the value cannot be read (the condition is then "any value", as in SMW). */
export type ValueOutcome = { readonly test: ValueTest } | { readonly problem: ValueProblem };

type Test = (value: StoredValue) => boolean;

const problem = (code: string, message: string): ValueOutcome => ({ problem: { code, message } });
const made = (comparator: Comparator, written: string, test: Test): ValueOutcome => ({
	test: { comparator, written, test },
});

/** A test of strings: equality and order by code point, `~` patterns (`in:` matches anywhere). */
function stringTest(
	comparator: Comparator,
	given: string,
	contains: boolean,
	read: (value: StoredValue) => string | undefined,
): Test {
	if (comparator === 'like' || comparator === 'nlike') {
		const pattern = likePattern(contains ? `*${given}*` : given);
		const like = comparator === 'like';
		return (v) => {
			const s = read(v);
			return s !== undefined && pattern.test(s) === like;
		};
	}
	return (v) => {
		const s = read(v);
		return s !== undefined && ordered(comparator, compareCodePoints(s, given));
	};
}

/** A test of numbers; `~N` and `in:N` are the range from 0 to N (Semantic MediaWiki's number ranges). */
function numberTest(comparator: Comparator, given: number, read: (value: StoredValue) => number | undefined): Test {
	if (comparator === 'like' || comparator === 'nlike') {
		const [low, high] = given >= 0 ? [0, given] : [given, 0];
		const inside = comparator === 'like';
		return (v) => {
			const n = read(v);
			return n !== undefined && (n >= low && n <= high) === inside;
		};
	}
	return (v) => {
		const n = read(v);
		return n !== undefined && ordered(comparator, n - given);
	};
}

const textOf = (v: StoredValue): string | undefined => ('text' in v.typed ? v.typed.text : undefined);
const uriOf = (v: StoredValue): string | undefined => ('uri' in v.typed ? v.typed.uri : undefined);
const numberOf = (v: StoredValue): number | undefined =>
	'number' in v.typed && typeof v.typed.number === 'number' ? v.typed.number : 'jd' in v.typed ? v.typed.jd : undefined;

/** The end of the period a date names at its precision: the next year, month, day, or second, minute, hour. */
function upperLimit(date: DateValue): number {
	const { calendar, year, month = 1, day = 1 } = date;
	const next = (y: number) => (y === -1 ? 1 : y + 1);
	switch (date.precision) {
		case 'year':
			return dateToJd(calendar, next(year), 1, 1);
		case 'month':
			return month === 12 ? dateToJd(calendar, next(year), 1, 1) : dateToJd(calendar, year, month + 1, 1);
		case 'day':
			return dateToJd(calendar, year, month, day) + 1;
		default: {
			const step = (date.second ?? 0) > 0 ? 1 : (date.minute ?? 0) > 0 ? 60 : (date.hour ?? 0) > 0 ? 3600 : 86400;
			return date.jd + step / 86400;
		}
	}
}

/** A date condition: by Julian day; `~` is the period the date's precision names (`~Jun 2011` is that month). */
function dateTest(comparator: Comparator, date: DateValue): Test {
	if (comparator !== 'like' && comparator !== 'nlike') return numberTest(comparator, date.jd, numberOf);
	const end = upperLimit(date);
	const inside = comparator === 'like';
	return (v) => {
		const jd = numberOf(v);
		return jd !== undefined && (jd >= date.jd && jd < end) === inside;
	};
}

/**
 * A page condition value: `=`/`!` by identity (the title capitalised and through redirects); other comparators on the
 * sort key of the page named (Semantic MediaWiki compares page values by sort key), the pattern's first letter
 * capitalised like a title; a namespace written before the name must match too (`~Help:A*`). A property whose
 * values are in one namespace (`Subcategory of`) reads a name written without it in that namespace.
 */
function pageTest(
	store: QueryStore,
	comparator: Comparator,
	given: string,
	contains: boolean,
	valueNamespace: string | undefined,
): ValueOutcome {
	const written = given
		.trim()
		.replace(/^\[\[(.*)\]\]$/su, '$1')
		.trim();
	const colonAt = written.indexOf(':');
	const bare =
		valueNamespace && written !== '' && !(colonAt > 0 && store.namespace(written.slice(0, colonAt)))
			? `${valueNamespace}:${written}`
			: written;
	if (comparator === 'eq' || comparator === 'neq') {
		if (bare === '') return problem('smw-datavalue-wikipage-empty', 'The value is empty, so it names no page.');
		const title = store.readTitle(bare);
		if (!title)
			return problem(
				'smw-datavalue-wikipage-property-invalid-title',
				`The value \`${bare}\` contains characters a page name cannot have (\`[]{}|<>\`), so it names no page.`,
			);
		const page = store.resolve(title.id);
		const key = title.fragment ? `${page}#${title.fragment.replace(/ /gu, '_')}` : page;
		const equal = comparator === 'eq';
		return made(comparator, given, (v) => v.target !== undefined && (store.entities[v.target]!.key === key) === equal);
	}
	const colon = bare.indexOf(':');
	const namespace = colon > 0 ? store.namespace(bare.slice(0, colon)) : undefined;
	const rest = (namespace ? bare.slice(colon + 1) : bare).replace(/_/gu, ' ');
	const pattern = rest.charAt(0).toUpperCase() + rest.slice(1);
	const sortKeyTest = stringTest(comparator, pattern, contains, (v) =>
		v.target === undefined ? undefined : store.entities[v.target]!.sortKey,
	);
	if (!namespace) return made(comparator, given, sortKeyTest);
	return made(
		comparator,
		given,
		(v) => v.target !== undefined && store.entities[v.target]!.namespace === namespace.name && sortKeyTest(v),
	);
}

/** A typed value for equality tests, or the problem reading it. */
function read<T>(outcome: Outcome<T>): { value: T } | { problem: ValueProblem } {
	return outcome.ok
		? { value: outcome.value }
		: { problem: { code: outcome.error.key, message: outcome.error.message } };
}

/**
 * The test of one condition value (`[[P::value]]`) by the property's type, as Semantic MediaWiki's description
 * builders make it: the comparator taken off the front, the value read by the type (without the allowed-values
 * check: a value outside them simply matches nothing), then compared the type's way: text exactly (Keyword without
 * case), numbers and quantities after unit conversion, dates by Julian day, pages by identity or sort key.
 * @example valueTest(store, { name: 'Has number', type: '_num', ... }, '>5') // { test: { comparator: 'ge', ... } }
 */
export function valueTest(store: QueryStore, property: StoreProperty, written: string): ValueOutcome {
	const { comparator, value, contains } = extractComparator(written);
	const text = cleanValue(value);
	switch (property.type) {
		case '_wpg':
			return pageTest(store, comparator, value, contains, predefinedProperty(property.name)?.valueNamespace);
		case '_num':
		case '_qty':
		case '_tem': {
			const plain = comparator === 'like' || comparator === 'nlike' ? text.replace(/[~*!]/gu, '') : text;
			const parsed = read(
				property.type === '_num'
					? parseNumber(plain)
					: property.type === '_qty'
						? parseQuantity(plain, property.declaration.units)
						: parseTemperature(plain),
			);
			if ('problem' in parsed) return parsed;
			return made(comparator, written, numberTest(comparator, parsed.value.number, numberOf));
		}
		case '_dat': {
			const parsed = read(parseDate(text));
			if ('problem' in parsed) return parsed;
			return made(comparator, written, dateTest(comparator, parsed.value));
		}
		case '_boo': {
			const parsed = read(parseBoolean(text.toLowerCase()));
			if ('problem' in parsed) return parsed;
			const wanted = parsed.value.boolean;
			return made(
				comparator,
				written,
				(v) => 'boolean' in v.typed && (v.typed.boolean === wanted) === (comparator !== 'neq'),
			);
		}
		case '_uri':
		case '_anu': {
			if (comparator === 'like' || comparator === 'nlike')
				return made(comparator, written, stringTest(comparator, text.replace(/https?:\/\//gu, '*'), contains, uriOf));
			const parsed = parseUrl(text);
			return made(comparator, written, stringTest(comparator, parsed.ok ? parsed.value.uri : text, false, uriOf));
		}
		case '_ema': {
			const given =
				comparator === 'like' || comparator === 'nlike' || /^mailto:/iu.test(text) ? text : `mailto:${text}`;
			return made(comparator, written, stringTest(comparator, given, contains, uriOf));
		}
		case '_tel': {
			if (comparator === 'like' || comparator === 'nlike')
				return made(comparator, written, stringTest(comparator, text, contains, uriOf));
			const parsed = parseTelephone(text);
			return made(
				comparator,
				written,
				stringTest(comparator, parsed.ok ? parsed.value.uri : `tel:${text}`, false, uriOf),
			);
		}
		case '_keyw':
			return made(
				comparator,
				written,
				stringTest(comparator, keywordForm(text), contains, (v) => {
					const t = textOf(v);
					return t === undefined ? undefined : keywordForm(t);
				}),
			);
		case '_mlt_rec':
			return monolingualTest(comparator, written, text, contains);
		case '_rec':
		case '_ref_rec':
			return recordTest(store, property, written, value);
		default:
			if (text === '' && comparator === 'eq')
				return problem('smw_emptystring', 'The value is empty: write a value, or `+` for any value.');
			return made(comparator, written, stringTest(comparator, text, contains, textOf));
	}
}

/** `text@lang`: each part compared on its own, `?` for any (`?@ja`: any text in Japanese; `?@~zh*`). */
function monolingualTest(comparator: Comparator, written: string, text: string, contains: boolean): ValueOutcome {
	const at = text.lastIndexOf('@');
	const textPart = at < 0 ? text : text.slice(0, at);
	const langPart = at < 0 ? '' : text.slice(at + 1);
	const parts: Test[] = [];
	if (textPart !== '' && textPart !== '?') parts.push(stringTest(comparator, textPart, contains, textOf));
	if (langPart !== '' && langPart !== '?') {
		const lang = extractComparator(langPart);
		const code =
			lang.comparator === 'eq'
				? parseMonolingual(`x@${lang.value}`).ok
					? (parseMonolingual(`x@${lang.value}`) as { value: { lang: string } }).value.lang
					: lang.value
				: lang.value;
		parts.push(stringTest(lang.comparator, code, lang.contains, (v) => ('lang' in v.typed ? v.typed.lang : undefined)));
	}
	return made(comparator, written, (v) => 'lang' in v.typed && parts.every((t) => t(v)));
}

/** A Record value: `a;b;c`, each field tested by its own property's type (`?` or nothing: no condition). */
function recordTest(store: QueryStore, property: StoreProperty, written: string, value: string): ValueOutcome {
	const fields = property.declaration.fields ?? [];
	if (fields.length === 0)
		return problem(
			'smw-datavalue-record-invalid-property-declaration',
			`The property \`${property.name}\` declares no fields: declare them with \`[[Has fields::A;B]]\`.`,
		);
	const parts = value.split(/(?<!\\);/u).map((p) => p.replace(/\\;/gu, ';').trim());
	const tests: { index: number; test: Test }[] = [];
	for (const [index, part] of parts.entries()) {
		if (part === '' || part === '?' || index >= fields.length) continue;
		const field = store.property(fields[index]!);
		const outcome = valueTest(store, field, part);
		if ('problem' in outcome) return outcome;
		tests.push({ index, test: outcome.test.test });
	}
	return made('eq', written, (v) => {
		if (!('fields' in v.typed)) return false;
		const typed = v.typed.fields;
		return tests.every(({ index, test }) => {
			const field = typed[index];
			return field !== null && field !== undefined && test(fieldValue(store, fields[index]!, field));
		});
	});
}

/** One field of a stored record as a stored value of its field property. */
function fieldValue(store: QueryStore, property: string, typed: Exclude<TypedValue, { fields: unknown }>): StoredValue {
	const type = store.property(property).type;
	if ('page' in typed) return { type, typed, written: typed.page, target: store.entityFor(typed.page, typed.fragment) };
	return { type, typed, written: '' };
}
