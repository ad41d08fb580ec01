import type { TypeId } from '../datatypes/index.ts';
import type { PageType } from '../load/index.ts';
import type { KnownRelation } from './types.ts';

/** What a property's value is read as. `title`: a page title (the edge target); the rest are tags and data. */
export type ValueKind = 'title' | 'tag' | 'source' | 'date' | 'text';

/** One registry entry: where the property belongs, what its value is, and which edge it makes. */
export interface PropertySpec {
	/** The Semantic MediaWiki type its values are typed as in `graph.json` (a domain and a source are pages: their nodes). */
	readonly type: TypeId;
	/** Page types expected to write it; `any` for all. */
	readonly writtenOn: 'any' | readonly PageType[];
	readonly value: ValueKind;
	/** Namespaces a `title` value is expected in; `any` for all. */
	readonly valueTypes?: 'any' | readonly PageType[];
	/** The normalized relation (absent: a page attribute or node data). */
	readonly relation?: KnownRelation;
	/** `forward`: page -> value; `inverse`: value -> page; `symmetric`: one undirected edge. */
	readonly direction?: 'forward' | 'inverse' | 'symmetric';
	/** Repeated edges keep their first-written order (`order` on the edge). */
	readonly ordered?: boolean;
	/**
	 * An old convention: written on this page type with a value outside `valueTypes`, the property means the
	 * inverse edge (value -> page), reported with `rule`.
	 */
	readonly reversedOn?: {
		readonly pageType: PageType;
		readonly rule: 'convention-mismatch' | 'requires-env-misuse';
		readonly write: string;
	};
}

/** A related page, either way round: `related` and `related_to` alike. */
const RELATED = {
	type: '_wpg',
	writtenOn: 'any',
	value: 'title',
	valueTypes: 'any',
	relation: 'related',
	direction: 'symmetric',
} as const satisfies PropertySpec;

/**
 * THE property registry (SPEC 1 "Property registry"): every known property and its meaning, in one table.
 * Keys are normalized names (see {@link normalizePropertyName}). Anything not here is kept as written.
 */
export const PROPERTIES = {
	/** Domain tag of the page: `Fine_Tuning` = `Fine Tuning`, matched case-insensitively. Page -> Domain. */
	domain: { type: '_wpg', writtenOn: 'any', value: 'tag', relation: 'domain', direction: 'forward' },
	/** A cited source `Type|Title|URL` (third part may be a path or free text; two-part form allowed). Page -> Source. */
	source: { type: '_wpg', writtenOn: 'any', value: 'source', relation: 'source', direction: 'forward' },
	/** Date of the page's last update: `YYYY-MM-DD HH:MM GMT` or `YYYY-MM-DD`; stored on the node as ISO 8601. */
	last_updated: { type: '_dat', writtenOn: 'any', value: 'date' },
	/** The repository a workflow is about: a URL or a placeholder; a page attribute. */
	github_url: { type: '_uri', writtenOn: ['Workflow'], value: 'text' },
	/** One step of a workflow, a Principle. Workflow -step-> Principle; a repeated step is one edge, ordered. */
	step: {
		type: '_wpg',
		writtenOn: ['Workflow'],
		value: 'title',
		valueTypes: ['Principle'],
		relation: 'step',
		direction: 'forward',
		ordered: true,
	},
	/** The principle an implementation implements. Implementation -implements-> Principle. */
	implements: {
		type: '_wpg',
		writtenOn: ['Implementation'],
		value: 'title',
		valueTypes: ['Principle'],
		relation: 'implements',
		direction: 'forward',
	},
	/** Inverse of `implements`, written on the Principle. Implementation -implements-> Principle. */
	implemented_by: {
		type: '_wpg',
		writtenOn: ['Principle'],
		value: 'title',
		valueTypes: ['Implementation'],
		relation: 'implements',
		direction: 'inverse',
	},
	/**
	 * The environment an implementation needs. Implementation -requires_env-> Environment. Written on an
	 * Environment page naming an Implementation, it means `required_by` (reversed, reported).
	 */
	requires_env: {
		type: '_wpg',
		writtenOn: ['Implementation'],
		value: 'title',
		valueTypes: ['Environment'],
		relation: 'requires_env',
		direction: 'forward',
		reversedOn: { pageType: 'Environment', rule: 'requires-env-misuse', write: 'required_by' },
	},
	/** Inverse of `requires_env`, written on the Environment. Implementation -requires_env-> Environment. */
	required_by: {
		type: '_wpg',
		writtenOn: ['Environment'],
		value: 'title',
		valueTypes: ['Implementation'],
		relation: 'requires_env',
		direction: 'inverse',
	},
	/**
	 * A heuristic the page uses. X -uses_heuristic-> Heuristic. Written on a Heuristic page naming a
	 * non-heuristic (the old "Used By" convention), it means that page uses this heuristic (reversed, reported).
	 */
	uses_heuristic: {
		type: '_wpg',
		writtenOn: 'any',
		value: 'title',
		valueTypes: ['Heuristic'],
		relation: 'uses_heuristic',
		direction: 'forward',
		reversedOn: { pageType: 'Heuristic', rule: 'convention-mismatch', write: 'used_by' },
	},
	/** The new "Used By" convention, written on the Heuristic. X -uses_heuristic-> Heuristic. */
	used_by: {
		type: '_wpg',
		writtenOn: ['Heuristic'],
		value: 'title',
		valueTypes: 'any',
		relation: 'uses_heuristic',
		direction: 'inverse',
	},
	/** A related page, either way round. Symmetric `related`. */
	related: RELATED,
	/** Same as `related`. */
	related_to: RELATED,
} as const satisfies Record<string, PropertySpec>;

