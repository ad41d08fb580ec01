import type { Comparator } from './types.ts';

/**
 * Semantic MediaWiki's comparators (`smwgQComparators`), in the order `QueryComparator` tries them as a prefix of a
 * value. Non-strict by default (`smwStrictComparators = false`): `<` means at most, `>` at least; `<<` and `>>` are
 * strict. `in:` is "contains" for text and pages and a range for numbers and dates; `not:` its negation;
 * `like:`/`nlike:` are `~`/`!~`; `phrase:` is read as `in:` (no full-text index here). `>=`, `<=` and `!=` are not
 * comparators: `>=5` is `>` and the value `=5`.
 */
const PREFIXES: readonly (readonly [string, Comparator, 'contains'?])[] = [
	['like:', 'like'],
	['nlike:', 'nlike'],
	['in:', 'like', 'contains'],
	['not:', 'nlike'],
	['phrase:', 'like', 'contains'],
	['!~', 'nlike'],
	['<<', 'lt'],
	['>>', 'gt'],
	['<', 'le'],
	['>', 'ge'],
	['≤', 'le'],
	['≥', 'ge'],
	['!', 'neq'],
	['~', 'like'],
];

/** A value with its comparator taken off the front. */
export interface ComparedValue {
	readonly comparator: Comparator;
	/** The value after the comparator (leading spaces kept: most types ignore them). */
	readonly value: string;
	/** `in:` / `phrase:`: match the value anywhere (`*value*` for text), or as a range (numbers, dates). */
	readonly contains: boolean;
	/** Characters the comparator took. */
	readonly length: number;
}

/**
 * Takes the comparator off the front of a condition value, as `QueryComparator::extractComparatorFromString`.
 * @example extractComparator('>=5') // { comparator: 'ge', value: '=5', contains: false, length: 1 }
 * @example extractComparator('in:abc') // { comparator: 'like', value: 'abc', contains: true, length: 3 }
 */
export function extractComparator(text: string): ComparedValue {
	for (const [prefix, comparator, contains] of PREFIXES) {
		if (text.startsWith(prefix))
			return { comparator, value: text.slice(prefix.length), contains: contains === 'contains', length: prefix.length };
	}
	return { comparator: 'eq', value: text, contains: false, length: 0 };
}

/** Does `a` compare to `b` as the comparator asks? (`order` is `a` minus `b`, or its sign.) */
export function ordered(comparator: Comparator, order: number): boolean {
	switch (comparator) {
		case 'eq':
			return order === 0;
		case 'neq':
			return order !== 0;
		case 'lt':
			return order < 0;
		case 'gt':
			return order > 0;
		case 'le':
			return order <= 0;
		case 'ge':
			return order >= 0;
		default:
			return false;
	}
}

/** The written form of a comparator, for query strings and messages. */
export function comparatorText(comparator: Comparator): string {
	return { eq: '', neq: '!', lt: '<<', gt: '>>', le: '<', ge: '>', like: '~', nlike: '!~' }[comparator];
}
