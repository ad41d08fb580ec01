/**
 * Serialises a value to JSON with object keys in sorted order, two-space indent and a trailing newline,
 * so the same data always gives the same bytes (`compact`: no indentation). `undefined` fields are dropped;
 * non-finite numbers are an error.
 * @example stableStringify({ b: 1, a: [2] }) // '{\n  "a": [\n    2\n  ],\n  "b": 1\n}\n'
 */
export function stableStringify(value: unknown, options: { readonly compact?: boolean } = {}): string {
	return JSON.stringify(sortKeys(value), null, options.compact ? undefined : 2) + '\n';
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value === 'number' && !Number.isFinite(value))
		throw new TypeError(`Cannot write the non-finite number ${value} as JSON.`);
	if (value === null || typeof value !== 'object') return value;
	// Without a prototype, even a key named `__proto__` is written as data.
	const sorted: Record<string, unknown> = Object.create(null);
	for (const key of Object.keys(value).sort()) {
		const v = (value as Record<string, unknown>)[key];
		if (v !== undefined) sorted[key] = sortKeys(v);
	}
	return sorted;
}
