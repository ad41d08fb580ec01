import type { PageId } from '../load/types.ts';

/** A site path such as `/heuristic/Learning_Rate_Tuning/`: always starts and ends with `/`. */
export type SiteUrl = string & { readonly __brand: 'SiteUrl' };

/**
 * Escapes one path segment injectively and safely: letters and digits of any script, `_`, `-` and inner `.`
 * stay as they are (readable); every other character becomes `~` + its code point in hex + `~`
 * (so `?`, `#`, `%`, `/`, `\`, spaces and a leading `.` can never change the path).
 * @example slugSegment('Learning_Rate_Tuning') // 'Learning_Rate_Tuning'
 * @example slugSegment('a/b?') // 'a~2f~b~3f~'
 */
export function slugSegment(text: string): string {
	let out = '';
	let index = 0;
	for (const ch of text.normalize('NFC')) {
		const keep = /^[\p{L}\p{N}_-]$/u.test(ch) || (ch === '.' && index > 0);
		out += keep ? ch : `~${ch.codePointAt(0)!.toString(16)}~`;
		index++;
	}
	return out || '~0~';
}

/**
 * The site path of a node id: `Namespace:Name` -> `/namespace/Name/` (namespace lower-cased),
 * a main-namespace name -> `/page/Name/`. Injective over ids, stable, and safe for any title.
 * @example urlFor('Heuristic:Learning_Rate_Tuning') // '/heuristic/Learning_Rate_Tuning/'
 * @example urlFor('Domain:Fine_Tuning') // '/domain/Fine_Tuning/'
 */
export function urlFor(id: PageId | string): SiteUrl {
	const colon = id.indexOf(':');
	const namespace = colon > 0 ? id.slice(0, colon) : '';
	const name = colon > 0 ? id.slice(colon + 1) : id;
	const folder = namespace ? slugSegment(namespace.toLowerCase()) : 'page';
	return `/${folder}/${slugSegment(name)}/` as SiteUrl;
}
