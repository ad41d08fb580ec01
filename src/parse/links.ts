import { normalizeName } from '../load/index.ts';
import { inRanges } from './literal-ranges.ts';
import { isAnnotation } from './properties.ts';
import { plainText, tidy } from './tree-text.ts';
import type { Link } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

/** Links and categories of a page. */
export interface LinkData {
	readonly links: readonly Link[];
	readonly categories: readonly string[];
}

/** Builds a Link record, leaving out empty text. */
function link(ctx: WikiContext, token: Token, kind: Link['kind'], target: string, text?: string): Link {
	const place = ctx.place(offsetOf(token));
	return text ? { kind, target, text, ...place } : { kind, target, ...place };
}

/**
 * Ordinary wiki links (`[[Page]]`, `[[Ns:Page|text]]`, `[[:Category:X]]`), external links (`[url text]`) and
 * bare URLs, and Markdown links to page files (target as written, see `Link.page`), in text order, plus the page's categories (`[[Category:X]]`, normalised, unique). Annotations are
 * facts, not links; nothing inside literal ranges counts.
 */
export function extractLinks(ctx: WikiContext): LinkData {
	const links: Link[] = [];
	const categories: string[] = [];
	for (const token of tokensOf(ctx.root, 'link', 'category', 'ext-link', 'free-ext-link')) {
		const offset = offsetOf(token);
		if (inRanges(ctx.literal, offset)) continue;
		if (token.type === 'category') {
			const target = token.childNodes[0]?.toString() ?? '';
			const name = normalizeName(target.slice(target.indexOf(':') + 1));
			if (name && !categories.includes(name)) categories.push(name);
		} else if (token.type === 'link') {
			const inner = token.toString().slice(2, -2);
			if (isAnnotation(inner)) continue;
			const written = ctx.pageLinks?.get(offset);
			if (written) {
				const textNode = token.childNodes.find((c) => c.type === 'link-text');
				const text = textNode ? tidy(plainText(textNode)) : undefined;
				links.push({
					...link(ctx, token, 'wiki', written.target, text),
					...(written.page ? { page: written.page } : {}),
				});
				continue;
			}
			const target = (token.childNodes[0]?.toString() ?? '').trim().replace(/^:/, '');
			const textNode = token.childNodes.find((c) => c.type === 'link-text');
			links.push(link(ctx, token, 'wiki', target, textNode ? tidy(plainText(textNode)) : undefined));
		} else if (token.type === 'ext-link') {
			const url = token.childNodes[0]?.toString().trim() ?? '';
			const textNode = token.childNodes.find((c) => c.type === 'ext-link-text');
			links.push(link(ctx, token, 'external', url, textNode ? tidy(plainText(textNode)) : undefined));
		} else {
			links.push(link(ctx, token, 'external', token.toString()));
		}
	}
	// Markdown links to page files the rewrite left as text (no type folder in the path)
	for (const [offset, written] of ctx.pageLinks ?? []) {
		if (written.page || inRanges(ctx.literal, offset)) continue;
		const label = tidy(written.label);
		links.push({ kind: 'wiki', target: written.target, ...(label ? { text: label } : {}), ...ctx.place(offset) });
	}
	links.sort((a, b) => a.line - b.line || a.col - b.col);
	return { links, categories };
}
