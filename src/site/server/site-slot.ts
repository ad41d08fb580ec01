import type { PipelineResult } from '../../pipeline/index.ts';
import type { SiteModel } from '../view/model.ts';

/** One pipeline run over the content folder and the site's view of it. */
export interface SiteData {
	/** Absolute path of the content folder that was read. */
	readonly contentDir: string;
	readonly result: PipelineResult;
	readonly model: SiteModel;
}

/** The run shared by this process, for one content folder. */
export interface SiteDataState {
	readonly dir: string;
	readonly promise: Promise<SiteData>;
}

// Astro loads the content config, the integration, the CLI and the built pages as separate module instances
// (Vite SSR, Node, the server bundle), so the one run per build is shared through a process-wide slot rather
// than a module variable. This module imports nothing at runtime: the built pages read the slot without
// pulling the pipeline into the server bundle.
const SLOT = Symbol.for('wikikb.site-data');
const LISTENERS = Symbol.for('wikikb.site-data.reloaded');
const holder = globalThis as { [SLOT]?: SiteDataState; [LISTENERS]?: Set<(event: ReloadEvent) => void> };

/** The content was read again in dev because page files changed. */
export interface ReloadEvent {
	readonly data: SiteData;
	/** Absolute paths of the page files that changed, were added or removed. */
	readonly changed: readonly string[];
}

/**
 * Calls `listener` after each reload of the content in dev (the CLI reports the diagnostics that came and went).
 * @returns a function that stops listening
 */
export function onReload(listener: (event: ReloadEvent) => void): () => void {
	const listeners = (holder[LISTENERS] ??= new Set());
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Tells the listeners that the content was read again. */
export function emitReload(event: ReloadEvent): void {
	for (const listener of holder[LISTENERS] ?? []) listener(event);
}

/** The shared run of this process, if one was started. */
export function readSlot(): SiteDataState | undefined {
	return holder[SLOT];
}

/** Shares a run (replacing any earlier one). */
export function writeSlot(state: SiteDataState): void {
	holder[SLOT] = state;
}

/** Forgets the shared run; with `only`, only when it is still that run. */
export function clearSlot(only?: Promise<SiteData>): void {
	if (only === undefined || holder[SLOT]?.promise === only) delete holder[SLOT];
}
