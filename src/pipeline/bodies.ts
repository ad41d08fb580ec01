import { hashContent } from '../load/source-file.ts';
import type { PageId } from '../load/types.ts';
import type { PageCache } from './cache.ts';
import { isRenderedHtml } from './cache-schemas.ts';
import type { RenderedHtml } from './page-job.ts';

/** What the site needs to know of a rendered body without reading it. */
export interface BodyInfo {
	/** Changes whenever the HTML changes (the site's change detection). */
	readonly digest: string;
	/** The body has `<pre class="mermaid">` diagrams (the page loads the diagram script). */
	readonly hasDiagrams: boolean;
}

/** Where one page's body is: in the cache folder under `stored`, or `held` in memory. */
export interface BodyRef {
	readonly info: BodyInfo;
	readonly stored?: string;
	readonly held?: RenderedHtml;
}

/** Digest and flags of a freshly rendered body. */
export function bodyInfoOf(body: RenderedHtml): BodyInfo {
	return { digest: hashContent(`${body.html}\0${JSON.stringify(body.headings)}`), hasDiagrams: body.html.includes('class="mermaid"') };
}

/**
 * The rendered bodies of a run. Bodies are most of a run's memory (hundreds of megabytes for 10,000 pages), so
 * those written to the cache folder are read back when their page is rendered instead of being held; without
 * a cache they are held in memory.
 */
export class RenderedBodies {
	private readonly bodies = new Map<PageId, BodyRef>();

	/**
	 * @param rerender renders a page again, for a stored body that has gone bad or missing since the run began
	 */
	constructor(
		private readonly cache: PageCache,
		private readonly rerender: (id: PageId) => Promise<RenderedHtml | undefined> = async () => undefined,
	) {}

	/** Records where a page's body is. */
	add(id: PageId, ref: BodyRef): void {
		this.bodies.set(id, ref);
	}

	get size(): number {
		return this.bodies.size;
	}

	/** Ids of the rendered pages, in the order they were added. */
	ids(): IterableIterator<PageId> {
		return this.bodies.keys();
	}

	/** Digest and diagram flag of a page's body, when it was rendered. */
	info(id: PageId): BodyInfo | undefined {
		return this.bodies.get(id)?.info;
	}

	/**
	 * A page's body, read from the cache folder when it is stored there. A stored body that is gone, unreadable
	 * or of the wrong shape (the cache folder was cleared or damaged meanwhile) is rendered again and stored.
	 * @throws when the page can be rendered neither from the cache nor again
	 */
	async get(id: PageId): Promise<RenderedHtml | undefined> {
		const body = this.bodies.get(id);
		if (!body) return undefined;
		if (body.held) return body.held;
		const stored = await this.cache.get(body.stored!, isRenderedHtml);
		if (stored) return stored;
		const again = await this.rerender(id);
		if (!again) throw new Error(`The rendered body of ${id} is missing from the cache folder and could not be made again; build again.`);
		await this.cache.set(body.stored!, again);
		return again;
	}
}
