import { hashContent } from '../load/source-file.ts';
import type { PageId } from '../load/types.ts';
import { fillQueries } from '../render/query-slot.ts';
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
	/** The HTML of each page's query results, put in its body's placeholders when the body is read. */
	private readonly answers = new Map<PageId, readonly string[]>();

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

	/**
	 * Records the results of a page's queries (made once the graph is built): its body shows them, and its digest
	 * covers them, so the site renders the page again when a result changes, and only then.
	 */
	fill(id: PageId, results: readonly string[]): void {
		if (results.length > 0) this.answers.set(id, results);
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
		const info = this.bodies.get(id)?.info;
		const results = this.answers.get(id);
		return info && results ? { ...info, digest: hashContent(`${info.digest}\0${results.join('\0')}`) } : info;
	}

	/**
	 * A page's body, read from the cache folder when it is stored there. A stored body that is gone, unreadable
	 * or of the wrong shape (the cache folder was cleared or damaged meanwhile) is rendered again and stored.
	 * @throws when the page can be rendered neither from the cache nor again
	 */
	async get(id: PageId): Promise<RenderedHtml | undefined> {
		const body = await this.stored(id);
		const results = this.answers.get(id);
		return body && results ? { ...body, html: fillQueries(body.html, results) } : body;
	}

	/** A page's body as rendered, its queries' places still empty. */
	private async stored(id: PageId): Promise<RenderedHtml | undefined> {
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
