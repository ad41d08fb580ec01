import { namespaces } from './namespaces.ts';
import { PAGE_NAMESPACES, type PageId, type PageType } from './types.ts';

const NAMESPACE_BY_LOWER = new Map<string, PageType>(
	Object.values(PAGE_NAMESPACES).map((ns) => [ns.toLowerCase(), ns]),
);

/** The parts of a normalised title. */
export interface Title {
	/** Canonical id `Namespace:Name_with_underscores` (or `Name` in the main namespace). */
	readonly id: PageId;
	/** Namespace as canonically spelled (`Heuristic`, `Concept`, `Category`), or `''` for the main namespace. */
	readonly namespace: string;
	/** Name with spaces, first letter capitalised. */
	readonly name: string;
	/** `#fragment` part without `#`, if any. */
	readonly fragment?: string;
}

/**
 * Normalises the name part of a title the MediaWiki way: `_` and runs of whitespace become one space,
 * trimmed, first letter upper-cased (the rest kept), Unicode NFC.
 * @example normalizeName('learning_rate__tuning ') // 'Learning rate tuning'
 */
export function normalizeName(raw: string): string {
	const spaced = raw.normalize('NFC').replace(/[_\s]+/gu, ' ').trim();
	if (spaced === '') return '';
	const first = String.fromCodePoint(spaced.codePointAt(0)!);
	return first.toUpperCase() + spaced.slice(first.length);
}

/** Spaces to underscores. @example toDbKey('Learning Rate') // 'Learning_Rate' */
export function toDbKey(name: string): string {
	return name.replace(/ /g, '_');
}

/**
 * Canonical spelling of a namespace prefix: a known namespace (MediaWiki's, Semantic MediaWiki's, the five page
 * types, custom ones) or its alias case-insensitively (`image` -> `File`); any other word capitalised, as an
 * open namespace (`Tool`, `Library`: kapso knowledge bases link to such titles as namespaces of their own).
 */
function canonicalNamespace(raw: string): string {
	return namespaces().byName(raw)?.name ?? normalizeName(raw);
}

/**
 * Parses a link target or property value into a title. A prefix before the first `:` is a namespace when it names
 * one (see {@link canonicalNamespace}) or is a single word (letters, digits, `_`, space), an open namespace;
 * otherwise the whole text is a main-namespace name.
 * Returns `undefined` for text that cannot be a title (empty, or holding `[]{}|<>`).
 * @example parseTitle('heuristic:learning_rate_tuning#Values') // { id: 'Heuristic:Learning_rate_tuning', namespace: 'Heuristic', name: 'Learning rate tuning', fragment: 'Values' }
 */
export function parseTitle(raw: string): Title | undefined {
	// NFC first, as MediaWiki: `≮` decomposes to `<` + U+0338, which must not read as a forbidden `<`.
	let text = raw.normalize('NFC').trim();
	if (text.startsWith(':')) text = text.slice(1);
	let fragment: string | undefined;
	const hash = text.indexOf('#');
	if (hash >= 0) {
		fragment = text.slice(hash + 1).trim() || undefined;
		text = text.slice(0, hash);
	}
	if (/[[\]{}|<>\n]/u.test(text)) return undefined;
	let namespace = '';
	const colon = text.indexOf(':');
	const prefix = colon > 0 ? text.slice(0, colon) : '';
	if (prefix && (namespaces().byName(prefix) || /^[\p{L}\p{N}_ ]*[\p{L}\p{N}][\p{L}\p{N}_ ]*$/u.test(prefix))) {
		namespace = canonicalNamespace(prefix);
		text = text.slice(colon + 1);
	}
	const name = normalizeName(text);
	// only one leading colon is the "main namespace" mark; a name cannot start with another
	if (name === '' || name.startsWith(':')) return undefined;
	return titleOf(namespace, name, fragment);
}

/**
 * The title of a name in a namespace (both canonical already).
 * @example titleOf('User talk', 'Ann') // { id: 'User_talk:Ann', namespace: 'User talk', name: 'Ann' }
 */
export function titleOf(namespace: string, name: string, fragment?: string): Title {
	const id = (namespace ? `${toDbKey(namespace)}:${toDbKey(name)}` : toDbKey(name)) as PageId;
	return fragment === undefined ? { id, namespace, name } : { id, namespace, name, fragment };
}

/**
 * The namespace of a page id (`''` for the main namespace).
 * @example namespaceOf('Heuristic:Learning_Rate_Tuning') // 'Heuristic'
 */
export function namespaceOf(id: string): string {
	const colon = id.indexOf(':');
	return colon > 0 ? id.slice(0, colon) : '';
}

/** Is this namespace one of the five page types? */
export function isPageType(namespace: string): namespace is PageType {
	return NAMESPACE_BY_LOWER.get(namespace.toLowerCase()) === namespace;
}
