import type { PageId } from '../load/index.ts';
import { compareCodeUnits } from '../text/index.ts';

/** A site path such as `/heuristic/Learning_Rate_Tuning/`: always starts and ends with `/`. */
export type SiteUrl = string & { readonly __brand: 'SiteUrl' };

/**
 * Longest path segment in UTF-8 bytes. A segment becomes a folder name in the built site, and file systems
 * refuse names over 255 bytes (100 CJK characters are already 300), so longer ones are cut and get a hash.
 */
const MAX_SEGMENT_BYTES = 200;

/**
 * Escapes one path segment injectively and safely: letters and digits of any script, `_`, `-` and inner `.`
 * stay as they are (readable); every other character becomes `~` + its code point in hex + `~`
 * (so `?`, `#`, `%`, `/`, `\`, spaces and a leading `.` can never change the path). A segment longer than
 * 200 bytes is cut and ends in `~~` + a 64-bit hash of the full text in hex (a form no escape can make).
 * @example slugSegment('Learning_Rate_Tuning') // 'Learning_Rate_Tuning'
 * @example slugSegment('a/b?') // 'a~2f~b~3f~'
 */
export function slugSegment(text: string): string {
	const normalized = text.normalize('NFC');
	let out = '';
	let index = 0;
	for (const ch of normalized) {
		const keep = /^[\p{L}\p{N}_-]$/u.test(ch) || (ch === '.' && index > 0);
		out += keep ? ch : `~${ch.codePointAt(0)!.toString(16)}~`;
		index++;
	}
	// Empty text gets a segment no character can make (`~0~` is U+0000).
	if (out === '') return '~~';
	return byteLength(out) <= MAX_SEGMENT_BYTES ? out : shorten(out, normalized);
}

/** The first pieces of `slug` (never half an escape) that fit with the hash suffix, then `~~` + hash. */
function shorten(slug: string, full: string): string {
	const hash = hash64(full);
	const budget = MAX_SEGMENT_BYTES - 2 - hash.length;
	let out = '';
	let bytes = 0;
	for (const piece of slug.match(/~[0-9a-f]+~|[^]/gu) ?? []) {
		bytes += byteLength(piece);
		if (bytes > budget) break;
		out += piece;
	}
	return `${out}~~${hash}`;
}

const encoder = new TextEncoder();

function byteLength(text: string): number {
	return encoder.encode(text).length;
}

/**
 * 64 bits of hash as 16 hex digits: two 32-bit FNV-1a-style passes with different seeds. Plain JavaScript
 * (no `node:crypto`), because `urlFor` also runs in the browser (the LR recommender builds page links).
 */
function hash64(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (const byte of encoder.encode(text)) {
		a = Math.imul(a ^ byte, 0x01000193);
		b = Math.imul(b ^ byte, 0x5bd1e995) ^ (b >>> 15);
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The folder of a namespace: a namespace spelled canonically (first letter upper case, the rest as its
 * lower-case form: `Heuristic`, `Domain`, `Concept`) is lower-cased, which is readable and can be undone;
 * any other spelling (`CONCEPT`, `concept`, and `Page`, whose folder would be the main namespace's) keeps its
 * case behind a `~~` prefix no lower-cased name starts with, so two namespaces never share a folder.
 * @example namespaceSegment('Heuristic') // 'heuristic'
 * @example namespaceSegment('CONCEPT') // '~~CONCEPT'
 */
export function namespaceSegment(namespace: string): string {
	const lower = namespace.toLowerCase();
	const first = String.fromCodePoint(lower.codePointAt(0) ?? 0x20);
	const canonical = lower !== '' && first.toUpperCase() + lower.slice(first.length) === namespace && lower !== 'page';
	return canonical ? slugSegment(lower) : `~~${slugSegment(namespace)}`;
}

/**
 * The site path of a node id: `Namespace:Name` -> `/namespace/Name/` (see `namespaceSegment`),
 * a main-namespace name -> `/page/Name/`. Injective over ids, stable, and safe for any title.
 * @example urlFor('Heuristic:Learning_Rate_Tuning') // '/heuristic/Learning_Rate_Tuning/'
 * @example urlFor('Domain:Fine_Tuning') // '/domain/Fine_Tuning/'
 */
export function urlFor(id: PageId | string): SiteUrl {
	const colon = id.indexOf(':');
	const namespace = colon > 0 ? id.slice(0, colon) : '';
	const name = colon > 0 ? id.slice(colon + 1) : id;
	const folder = namespace ? namespaceSegment(namespace) : 'page';
	return `/${folder}/${slugSegment(name)}/` as SiteUrl;
}

/**
 * A path as a case-insensitive file system (macOS, Windows) compares names: case folded both ways, so that
 * `ß`, `ẞ` and `ss`, or `K` and the Kelvin sign, compare equal.
 */
function foldCase(path: string): string {
	return path.toLowerCase().toUpperCase().toLowerCase();
}

/**
 * The site paths of a set of ids, with no two that differ only in letter case: a site copied to a
 * case-insensitive file system would otherwise keep one page of the two. Ids whose paths do not clash keep
 * `urlFor(id)`. Of ids whose paths clash, the one that sorts first (by code unit: upper case first) keeps its
 * path and each other gets `~~case-` + a hash of its own id on its last segment (a form no title can make), so
 * the result depends only on the set of ids, never on their order.
 * @example caseSafeUrls(['Heuristic:LR', 'Heuristic:Lr']).get('Heuristic:Lr') // '/heuristic/Lr~~case-<8 hex>/'
 */
export function caseSafeUrls(ids: Iterable<string>): Map<string, SiteUrl> {
	const groups = new Map<string, string[]>();
	for (const id of new Set(ids)) {
		const key = foldCase(urlFor(id));
		const group = groups.get(key);
		if (group) group.push(id);
		else groups.set(key, [id]);
	}
	const urls = new Map<string, SiteUrl>();
	for (const group of groups.values()) {
		const [first, ...others] = group.sort(compareCodeUnits);
		urls.set(first!, urlFor(first!));
		const short = others.map((id) => hash64(id).slice(0, 8));
		// 32 bits tell a handful of clashing titles apart; all 64 when two of them meet anyway
		const suffixes = new Set(short).size === short.length ? short : others.map((id) => hash64(id));
		others.forEach((id, i) => urls.set(id, `${urlFor(id).slice(0, -1)}~~case-${suffixes[i]}/` as SiteUrl));
	}
	return urls;
}

/**
 * The site paths links were written to (`urlFor(id)`, as rendered bodies and Markdown hold them) that a page does
 * not have, because a case clash moved it (see `caseSafeUrls`): each with the path the page really has.
 */
export function movedUrls(
	nodes: readonly { readonly id: string; readonly url: string }[],
): ReadonlyMap<string, string> {
	return new Map(nodes.flatMap((n) => (n.url === urlFor(n.id) ? [] : [[urlFor(n.id) as string, n.url] as const])));
}