/** A property name in the registry. */
export type KnownProperty = keyof typeof PROPERTIES;

/** Reader-facing labels of each relation, for the edge's source (`out`) and target (`in`) side. */
export const RELATION_LABELS = {
	step: { out: 'Steps', in: 'Step of' },
	implements: { out: 'Implements', in: 'Implemented by' },
	requires_env: { out: 'Requires environment', in: 'Required by' },
	uses_heuristic: { out: 'Uses heuristics', in: 'Used by' },
	related: { out: 'Related', in: 'Related' },
	domain: { out: 'Domains', in: 'Pages in this domain' },
	source: { out: 'Sources', in: 'Cited by' },
	category: { out: 'Categories', in: 'Pages in this category' },
	link: { out: 'Links to', in: 'Linked from' },
	redirect: { out: 'Redirects to', in: 'Redirects here' },
} as const satisfies Record<KnownRelation, { out: string; in: string }>;

/**
 * Normalizes a property name: `_` and spaces are one character, case is ignored (the corpus writes
 * properties in lower snake case; `Uses_Heuristic` means the same).
 * @example normalizePropertyName(' Uses Heuristic ') // 'uses_heuristic'
 */
export function normalizePropertyName(name: string): string {
	return name
		.normalize('NFC')
		.trim()
		.replace(/[\s_]+/gu, '_')
		.replace(/^_+|_+$/g, '')
		.toLowerCase();
}

/** The registry entry of a property name as written, or `undefined` for an unknown property. */
export function lookupProperty(name: string): (PropertySpec & { readonly name: KnownProperty }) | undefined {
	const key = normalizePropertyName(name);
	return Object.hasOwn(PROPERTIES, key)
		? { ...(PROPERTIES[key as KnownProperty] as PropertySpec), name: key as KnownProperty }
		: undefined;
}

/** Levenshtein distance, for "Did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length]!;
}

/**
 * The property closest to an unknown one, when it is close enough to be a typo (distance at most 2, or 3 for
 * long names): registered properties first, then `others` (e.g. names the rest of the content uses).
 * @example suggestProperty('lastupdated') // 'last_updated'
 */
export function suggestProperty(name: string, others: Iterable<string> = []): string | undefined {
	const key = normalizePropertyName(name);
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const known of [...Object.keys(PROPERTIES), ...others]) {
		const d = known === key ? Infinity : editDistance(key, known);
		if (d < bestDistance) [best, bestDistance] = [known, d];
	}
	const limit = key.length >= 10 ? 3 : 2;
	return bestDistance <= limit && bestDistance < key.length ? best : undefined;
}
