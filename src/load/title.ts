import { normalizeName, readTitle, titleOf as titleParts, toDbKey, type TitleParts } from '../datatypes/index.ts';
import { namespaces } from './namespaces.ts';
import { PAGE_NAMESPACES, type PageId, type PageType } from './types.ts';

const NAMESPACE_BY_LOWER = new Map<string, PageType>(
	Object.values(PAGE_NAMESPACES).map((ns) => [ns.toLowerCase(), ns]),
);

/** The parts of a normalised title (see `readTitle`), with the id branded. */
export interface Title extends TitleParts {
	/** Canonical id `Namespace:Name_with_underscores` (or `Name` in the main namespace). */
	readonly id: PageId;
}

export { normalizeName, toDbKey };

/**
 * The title a page shows: its display title as written (a title line, `{{DISPLAYTITLE:}}`), except that a display
 * title which only spells the page's own title (`# Environment: huggingface_peft_Core_Environment` on
 * `Huggingface_peft_Core_Environment`, `{{DISPLAYTITLE:help:foo_bar}}` on `Help:Foo_bar`) reads as MediaWiki shows
 * titles, with spaces; with no display title, the name.
 * @param namespace the page's namespace: a display title may spell it too
 * @example shownTitle('huggingface_peft_Core', 'Huggingface peft Core') // 'huggingface peft Core'
 * @example shownTitle('help:foo_bar', 'Foo bar', 'Help') // 'help:foo bar'
 * @example shownTitle('check_repo.py', 'Check repo') // 'check_repo.py'
 */
export function shownTitle(written: string | undefined, name: string, namespace = ''): string {
	if (!written) return name;
	const spellsName =
		normalizeName(written) === name || (namespace !== '' && parseTitle(written)?.id === titleOf(namespace, name).id);
	return spellsName ? written.replace(/[_\s]+/gu, ' ').trim() : written;
}

/**
 * Parses a link target or property value into a title, with the namespaces in force (see `readTitle`).
 * Returns `undefined` for text that cannot be a title (empty, or holding `[]{}|<>`).
 * @example parseTitle('heuristic:learning_rate_tuning#Values') // { id: 'Heuristic:Learning_rate_tuning', namespace: 'Heuristic', name: 'Learning rate tuning', fragment: 'Values' }
 */
export function parseTitle(raw: string): Title | undefined {
	return readTitle(raw, (prefix) => namespaces().byName(prefix)?.name) as Title | undefined;
}

/**
 * The title of a name in a namespace (both canonical already).
 * @example titleOf('User talk', 'Ann') // { id: 'User_talk:Ann', namespace: 'User talk', name: 'Ann' }
 */
export function titleOf(namespace: string, name: string, fragment?: string): Title {
	return titleParts(namespace, name, fragment) as Title;
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
