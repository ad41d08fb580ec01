import type { Graph } from '../../graph/index.ts';
import type { PageId } from '../../load/index.ts';
import type { RenderedHtml } from '../../pipeline/index.ts';
import type { NodeEntry, SiteModel } from '../view/model.ts';
import type { SiteData } from './site-data.ts';
import { rewriteSiteLinks } from '../view/body-links.ts';
import { href } from '../view/href.ts';
import { readSlot } from './site-slot.ts';
import type { PropertyData } from '../view/view-types.ts';
import { searchDocuments } from '../../export/index.ts';
import type { SearchDocument } from '../../search/index.ts';

/**
 * The whole view of this build's run, for pages to read what the collections leave out (rendered bodies, fact
 * boxes, backlinks). Pages render in the process whose content loader ran the pipeline, so the run is there;
 * keeping it out of the collections keeps Astro's data store (which Astro bundles as a module) small.
 */
export async function siteModel(): Promise<SiteModel> {
	return (await siteData()).model;
}

async function siteData(): Promise<SiteData> {
	const state = readSlot();
	if (!state)
		throw new Error(
			'wikikb: this process has no pipeline run to render pages from (pages render where the wikikb content loader ran).',
		);
	return state.promise;
}

/** The graph of this build's run (the `/ask/` page takes its examples from it). */
export async function siteGraph(): Promise<Graph> {
	return (await siteData()).result.graph;
}

/**
 * A page's rendered body (read from the cache folder when it is kept there) with its links placed as this build
 * publishes them, or undefined for other nodes. Bodies are cached with the links `urlFor` makes: they are pointed
 * under the base path and at pages moved by a case clash here, so every page showing a body shows it alike.
 */
export async function nodeBody(id: string): Promise<RenderedHtml | undefined> {
	const data = await siteData();
	const body = await data.result.bodies.get(id as PageId);
	if (!body) return undefined;
	const moved = data.model.movedUrls;
	return { ...body, html: rewriteSiteLinks(body.html, (path) => href(moved.get(path) ?? path)) };
}

/** A node's full view: fact box rows, related pages, sources (its body comes from `nodeBody`). */
export async function nodeView(id: string): Promise<NodeEntry> {
	const entry = (await siteModel()).nodeById.get(id);
	if (!entry) throw new Error(`wikikb: no node ${JSON.stringify(id)} in this build's run.`);
	return entry;
}

/** A property page's view: every value and the pages that state it. */
export async function propertyView(name: string): Promise<PropertyData> {
	const property = (await siteModel()).propertyByName.get(name);
	if (!property) throw new Error(`wikikb: no property ${JSON.stringify(name)} in this build's run.`);
	return property;
}

const documents = new WeakMap<SiteData, ReadonlyMap<string, SearchDocument>>();

/** The search documents of a run's pages, by page id (what the search indexes of each page), made once per run. */
export function searchDocumentsOf(data: SiteData): ReadonlyMap<string, SearchDocument> {
	let made = documents.get(data);
	if (!made) {
		made = new Map(searchDocuments(data.result).map((d) => [d.id, d]));
		documents.set(data, made);
	}
	return made;
}

/** A page's search document (see `searchDocumentsOf`), or undefined for other nodes. */
export async function nodeSearchDocument(id: string): Promise<SearchDocument | undefined> {
	return searchDocumentsOf(await siteData()).get(id);
}
