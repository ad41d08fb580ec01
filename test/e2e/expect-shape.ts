/**
 * Compares only the fields an expectation names, so e2e tests are strict where a careful reader (and the SPEC)
 * is, and silent elsewhere. `project(actual, expected)` copies from `actual` exactly the keys `expected` has;
 * `expect(project(a, e)).toEqual(e)` then fails with a readable diff of just those fields.
 */

/** JSON value as read from an expected.json file. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Keys whose object value is compared whole (an extra `min` in `modelParams` is a different condition). */
const WHOLE = new Set(['modelParams']);

/** Keys whose array value is a set: order is not the reader's concern (`tasks` of `RLHF/DPO/GRPO`). */
const SETS = new Set(['tasks']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Numbers equal up to float noise (`2 × 10^-4` may be computed as 0.00019999999999999998). */
function sameNumber(a: number, e: number): boolean {
	return a === e || Math.abs(a - e) <= 1e-9 * Math.abs(e);
}

/**
 * The part of `actual` that `expected` speaks about. `null` in `expected` means "absent": an absent actual
 * value becomes `null`, a present one stays visible so the diff shows it.
 * @example project({ a: 1, b: 2 }, { a: 1 }) // { a: 1 }
 */
export function project(actual: unknown, expected: Json): unknown {
	if (expected === null) return actual === undefined ? null : actual;
	if (typeof expected === 'number' && typeof actual === 'number')
		return sameNumber(actual, expected) ? expected : actual;
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual)) return actual;
		return actual.map((item, i) => project(item, expected[i] ?? expected[0] ?? null));
	}
	if (isObject(expected)) {
		if (!isObject(actual)) return actual;
		const out: Record<string, unknown> = {};
		for (const [key, want] of Object.entries(expected)) {
			if (key.startsWith('$')) continue;
			const got = actual[key];
			if (WHOLE.has(key) || (isObject(want) && Object.keys(want).length === 0))
				out[key] = got === undefined && want === null ? null : normaliseNumbers(got, want);
			else if (SETS.has(key) && Array.isArray(got)) out[key] = [...got].sort();
			else out[key] = project(got, want);
		}
		return out;
	}
	return actual;
}

/** Replaces numbers in `actual` that equal the expected ones up to float noise, keeping every other field. */
function normaliseNumbers(actual: unknown, expected: Json): unknown {
	if (!isObject(actual) || !isObject(expected)) return project(actual, expected ?? null);
	const out: Record<string, unknown> = { ...actual };
	for (const [key, want] of Object.entries(expected)) {
		const got = actual[key];
		if (typeof want === 'number' && typeof got === 'number' && sameNumber(got, want)) out[key] = want;
	}
	return out;
}

/** Sorts the `tasks` arrays inside an expectation the way `project` sorts the actual ones. */
export function sortSets(expected: Json): Json {
	if (Array.isArray(expected)) return expected.map(sortSets);
	if (isObject(expected)) {
		const out: Record<string, Json> = {};
		for (const [key, value] of Object.entries(expected)) {
			if (key.startsWith('$')) continue;
			out[key] = SETS.has(key) && Array.isArray(value) ? [...value].sort() : sortSets(value);
		}
		return out;
	}
	return expected;
}
