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

/** Canonical spelling of a namespace prefix: page namespaces and `Category` matched case-insensitively, others capitalised. */
function canonicalNamespace(raw: string): string {
	const trimmed = normalizeName(raw);
	const known = NAMESPACE_BY_LOWER.get(trimmed.toLowerCase());
	if (known) return known;
	if (trimmed.toLowerCase() === 'category') return 'Category';
	return trimmed;
}

/**
 * Parses a link target or property value into a title. A prefix before the first `:` is a namespace when it
 * is a single word (letters, digits, `_`, space); otherwise the whole text is a main-namespace name.
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
	if (colon > 0 && /^[\p{L}\p{N}_ ]+$/u.test(text.slice(0, colon))) {
		namespace = canonicalNamespace(text.slice(0, colon));
		text = text.slice(colon + 1);
	}
	const name = normalizeName(text);
	if (name === '') return undefined;
	const id = (namespace ? `${namespace}:${toDbKey(name)}` : toDbKey(name)) as PageId;
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

/**
 * Title of a page file from its type folder and file name (extension dropped, other dots kept).
 * @example titleFromFile('heuristics', 'Learning_Rate_Tuning.wiki') // id 'Heuristic:Learning_Rate_Tuning'
 */
export function titleFromFile(folder: keyof typeof PAGE_NAMESPACES, fileName: string): Title | undefined {
	// macOS stores file names decomposed (NFD): compose them before looking for forbidden characters.
	const base = fileName.normalize('NFC').replace(/\.(wiki|mediawiki|md|txt)$/iu, '');
	if (/[[\]{}|<>#]/u.test(base)) return undefined;
	const name = normalizeName(base);
	if (name === '') return undefined;
	const namespace = PAGE_NAMESPACES[folder];
	return { id: `${namespace}:${toDbKey(name)}` as PageId, namespace, name };
}

/**
 * The file that would hold a page of one of the five types: its type folder, its name, and the extension of
 * `likeFile` (a page linked from `.md` pages is best written as `.md`), else `.wiki`.
 * @example pageFileFor('Principle', 'Quantization', 'heuristics/A.md') // 'principles/Quantization.md'
 */
export function pageFileFor(namespace: PageType, name: string, likeFile?: string): string {
	const folder = Object.keys(PAGE_NAMESPACES).find((f) => PAGE_NAMESPACES[f as keyof typeof PAGE_NAMESPACES] === namespace)!;
	const extension = (likeFile && /\.[^./]+$/u.exec(likeFile)?.[0]) || '.wiki';
	return `${folder}/${toDbKey(name)}${extension}`;
}
