import { relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { PAGE_EXTENSIONS } from '../../load/index.ts';
import { countOf } from '../../text/index.ts';
import { propertySummaryOf, summaryOf, type SiteModel } from '../view/model.ts';
import { siteSettings } from './settings.ts';
import { loadSiteData, resetSiteData } from './site-data.ts';
import { emitReload } from './site-slot.ts';

/** The collections the site reads, each filled from the one shared pipeline run. */
export type CollectionName = 'nodes' | 'properties' | 'rules';

/**
 * One entry to put into a collection, with the text its digest is computed from. An entry holds only what lists
 * show; its digest covers its whole view, so a change anywhere in the view still counts as a change.
 */
interface Entry {
	readonly id: string;
	readonly data: Record<string, unknown>;
	readonly digestOf: string;
}

/**
 * Bumped when the shape of the entries changes, so entries stored by an older build are redone
 * (the data store persists in Astro's cache folder).
 */
const ENTRY_VERSION = '2';

/**
 * The entries of a collection, made one at a time (each digest text holds a node's whole view; on a large site
 * they add up). Bodies, fact boxes and backlinks stay out of the store (pages read them from `server/views.ts`):
 * Astro turns the whole store into one JavaScript module when it bundles the site, which took over 6 GB of
 * heap for 10,000 pages with bodies.
 */
function* entriesOf(model: SiteModel, collection: CollectionName): Generator<Entry> {
	switch (collection) {
		case 'nodes':
			// A node's entry covers its file hash and everything it shows from other pages (backlinks, fact links),
			// so editing a neighbour redoes the pages whose view changes, and only those.
			for (const n of model.nodes)
				yield {
					id: n.data.id,
					data: summaryOf(n.data),
					digestOf: `${ENTRY_VERSION}\0${n.hash ?? ''}\0${JSON.stringify(n.data)}\0${n.body?.digest ?? ''}\0${JSON.stringify(n.findings ?? [])}`,
				};
			return;
		case 'properties':
			for (const p of model.properties)
				yield { id: p.name, data: propertySummaryOf(p), digestOf: `${ENTRY_VERSION}\0${JSON.stringify(p)}` };
			return;
		case 'rules':
			for (const r of model.rules)
				yield { id: r.id, data: { ...r }, digestOf: `${ENTRY_VERSION}\0${JSON.stringify(r)}` };
	}
}

/** Puts the entries into the store: unchanged digests are skipped, entries that are gone are deleted. */
function sync(context: LoaderContext, entries: Iterable<Entry>): number {
	const { store, generateDigest } = context;
	const untouched = new Set(store.keys());
	let changed = 0;
	for (const entry of entries) {
		untouched.delete(entry.id);
		const digest = generateDigest(entry.digestOf);
		if (store.get(entry.id)?.digest === digest) continue;
		store.set({ id: entry.id, data: entry.data, digest });
		changed++;
	}
	for (const id of untouched) store.delete(id);
	return changed + untouched.size;
}

/** Loader contexts of this process's collections, so one file change refreshes all of them. */
const contexts = new Map<CollectionName, LoaderContext>();
let watching = false;

async function refreshAll(reason: string, files: readonly string[]): Promise<void> {
	resetSiteData();
	try {
		const data = await loadSiteData();
		emitReload({ data, changed: files });
		for (const [name, context] of contexts) {
			const changed = sync(context, entriesOf(data.model, name));
			if (changed > 0) context.logger.info(`${reason}: ${countOf(changed, 'entry', 'entries')} updated.`);
		}
	} catch (error) {
		contexts
			.values()
			.next()
			.value?.logger.error(`Reloading the content failed: ${(error as Error).message}`);
	}
}

function isPageFile(path: string, dir: string): boolean {
	const rel = relative(dir, path);
	if (rel.startsWith('..') || rel.split(sep).some((part) => part.startsWith('_'))) return false;
	return PAGE_EXTENSIONS.some((ext) => path.endsWith(ext));
}

/** In dev, re-runs the pipeline when a page file changes, is added or is removed (Astro then reloads the page). */
function watch(context: LoaderContext): void {
	const { watcher } = context;
	if (!watcher || watching) return;
	watching = true;
	const dir = siteSettings().contentDir;
	watcher.add(dir);
	let timer: NodeJS.Timeout | undefined;
	const burst = new Set<string>();
	const onEvent = (path: string) => {
		if (!isPageFile(resolve(path), dir)) return;
		burst.add(resolve(path));
		// Editors write a file in several steps: wait for the burst to end.
		clearTimeout(timer);
		timer = setTimeout(() => {
			const files = [...burst].sort();
			burst.clear();
			void refreshAll(
				`${files.length === 1 ? relative(dir, files[0]!) : countOf(files.length, 'page file')} changed`,
				files,
			);
		}, 100);
	};
	watcher.on('change', onEvent);
	watcher.on('add', onEvent);
	watcher.on('unlink', onEvent);
}

/**
 * The Astro Content Layer loader of one wikikb collection. Every collection reads the same pipeline run
 * (one per build), so the content folder is parsed and the graph built only once.
 */
export function wikikbLoader(collection: CollectionName): Loader {
	return {
		name: `wikikb-${collection}`,
		async load(context) {
			contexts.set(collection, context);
			const { model } = await loadSiteData();
			const changed = sync(context, entriesOf(model, collection));
			context.logger.info(`${changed} of ${countOf(context.store.keys().length, 'entry', 'entries')} updated.`);
			watch(context);
		},
	};
}
