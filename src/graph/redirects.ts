import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { parseTitle } from '../load/index.ts';
import type { ParsedPage } from '../parse/index.ts';

/** Where a title leads through redirects: the end of the chain, the redirects passed, and whether they loop. */
export interface RedirectPath {
	/** The id links to the start end up at: the last page of the chain (for a loop: the start itself). */
	readonly final: string;
	/** The redirect pages passed, in order, the start first (empty when the start is no redirect). */
	readonly via: readonly string[];
	readonly loop: boolean;
}

/** Redirect target ids by redirect page id (`#REDIRECT [[Target]]`; a target that is no title is left out). */
export function redirectTargets(pages: readonly ParsedPage[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const page of pages) {
		const target = page.model?.redirect ? parseTitle(page.model.redirect.target) : undefined;
		if (target) out.set(page.id, target.id);
	}
	return out;
}

/**
 * Follows redirects from an id, as MediaWiki and Semantic MediaWiki resolve a link or a page value through them.
 * @example followRedirects('A', new Map([['A', 'B'], ['B', 'C']])) // { final: 'C', via: ['A', 'B'], loop: false }
 */
export function followRedirects(id: string, redirects: ReadonlyMap<string, string>): RedirectPath {
	const via: string[] = [];
	let current = id;
	while (redirects.has(current)) {
		if (via.includes(current)) return { final: id, via, loop: true };
		via.push(current);
		current = redirects.get(current)!;
	}
	return { final: current, via, loop: false };
}

/**
 * Reports what is wrong with the redirects: a target with no page, a redirect to a redirect (a double redirect: links
 * still reach the end), and loops; each at the `#REDIRECT` line of the page.
 * @param exists whether a page file has this id
 */
export function checkRedirects(
	pages: readonly ParsedPage[],
	redirects: ReadonlyMap<string, string>,
	exists: (id: string) => boolean,
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const page of pages) {
		const at = page.model?.redirect;
		const target = redirects.get(page.id);
		if (!at) continue;
		if (!target) {
			diagnostics.push(diag(page.path, at.line, at.col, 'redirect-missing', 'notATitle', { target: at.target }));
			continue;
		}
		const path = followRedirects(page.id, redirects);
		if (path.loop) {
			diagnostics.push(
				diag(page.path, at.line, at.col, 'redirect-loop', 'loop', { cycle: [...path.via, page.id], page: page.id }),
			);
		} else if (!exists(path.final) && !path.final.startsWith('Category:')) {
			diagnostics.push(diag(page.path, at.line, at.col, 'redirect-missing', 'noTarget', { target: path.final }));
		} else if (path.via.length > 1) {
			diagnostics.push(diag(page.path, at.line, at.col, 'redirect-chain', 'chain', { target, final: path.final }));
		}
	}
	return diagnostics;
}
