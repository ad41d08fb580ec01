import type { PageId } from '../load/types.ts';
import type { PageCache } from './cache.ts';
import { isCachedText } from './cache-schemas.ts';

/** Where one page's Markdown is: in the cache folder under `stored`, or `held` in memory. */
export interface MarkdownRef {
	readonly stored?: string;
	readonly held?: string;
}

/**
 * The Markdown of a run's pages (links marked, see `placeMarkedLinks`). Like rendered bodies, texts written to
 * the cache folder are read back when they are used (the export writes one page at a time) instead of being
 * held; one that has gone from the cache folder, or is damaged, is made again.
 */
export class PageMarkdown {
	private readonly refs = new Map<PageId, MarkdownRef>();

	/** @param remake makes a page's Markdown again when its stored text cannot be read */
	constructor(
		private readonly cache: PageCache,
		private readonly remake: (id: PageId) => Promise<string | undefined>,
	) {}

	/** Records where a page's Markdown is. */
	add(id: PageId, ref: MarkdownRef): void {
		this.refs.set(id, ref);
	}

	/** Whether the run made this page's Markdown. */
	has(id: PageId): boolean {
		return this.refs.has(id);
	}

	/** A page's Markdown, read from the cache folder when it is stored there (made again when it cannot be read). */
	async get(id: PageId): Promise<string | undefined> {
		const ref = this.refs.get(id);
		if (!ref) return undefined;
		if (ref.held !== undefined) return ref.held;
		return (await this.cache.get(ref.stored!, isCachedText)) ?? this.remake(id);
	}
}
