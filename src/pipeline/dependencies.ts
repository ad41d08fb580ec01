import { parseTitle } from '../load/title.ts';
import type { ParsedPage } from '../parse/types.ts';

/**
 * Ids of the pages a page's HTML depends on (its wiki links and property values that are titles), sorted and
 * unique: a rendered page must be redone when one of them appears or disappears (red links).
 */
export function linkDependencies(page: ParsedPage): string[] {
	const ids = new Set<string>();
	for (const link of page.links) {
		if (link.kind === 'wiki') addTitle(ids, link.target);
		if (link.page) addTitle(ids, link.page);
	}
	for (const fact of page.facts) addTitle(ids, fact.value);
	return [...ids].sort();
}

function addTitle(ids: Set<string>, text: string): void {
	const title = parseTitle(text);
	if (title) ids.add(title.id);
}
