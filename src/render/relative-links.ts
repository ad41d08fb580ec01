import type { Element, ElementContent, Root } from 'hast';
import { candidateTitles, isRelativeTarget, resolvePagePath } from '../load/index.ts';
import { pageLink, text } from './links.ts';
import type { RenderState } from './state.ts';
import { replaceInText } from './text-replace.ts';

const MD_LINK = /\[([^[\]\n]+)\]\([ \t]*<?([^\s()<>]+?)>?[ \t]*\)/gu;

/**
 * A link for a relative Markdown target: the page it names by path (`../principles/Y.md`, red when missing);
 * for a folder that is no type folder (`/wikis/X.md`), the one existing page with that file name (the
 * linking page's type first); else a plain relative link. Undefined when the target is no relative path.
 */
export function relativeLink(state: RenderState, target: string, children: ElementContent[]): Element | undefined {
	if (!isRelativeTarget(target)) return undefined;
	const byPath = resolvePagePath(target, state.page.file);
	if (byPath) return pageLink(state, byPath.id, byPath.fragment, children);
	const existing = candidateTitles(target).filter((t) => state.ctx.pageExists(t.id));
	const found = existing.length === 1 ? existing[0] : existing.find((t) => t.namespace === state.page.namespace);
	if (found) return pageLink(state, found.id, found.fragment, children);
	// The sanitiser still checks the URL; a relative path has no scheme, so it stays.
	return { type: 'element', tagName: 'a', properties: { href: target }, children };
}

/**
 * Wikitext pages: Markdown links with relative targets (`[text](Y.md)`) that the parser left as text, because
 * they name no page file by path, become links (see `relativeLink`); never inside code, pre or links.
 */
export function replaceRelativeTextLinks(tree: Root | Element, state: RenderState): void {
	replaceInText(tree, '](', MD_LINK, (match) => {
		const link = relativeLink(state, match[2]!, [text(match[1]!)]);
		return link ? [link] : undefined;
	});
}

/** Markdown pages: an `<a>` with a relative href is pointed at the page it names (see `relativeLink`). */
export function resolveRelativeAnchors(tree: Root | Element, state: RenderState): void {
	tree.children = tree.children.map((child) => {
		if (child.type !== 'element') return child;
		const href = child.properties.href;
		if (child.tagName === 'a' && typeof href === 'string' && !href.startsWith('#')) {
			const title =
				resolvePagePath(href, state.page.file) ?? candidateTitles(href).find((t) => state.ctx.pageExists(t.id));
			if (title) return relativeLink(state, href, child.children) ?? child;
			return child;
		}
		resolveRelativeAnchors(child, state);
		return child;
	}) as typeof tree.children;
}
