import type { Element, ElementContent } from 'hast';
import { urlFor, domainId as graphDomainId } from '../graph/index.ts';
import { normalizeName, parseTitle } from '../load/index.ts';
import type { RenderState } from './state.ts';
import { EXTERNAL_REL } from './urls.ts';

export { EXTERNAL_REL, isExternalUrl, leavesSite } from './urls.ts';

/** A link out of the site: class `external`, `rel="noopener nofollow"`. */
export function externalLink(
	state: RenderState,
	url: string,
	children: ElementContent[],
	extraClass?: string,
): Element {
	const a: Element = { type: 'element', tagName: 'a', properties: { href: url.trim() }, children };
	return state.slots.trust(a, { className: extraClass ? ['external', extraClass] : ['external'], rel: EXTERNAL_REL });
}

/**
 * A link to a page of the site from a title as written (`Heuristic:X`, `:Category:Y`, `Page#Part`); a title
 * with no page gets class `new` (a red link) and still its url. Returns undefined when `target` is no title.
 */
export function wikiLink(state: RenderState, target: string, children: ElementContent[]): Element | undefined {
	const trimmed = target.trim();
	if (trimmed.startsWith('#')) {
		const fragment = trimmed.slice(1).trim().replace(/\s+/gu, '_');
		return { type: 'element', tagName: 'a', properties: { href: `#${fragment}` }, children };
	}
	const title = parseTitle(trimmed);
	if (!title) return undefined;
	return pageLink(state, title.id, title.fragment, children);
}

/** A link to the page with canonical id `id`, red (class `new`) when it has no page. */
export function pageLink(
	state: RenderState,
	id: string,
	fragment: string | undefined,
	children: ElementContent[],
): Element {
	const hash = fragment ? `#${fragment.replace(/\s+/gu, '_')}` : '';
	const a: Element = { type: 'element', tagName: 'a', properties: { href: `${urlFor(id)}${hash}` }, children };
	return state.ctx.pageExists(id) ? a : state.slots.trust(a, { className: ['new'] });
}

/**
 * A title as a link shows it when the link has no text of its own: MediaWiki shows titles with spaces, and
 * without the leading `:` of `[[:Category:X]]`.
 * @example titleText(':Category:Fine_Tuning') // 'Category:Fine Tuning'
 */
export function titleText(target: string): string {
	return target.replace(/^\s*:/u, '').replace(/_+/gu, ' ');
}

/** Plain text node. */
export function text(value: string): ElementContent {
	return { type: 'text', value };
}

/**
 * Canonical form of a property name for comparison: `_`/space-insensitive, first letter case-insensitive.
 * @example propertyKey('last_updated') // 'Last updated'
 */
export function propertyKey(name: string): string {
	return normalizeName(name);
}

/** Id of the graph's node of a `domain` value (the graph's own rule, so every spelling links to the one node). */
export function domainId(value: string): string | undefined {
	return graphDomainId(value);
}
