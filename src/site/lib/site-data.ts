import { resolve } from 'node:path';
import { runPipeline, type PipelineResult } from '../../pipeline/run.ts';
import { buildModel, type SiteModel } from './model.ts';
import { clearSlot, readSettings, readSlot, writeSlot } from './site-slot.ts';

export { writeSettings as useSiteSettings, type SiteSettings } from './site-slot.ts';

/** One pipeline run over the content folder and the site's view of it. */
export interface SiteData {
	/** Absolute path of the content folder that was read. */
	readonly contentDir: string;
	readonly result: PipelineResult;
	readonly model: SiteModel;
}

/** The content folder of this process: `$WIKIKB_CONTENT` (default `content`), resolved against the cwd. */
export function contentDir(): string {
	return resolve(process.env.WIKIKB_CONTENT || 'content');
}

/**
 * The pipeline result and site model of the content folder, computed once per process (per build)
 * and shared by every collection loader, the integration and the CLI.
 * @param onPage progress callback of the run, when this call starts it
 */
export function loadSiteData(onPage?: (done: number, total: number) => void): Promise<SiteData> {
	const dir = contentDir();
	const state = readSlot();
	if (state && state.dir === dir) return state.promise;
	const promise = (async (): Promise<SiteData> => {
		const result = await runPipeline({ contentDir: dir, render: true, markdown: true, namespaces: readSettings().namespaces, ...(onPage ? { onPage } : {}) });
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
