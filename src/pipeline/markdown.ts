import { urlFor } from '../graph/index.ts';
import type { PageId } from '../load/index.ts';
import { type MarkdownLinks, fillQueryMarkdown } from '../render/index.ts';
import type { PageCache } from './cache.ts';
import { isCachedText } from './cache-schemas.ts';
import { StoredOutputs, type StoredRef } from './stored-outputs.ts';

/** How the pages' Markdown writes links, given the ids of every page of the run. */
export function markdownLinks(existing: Iterable<string>): MarkdownLinks {
	// Every page file, of any namespace, has Markdown of its own (`llms-files.ts` writes one per page); a link to any
	// other node (a domain, a source, a red link) goes to its site page.
	const markdownAt = new Set([...existing].map((id) => urlFor(id) as string));
	return { hasMarkdown: (path) => markdownAt.has(path) };
}

/** Where one page's Markdown is: in the cache folder under `stored`, or `held` in memory. */
export type MarkdownRef = StoredRef<string>;

/** The Markdown of a run's pages (links marked, see `placeMarkedLinks`), read back from the cache folder when used. */
export class PageMarkdown extends StoredOutputs<string> {
	/** @param remake makes a page's Markdown again when its stored text cannot be read */
	constructor(cache: PageCache, remake: (id: PageId) => Promise<string | undefined>) {
		super(cache, { isValue: isCachedText, remake, withResults: fillQueryMarkdown });
	}
}
