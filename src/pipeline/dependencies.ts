import { hashContent, parseTitle, type SourceFile } from '../load/index.ts';
import type { ParsedPage } from '../parse/index.ts';

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

/**
 * The pages template calls may transclude: every `Template:` page, and the other pages a call names with a
 * namespace or a leading colon (`{{:Main page}}`, `{{Help:Box}}`), so the texts sent to the parse workers stay small.
 */
export function transcludedPages(files: readonly SourceFile[]): SourceFile[] {
	const named = new Set<string>();
	for (const file of files) {
		for (const m of file.text.matchAll(/\{\{\s*([^{}|#\n]+?)\s*(?=\||\}\})/gu)) {
			const name = m[1]!;
			if (!name.includes(':') || name.startsWith('#')) continue;
			const title = parseTitle(name);
			if (title) named.add(title.id);
		}
	}
	return files.filter((f) => f.namespace === 'Template' || named.has(f.id));
}

/**
 * What a page's template expansion read, as it is now: each template it looked up (its text's digest, or `-` when
 * there is none) and each page `{{#ifexist:}}` asked about (`1`/`0`). A cached page whose expansion read something
 * that has changed since is parsed again. `''` for a page that expands nothing.
 * @param templates the text of every page that template calls may transclude, by id
 */
export function expansionSignature(
	templates: ReadonlyMap<string, string>,
	existing: ReadonlySet<string>,
): (page: ParsedPage) => string {
	const digests = new Map([...templates].map(([id, text]) => [id, hashContent(text).slice(0, 16)]));
	return (page) => {
		const use = page.expansion;
		if (!use) return '';
		return [
			...use.templates.map((id) => `${id}=${digests.get(id) ?? '-'}`),
			...use.checked.map((id) => `?${id}=${existing.has(id) ? 1 : 0}`),
		].join('\n');
	};
}
