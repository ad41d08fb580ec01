import type { PageId } from '../load/index.ts';
import type { PageCache } from './cache.ts';
import { isCachedText } from './cache-checks.ts';
import { StoredOutputs, type StoredRef } from './stored-outputs.ts';

/** Where one page's Markdown is: in the cache folder under `stored`, or `held` in memory. */
export type MarkdownRef = StoredRef<string>;

/** The Markdown of a run's pages (links marked, see `placeMarkedLinks`), read back from the cache folder when used. */
export class PageMarkdown extends StoredOutputs<string> {
	/** @param remake makes a page's Markdown again when its stored text cannot be read */
	constructor(cache: PageCache, remake: (id: PageId) => Promise<string | undefined>) {
		super(cache, {
			isValue: isCachedText,
			remake,
			// The renderer's door loads all of it (the parser, shiki, KaTeX): only pages with queries need it here.
			withResults: async (markdown, results) =>
				(await import('../render/index.ts')).fillQueryMarkdown(markdown, results),
		});
	}
}
