import { normalizeName } from '../load/index.ts';
import { inRanges } from './literal-ranges.ts';
import { decodeEntities } from './tree-text.ts';
import type { PageModel } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

/** Text of the first argument of a magic word such as `{{DISPLAYTITLE:x}}`. */
function argument(token: Token): string {
	const param = token.childNodes.find((c) => c.type === 'parameter');
	return param ? param.toString().trim() : '';
}

/** HTML tags removed and entities decoded, as Semantic MediaWiki stores a display title. */
function plain(text: string): string {
	return decodeEntities(text.replace(/<[^>]*>/gu, '').replace(/'''?/gu, ''))
		.replace(/\s+/gu, ' ')
		.trim();
}

/**
 * What MediaWiki reads about the page itself rather than its content: `#REDIRECT [[Target]]` (any case, also the
 * localized forms the parser knows), `{{DISPLAYTITLE:}}`, `{{DEFAULTSORT:}}` (also `DEFAULTSORTKEY:`,
 * `DEFAULTCATEGORYSORT:`; the last one wins) and the sort keys of `[[Category:X|key]]`. Nothing in literal text counts.
 */
export function readPageModel(ctx: WikiContext): PageModel {
	const out: { -readonly [K in keyof PageModel]: PageModel[K] } = {};
	const redirect = ctx.root.childNodes.find((c) => c.type === 'redirect') as Token | undefined;
	const target = redirect?.childNodes.find((c) => c.type === 'redirect-target');
	if (redirect && target) {
		const written = target.childNodes[0]?.toString().trim() ?? '';
		out.redirect = { target: written, ...ctx.place(offsetOf(target as Token)) };
	}
	const sortKeys: Record<string, string> = {};
	for (const token of tokensOf(ctx.root, 'magic-word', 'category')) {
		const at = offsetOf(token);
		if (inRanges(ctx.literal, at)) continue;
		if (token.type === 'category') {
			const textNode = token.childNodes.find((c) => c.type === 'link-text');
			const written = token.childNodes[0]?.toString() ?? '';
			const name = normalizeName(written.slice(written.indexOf(':') + 1));
			if (textNode && name && !Object.hasOwn(sortKeys, name))
				Object.defineProperty(sortKeys, name, { value: decodeEntities(textNode.toString()).trim(), enumerable: true });
		} else if (token.name === 'displaytitle') {
			const title = plain(argument(token));
			if (title) out.displayTitle = title;
		} else if (token.name === 'defaultsort') {
			const key = decodeEntities(argument(token)).replace(/_/gu, ' ').trim();
			if (key) out.defaultSort = key;
		}
	}
	if (Object.keys(sortKeys).length > 0) out.categorySortKeys = sortKeys;
	return out;
}
