import type { Element, Nodes, Properties, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { sanitizeCss } from './css-sanitize.ts';
import { EXTERNAL_REL, leavesSite } from './links.ts';
import { SANITIZE_SCHEMA, URL_PROTOCOLS, WIKITEXT_TAGS } from './sanitize-schema.ts';

/** Something the sanitiser removed from page-derived markup: an element it unwrapped, or an attribute it dropped. */
export interface SanitizeDrop {
	/** Tag name of the element. */
	readonly tagName: string;
	/** HTML attribute name (`onclick`, `style`, `href`), absent when the element itself was unwrapped. */
	readonly attribute?: string;
	/** The value as it was, cut to 200 characters. */
	readonly value?: string;
	/** Why, in a few words: `not allowed`, `unsafe URL`, `unsafe CSS`, `reserved`, `script-like value`, `only tabindex=0`. */
	readonly reason: string;
}

export { SANITIZE_SCHEMA, URL_PROTOCOLS, WIKITEXT_TAGS } from './sanitize-schema.ts';

const WIKITEXT_TAG_SET = new Set(WIKITEXT_TAGS);

/**
 * May a page write this HTML tag in wikitext (`<span>`, `<sup>`, `<table>`...)? The renderer asks this for
 * every tag it meets in page text and shows a tag that is not allowed (`<script>`, `<iframe>`, `<a>`,
 * `<img>`, `<style>`, `<form>`, `<svg>`...) as escaped visible text, as MediaWiki does.
 * @example isAllowedTag('SPAN') // true
 * @example isAllowedTag('script') // false
 */
export function isAllowedTag(name: string): boolean {
	return WIKITEXT_TAG_SET.has(name.toLowerCase());
}

/** `data-*` attributes the site's own scripts and Pagefind read: page text may not set them (MediaWiki reserves `data-mw` alike). */
const RESERVED_DATA = /^data-(?:pagefind|wikikb|astro|mw|ooui|parsoid)/iu;

/** MediaWiki's `EVIL_URI_PATTERN`, for RDFa and Microdata values and `rel`/`rev`. */
const EVIL_URI = /(?:^|\s|\*\/\s*)(?:javascript|vbscript)(?:\W|$)/iu;

/** Properties whose values are URLs from page text. */
const URL_PROPS = ['href', 'cite'];

/** Properties checked against `EVIL_URI`. */
const URI_LIKE_PROPS = [
	'about',
	'property',
	'resource',
	'typeof',
	'itemId',
	'itemProp',
	'itemRef',
	'itemType',
	'rel',
	'rev',
];

/**
 * Removes everything not on the allowlist from a hast tree: the site's security boundary for everything
 * derived from page text (wikitext, Markdown, table attributes, styles, links, template parameters). One
 * hast-util-sanitize schema (`SANITIZE_SCHEMA`, MediaWiki's tags and attributes), then what a schema cannot
 * say: URLs only with MediaWiki's protocols, `style` values through `sanitizeCss`, `tabindex` only `0`,
 * reserved `data-*` names and `wikikb-` ids and script-like RDFa values dropped, ids made valid, and
 * `rel="noopener nofollow"` on every external link. Returns a new tree; the input is not changed.
 * @param onDrop called for each element unwrapped and each attribute dropped, so the renderer can report it
 *   (a page's content is either rendered or reported); elements and text are never dropped, only unwrapped.
 */
export function sanitizeTree(tree: Root, onDrop?: (drop: SanitizeDrop) => void): Root {
	const clean = sanitize(canonical(tree, onDrop), SANITIZE_SCHEMA) as Root;
	visitElements(clean, (element) => postCheck(element, onDrop));
	return clean;
}

/**
 * Is this URL safe to link to: relative (no scheme: `/heuristic/X/`, `#part`, `?q`, `page`) or starting with
 * one of MediaWiki's protocols (case-insensitive)? Tabs and newlines are ignored and leading spaces and
 * control characters trimmed, as browsers do before they read the scheme, so `java&#9;script:` is refused.
 * @example isSafeUrl('https://arxiv.org/abs/1') // true
 * @example isSafeUrl(' JaVa\nScRiPt:alert(1)') // false
 */
export function isSafeUrl(url: string): boolean {
	const seen = url.replace(/[\t\n\r]/gu, '').replace(/^[\u0000-\u0020]+/u, '');
	const scheme = /^([^:/?#]*):/u.exec(seen);
	if (!scheme) return true;
	const lower = seen.toLowerCase();
	return URL_PROTOCOLS.some((protocol) => protocol !== '//' && lower.startsWith(protocol));
}

const ALLOWED_TAGS = new Set(SANITIZE_SCHEMA.tagNames ?? []);

/**
 * A copy of the tree with every property under its hast name (`onclick` -> `onClick`, `data-x` -> `dataX`);
 * reports what the schema is about to drop (elements not allowed, attributes not on the element's list).
 */
function canonical<T extends Nodes>(node: T, onDrop: ((drop: SanitizeDrop) => void) | undefined): T {
	if (node.type === 'element') {
		const tagName = node.tagName.toLowerCase();
		const allowed = SANITIZE_SCHEMA.attributes?.[tagName] ?? [];
		if (onDrop && !ALLOWED_TAGS.has(tagName)) onDrop({ tagName, reason: 'not allowed' });
		const properties: Properties = {};
		for (const [key, value] of Object.entries(node.properties ?? {})) {
			const info = find(html, key);
			if (URL_PROPS.includes(info.property) && typeof value === 'string') {
				// Checked here rather than after: the schema's own protocol check would drop a bad URL unreported.
				if (!isSafeUrl(value)) {
					onDrop?.({ tagName, attribute: info.attribute, value: shown(value), reason: 'unsafe URL' });
					continue;
				}
				// Browsers ignore surrounding spaces and the scheme's case; the schema's check does not.
				properties[info.property] = value.trim().replace(/^[a-z][a-z0-9+.-]*:/iu, (scheme) => scheme.toLowerCase());
				continue;
			}
			properties[info.property] = value;
			const listed =
				allowed.includes(info.property) || (info.attribute.startsWith('data-') && allowed.includes('data*'));
			if (onDrop && ALLOWED_TAGS.has(tagName) && !listed)
				onDrop({ tagName, attribute: info.attribute, value: shown(value), reason: 'not allowed' });
		}
		return { ...node, tagName, properties, children: node.children.map((child) => canonical(child, onDrop)) };
	}
	if (node.type === 'root')
		return { ...node, children: node.children.map((child: RootContent) => canonical(child, onDrop)) };
	return node;
}

function shown(value: unknown): string {
	return (Array.isArray(value) ? value.join(' ') : String(value)).slice(0, 200);
}

function postCheck(element: Element, onDrop: ((drop: SanitizeDrop) => void) | undefined): void {
	const props = element.properties;
	const drop = (key: string, value: string, reason: string): void => {
		delete props[key];
		onDrop?.({ tagName: element.tagName, attribute: find(html, key).attribute, value: value.slice(0, 200), reason });
	};
	for (const key of Object.keys(props)) {
		const value = props[key];
		const text = Array.isArray(value) ? value.join(' ') : String(value);
		if (URL_PROPS.includes(key) && !isSafeUrl(text)) drop(key, text, 'unsafe URL');
		else if (key === 'style') {
			const css = sanitizeCss(text);
			if (css === undefined) drop(key, text, 'unsafe CSS');
			else props[key] = css;
		} else if (key === 'tabIndex' && text.trim() !== '0') drop(key, text, 'only tabindex=0');
		else if (key.startsWith('data') && RESERVED_DATA.test(find(html, key).attribute)) drop(key, text, 'reserved');
		else if (URI_LIKE_PROPS.includes(key) && EVIL_URI.test(text)) drop(key, text, 'script-like value');
		else if (key === 'id') {
			// MediaWiki's html5 id escaping: no whitespace, at most 1,024 characters; an empty id is dropped.
			const id = text.replace(/[\t\n\f\r ]/gu, '_').slice(0, 1024);
			// `wikikb-` ids belong to the site's own layout and scripts: page text may not clobber them.
			if (id === '') delete props[key];
			else if (/^wikikb-/iu.test(id)) drop(key, text, 'reserved');
			else props[key] = id;
		}
	}
	if (!props.itemScope) for (const key of ['itemType', 'itemId', 'itemRef']) delete props[key];
	if (element.tagName === 'a' && typeof props.href === 'string' && leavesSite(props.href))
		props.rel = union(props.rel, EXTERNAL_REL);
}

function union(current: unknown, extra: readonly string[]): string[] {
	const list = Array.isArray(current)
		? current.map(String)
		: typeof current === 'string'
			? current.split(/\s+/u).filter(Boolean)
			: [];
	for (const item of extra) if (!list.includes(item)) list.push(item);
	return list;
}

function visitElements(node: Root | Element, fn: (element: Element) => void): void {
	for (const child of node.children) {
		if (child.type === 'element') {
			fn(child);
			visitElements(child, fn);
		}
	}
}
