/** Characters that mean something in wikitext or HTML somewhere in a line. */
const SPECIAL = /[&<>[\]{}|'=*#:;~_!\-]/gu;

/**
 * Plain text as wikitext that shows exactly that text: every character wikitext could read as markup (links,
 * templates, tables, bold, lists, tags, entities, magic words) written as a character reference.
 * @example escapeWikitext("[[x]] ''y''") // '&#91;&#91;x&#93;&#93; &#39;&#39;y&#39;&#39;'
 */
export function escapeWikitext(text: string): string {
	return text.replace(SPECIAL, (c) => `&#${c.codePointAt(0)};`).replace(/\n/gu, ' ');
}

/**
 * A Text value as a result shows it: its wikitext, with annotations in it shown as their text (`[[A::B]]` is `B`,
 * `[[A::B|C]]` is `C`), as Semantic MediaWiki's printouts do (unless `#-raw`).
 * @example neutralizeAnnotations('see [[Has x::Foo|the foo]]') // 'see the foo'
 */
export function neutralizeAnnotations(text: string): string {
	return text.replace(
		/\[\[([^[\]|]*?)::([^[\]|]*?)(?:\|([^[\]]*))?\]\]/gu,
		(_m, _p: string, value: string, caption: string | undefined) => caption ?? value,
	);
}

/**
 * An internal link in wikitext to a page id (`Help:Foo_bar`, `Page#Part`), with a caption shown as plain text.
 * @example pageLink('Help:Foo_bar', 'Foo bar') // '[[:Help:Foo_bar|Foo bar]]'
 */
export function pageLink(id: string, caption: string): string {
	return `[[:${id}|${escapeWikitext(caption)}]]`;
}

/**
 * An external link in wikitext with a caption shown as plain text; undefined for a URL wikitext cannot link
 * (spaces or brackets in it).
 * @example externalLink('https://x.org/a', 'x') // '[https://x.org/a x]'
 */
export function externalLink(url: string, caption: string): string | undefined {
	if (/[\s[\]<>"]/u.test(url)) return undefined;
	return `[${url} ${escapeWikitext(caption)}]`;
}
