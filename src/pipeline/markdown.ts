import { urlFor } from '../graph/index.ts';
import type { PageId } from '../load/types.ts';
import type { MarkdownLinks } from '../render/to-markdown.ts';
import { fillQueryMarkdown } from '../render/query-slot.ts';
import type { PageCache } from './cache.ts';
import { isCachedText } from './cache-schemas.ts';

/** How the pages' Markdown writes links, given the ids of every page of the run. */
export function markdownLinks(existing: Iterable<string>): MarkdownLinks {
	// Every page file, of any namespace, has Markdown of its own (`llms-files.ts` writes one per page); a link to any
	// other node (a domain, a source, a red link) goes to its site page.
	const markdownAt = new Set([...existing].map((id) => urlFor(id) as string));
	return { hasMarkdown: (path) => markdownAt.has(path) };
}

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
	/** The Markdown of each page's query results, put in place of its markers when the text is read. */
	private readonly answers = new Map<PageId, readonly string[]>();

	/** @param remake makes a page's Markdown again when its stored text cannot be read */
	constructor(
		private readonly cache: PageCache,
		private readonly remake: (id: PageId) => Promise<string | undefined>,
	) {}

	/** Records where a page's Markdown is. */
	add(id: PageId, ref: MarkdownRef): void {
		this.refs.set(id, ref);
	}

	/**
	 * Records the results of a page's queries (made by every run once the graph is built, so a page whose file is
	 * unchanged still shows a changed result): its text shows them in place of its markers.
	 */
	fill(id: PageId, results: readonly string[]): void {
		if (results.length > 0) this.answers.set(id, results);
	}

	/** Whether the run made this page's Markdown. */
	has(id: PageId): boolean {
		return this.refs.has(id);
	}

	/**
	 * A page's Markdown with its queries' results, read from the cache folder when it is stored there (made again
	 * when it cannot be read).
	 */
	async get(id: PageId): Promise<string | undefined> {
		const text = await this.stored(id);
		const results = this.answers.get(id);
		return text !== undefined && results ? fillQueryMarkdown(text, results) : text;
	}

	/** A page's Markdown as made, its queries' places still marked. */
	private async stored(id: PageId): Promise<string | undefined> {
		const ref = this.refs.get(id);
		if (!ref) return undefined;
		if (ref.held !== undefined) return ref.held;
		return (await this.cache.get(ref.stored!, isCachedText)) ?? this.remake(id);
	}
}
