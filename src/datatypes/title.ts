/** The parts of a normalised page title, as MediaWiki forms it. */
export interface TitleParts {
	/** Canonical id `Namespace:Name_with_underscores` (or `Name` in the main namespace). */
	readonly id: string;
	/** Namespace as canonically spelled (`Heuristic`, `Concept`, `Category`), or `''` for the main namespace. */
	readonly namespace: string;
	/** Name with spaces, first letter capitalised. */
	readonly name: string;
	/** `#fragment` part without `#`, if any. */
	readonly fragment?: string;
}

/** The canonical name of the namespace a title prefix names (`help` -> `Help`, `Image` -> `File`), undefined for none. */
export type NamespaceLookup = (prefix: string) => string | undefined;

/**
 * Normalises the name part of a title the MediaWiki way: `_` and runs of whitespace become one space,
 * trimmed, first letter upper-cased (the rest kept), Unicode NFC.
 * @example normalizeName('learning_rate__tuning ') // 'Learning rate tuning'
 */
export function normalizeName(raw: string): string {
	const spaced = raw
		.normalize('NFC')
		.replace(/[_\s]+/gu, ' ')
		.trim();
	if (spaced === '') return '';
	const first = String.fromCodePoint(spaced.codePointAt(0)!);
	return first.toUpperCase() + spaced.slice(first.length);
}

/** Spaces to underscores. @example toDbKey('Learning Rate') // 'Learning_Rate' */
export function toDbKey(name: string): string {
	return name.replace(/ /g, '_');
}

/**
 * The title of a name in a namespace (both canonical already).
 * @example titleOf('User talk', 'Ann') // { id: 'User_talk:Ann', namespace: 'User talk', name: 'Ann' }
 */
export function titleOf(namespace: string, name: string, fragment?: string): TitleParts {
	const id = namespace ? `${toDbKey(namespace)}:${toDbKey(name)}` : toDbKey(name);
	return fragment === undefined ? { id, namespace, name } : { id, namespace, name, fragment };
}

/** A prefix that reads as a namespace though no namespace has that name: one word of letters, digits, `_`, spaces. */
const OPEN_NAMESPACE = /^[\p{L}\p{N}_ ]*[\p{L}\p{N}][\p{L}\p{N}_ ]*$/u;

/**
 * Reads a link target or property value as a title. A prefix before the first `:` is a namespace when `lookup`
 * knows it or it is a single word (letters, digits, `_`, space), an open namespace (kapso knowledge bases link to
 * `Tool:` and `Library:` titles as namespaces of their own, capitalised); otherwise the whole text is a
 * main-namespace name. Returns `undefined` for text that cannot be a title (empty, or holding `[]{}|<>`).
 * Pure: the namespaces in force come in through `lookup`, so the browser reads titles as the build did.
 * @example readTitle('help:foo_bar#X', (p) => (p.toLowerCase() === 'help' ? 'Help' : undefined)) // { id: 'Help:Foo_bar', namespace: 'Help', name: 'Foo bar', fragment: 'X' }
 */
export function readTitle(raw: string, lookup: NamespaceLookup): TitleParts | undefined {
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
	const known = prefix ? lookup(prefix) : undefined;
	if (known !== undefined || (prefix && OPEN_NAMESPACE.test(prefix))) {
		namespace = known ?? normalizeName(prefix);
		text = text.slice(colon + 1);
	}
	const name = normalizeName(text);
	// only one leading colon is the "main namespace" mark; a name cannot start with another
	if (name === '' || name.startsWith(':')) return undefined;
	return titleOf(namespace, name, fragment);
}
