import { runPipeline } from '../../pipeline/index.ts';
import { buildModel } from '../view/model.ts';
import { siteSettings } from './settings.ts';
import { clearSlot, readSlot, writeSlot, type SiteData } from './site-slot.ts';

export type { SiteData } from './site-slot.ts';

/**
 * The pipeline result and site model of the content folder, computed once per process (per build)
 * and shared by every collection loader, the integration and the CLI.
 * @param onPage progress callback of the run, when this call starts it
 */
export function loadSiteData(onPage?: (done: number, total: number) => void): Promise<SiteData> {
	const { contentDir: dir, namespaces } = siteSettings();
	const state = readSlot();
	if (state && state.dir === dir) return state.promise;
	const promise = (async (): Promise<SiteData> => {
		const result = await runPipeline({
			contentDir: dir,
			render: true,
			markdown: true,
			namespaces,
			...(onPage ? { onPage } : {}),
		});
		return { contentDir: dir, result, model: buildModel(result, dir) };
	})();
	writeSlot({ dir, promise });
	// A failed run must not stick: the next call (dev server after a fix) tries again.
	promise.catch(() => clearSlot(promise));
	return promise;
}

/** The run already made in this process, if any (the integration uses it after the build). */
export function currentSiteData(): Promise<SiteData> | undefined {
	return readSlot()?.promise;
}

/** Forgets the shared run, so the next `loadSiteData()` reads the content folder again (a page changed). */
export function resetSiteData(): void {
	clearSlot();
}
