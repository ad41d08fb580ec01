import { hashContent, type PageId } from '../load/index.ts';
import type { PageCache } from './cache.ts';
import { isRenderedHtml } from './cache-checks.ts';
import type { RenderedHtml } from './page-job.ts';
import { StoredOutputs, type StoredRef } from './stored-outputs.ts';

/** What the site needs to know of a rendered body without reading it. */
export interface BodyInfo {
	/** Changes whenever the HTML changes (the site's change detection). */
	readonly digest: string;
	/** The body has `<pre class="mermaid">` diagrams (the page loads the diagram script). */
	readonly hasDiagrams: boolean;
}

/** Where one page's body is, and what the site knows of it without reading it. */
export interface BodyRef extends StoredRef<RenderedHtml> {
	readonly info: BodyInfo;
}

/** Digest and flags of a freshly rendered body. */
export function bodyInfoOf(body: RenderedHtml): BodyInfo {
	return {
		digest: hashContent(`${body.html}\0${JSON.stringify(body.headings)}`),
		hasDiagrams: body.html.includes('class="mermaid"'),
	};
}

/**
 * The rendered bodies of a run (hundreds of megabytes for 10,000 pages: read back from the cache folder when their
 * page is rendered). A page's digest covers its query results, so the site renders the page again when a result
 * changes, and only then.
 */
export class RenderedBodies extends StoredOutputs<RenderedHtml, BodyRef> {
	/** @param rerender renders a page again, for a stored body that has gone bad or missing since the run began */
	constructor(cache: PageCache, rerender: (id: PageId) => Promise<RenderedHtml | undefined> = async () => undefined) {
		super(cache, {
			isValue: isRenderedHtml,
			remake: rerender,
			// Loaded only for pages with queries, as in PageMarkdown.
			withResults: async (body, results) => ({
				...body,
				html: (await import('../render/index.ts')).fillQueries(body.html, results),
			}),
		});
	}

	get size(): number {
		return this.refs.size;
	}

	/** Ids of the rendered pages, in the order they were added. */
	ids(): IterableIterator<PageId> {
		return this.refs.keys();
	}

	/** Digest and diagram flag of a page's body, when it was rendered. */
	info(id: PageId): BodyInfo | undefined {
		const info = this.refs.get(id)?.info;
		const results = this.answers.get(id);
		return info && results ? { ...info, digest: hashContent(`${info.digest}\0${results.join('\0')}`) } : info;
	}

	/**
	 * A page's body with its queries' results.
	 * @throws when the page can be rendered neither from the cache nor again
	 */
	override async get(id: PageId): Promise<RenderedHtml | undefined> {
		const body = await super.get(id);
		if (body === undefined && this.has(id))
			throw new Error(
				`The rendered body of ${id} is missing from the cache folder and could not be made again; build again.`,
			);
		return body;
	}
}
