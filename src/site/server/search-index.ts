import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { pageTypeLabel } from '../view/nav.ts';
import { searchMeta } from '../view/search-meta.ts';
import type { SiteData } from './site-data.ts';
import { searchDocumentsOf } from './views.ts';

/** Throws when a Pagefind call reported errors (Pagefind returns them instead of throwing). */
function check(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`);
}

async function withIndex<T>(work: (index: PagefindIndex) => Promise<T>): Promise<T> {
	try {
		const created = await pagefind.createIndex({});
		check('create an index', created);
		if (!created.index) throw new Error('Pagefind created no index.');
		return await work(created.index);
	} finally {
		await pagefind.close();
	}
}

/**
 * Indexes the built site's HTML (pages marked `data-pagefind-body`) and writes the index to `<outDir>/pagefind/`.
 * @returns the number of HTML files Pagefind read (pages without `data-pagefind-body` are read but not indexed)
 */
export async function indexBuiltSite(outDir: string): Promise<number> {
	return withIndex(async (index) => {
		const added = await index.addDirectory({ path: outDir });
		check(`index ${outDir}`, added);
		check('write the index', await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
		return added.page_count;
	});
}

/** One file of an in-memory search index: path relative to `/pagefind/`. */
export interface IndexFile {
	readonly path: string;
	readonly content: Uint8Array;
}

/**
 * Builds a search index in memory from the pipeline result (dev server: there is no HTML on disk),
 * one record per page with the same metadata, filters and sort the built pages carry.
 */
export async function indexInMemory(data: SiteData): Promise<IndexFile[]> {
	const documents = searchDocumentsOf(data);
	return withIndex(async (index) => {
		for (const { data: node } of data.model.nodes) {
			const doc = documents.get(node.id);
			if (node.kind !== 'page' || !doc) continue;
			const added = await index.addCustomRecord({
				url: node.url,
				content: `${doc.title}\n${doc.text}`,
				language: 'en',
				meta: { title: node.title, ...searchMeta(doc) },
				filters: { type: [pageTypeLabel(node.namespace)], domain: node.domains.map((d) => d.title) },
				sort: { title: node.title },
			});
			check(`index ${node.id}`, added);
		}
		const files = await index.getFiles();
		check('produce the index files', files);
		return files.files.map((f) => ({ path: f.path.replace(/^\/+/, ''), content: f.content }));
	});
}
