import { isPageType, namespaceOf, parseTitle, type Title, type PageId } from '../load/index.ts';
import { lookupProperty } from './registry.ts';
import type { SourceRef } from './types.ts';

/**
 * Reads a `source` value `Type|Title|URL` (the third part may be a path or free text; `Type|Title` is allowed).
 * Returns `undefined` when it is not of that shape (one part, more than three, or an empty type or title).
 * @example parseSource('Paper|LoRA Paper|https://arxiv.org/abs/2106.09685') // { type: 'Paper', title: 'LoRA Paper', url: 'https://arxiv.org/abs/2106.09685' }
 */
export function parseSource(value: string): SourceRef | undefined {
	const parts = value.split('|').map((p) => p.trim());
	if (parts.length < 2 || parts.length > 3) return undefined;
	const [type, title, url] = parts as [string, string, string | undefined];
	if (!type || !title) return undefined;
	return url ? { type, title, url } : { type, title };
}

/**
 * The identity of a source: its third part when that is a URL or a path (no spaces), else type + title.
 * @example sourceIdentity({ type: 'Doc', title: 'X', url: 'https://x.org/' }) // 'https://x.org/'
 */
export function sourceIdentity(ref: SourceRef): string {
	if (ref.url && !/\s/u.test(ref.url)) return ref.url;
	return `${ref.type.toLowerCase()}|${ref.title.toLowerCase()}`;
}

/**
 * Reads a `last_updated` value as ISO 8601: `YYYY-MM-DD HH:MM GMT` (also `UTC`, `Z`, seconds, or no zone)
 * -> `YYYY-MM-DDTHH:MM:00Z`, `YYYY-MM-DD` -> `YYYY-MM-DD`. Returns `undefined` for anything else or an
 * impossible date.
 * @example parseDate('2025-12-12 00:00 GMT') // '2025-12-12T00:00:00Z'
 */
export function parseDate(value: string): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(?:GMT|UTC|Z)?)?$/iu.exec(value.trim());
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s] = m;
	const date = new Date(
		Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)),
	);
	const valid =
		date.getUTCFullYear() === Number(y) &&
		date.getUTCMonth() === Number(mo) - 1 &&
		date.getUTCDate() === Number(d) &&
		Number(h ?? 0) < 24 &&
		Number(mi ?? 0) < 60 &&
		Number(s ?? 0) < 60;
	if (!valid) return undefined;
	return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}Z`;
}

/**
 * Display form of a domain tag: `_` as space, whitespace collapsed, case kept.
 * @example domainDisplay('Fine_Tuning') // 'Fine Tuning'
 */
export function domainDisplay(tag: string): string {
	return tag
		.normalize('NFC')
		.replace(/[_\s]+/gu, ' ')
		.trim();
}

/**
 * Case-insensitive identity of a domain tag.
 * @example domainKey('fine_tuning') === domainKey('Fine Tuning') // true
 */
export function domainKey(tag: string): string {
	return domainDisplay(tag).toLowerCase();
}

/**
 * THE node id of a domain tag, computed from the tag alone so that every spelling gives the same id and a page
 * can link its domain without knowing the rest of the wiki: lower case, `_` for spaces. The node's title keeps
 * the most common spelling. `undefined` for a tag that is empty once `_` is read as a space.
 * @example domainId('Fine Tuning') // 'Domain:fine_tuning' (also for `fine_tuning`, `FINE TUNING`)
 */
export function domainId(tag: string): PageId | undefined {
	const key = domainKey(tag);
	return key === '' ? undefined : (`Domain:${key.replace(/ /gu, '_')}` as PageId);
}

/**
 * Reads a property value as a page title, when it looks like one: a `Namespace:Name` (namespace a single word,
 * no URL), or any text naming an existing page. Plain text such as `2e-4` or `https://x` is not a title.
 * @param exists whether an id is the id of an existing page
 */
export function valueTitle(value: string, exists: (id: string) => boolean): Title | undefined {
	const text = value.trim();
	if (text === '' || /^[a-z][a-z0-9+.-]*:\/\//iu.test(text)) return undefined;
	const title = parseTitle(text);
	if (!title) return undefined;
	if (exists(title.id)) return title;
	const namespaced = /^:?[\p{L}][\p{L}\p{N}_-]*:\S/u.test(text);
	return namespaced && title.namespace !== '' ? title : undefined;
}

/**
 * THE decision, shared by the graph and the renderer, whether the value of an annotation `[[property::value]]`
 * names a page (graph: an edge; page: a link) or is text (graph: an attribute; page: plain text). A property the
 * registry reads as data (`github_url`, `domain`, `source`, `last_updated`) never names a page here; a
 * `title` property or an unknown one (SMW's Page type) does when {@link valueTitle} reads its value as a title:
 * namespaced (`Workflow:X`), or naming an existing page file. `Apache-2.0` or a placeholder stays text.
 * @param pageExists whether a page file has this id; asked only for ids in the five page namespaces
 * @example linkedTitle('license', 'Apache-2.0', () => false) // undefined
 */
export function linkedTitle(property: string, value: string, pageExists: (id: string) => boolean): Title | undefined {
	const spec = lookupProperty(property);
	if (spec && spec.value !== 'title') return undefined;
	return valueTitle(value, (id) => isPageType(namespaceOf(id)) && pageExists(id));
}
