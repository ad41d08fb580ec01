import { resolve } from 'node:path';
import type { NamespaceSettings } from '../../load/index.ts';

/**
 * The settings of one build or dev server of the site: the options of the wikikb integration (`wikikb({ ... })`),
 * which the command that builds or serves the site gives it. The site's modules read them here, never from
 * environment variables.
 */
export interface SiteSettings {
	/** The content folder, absolute. */
	readonly contentDir: string;
	/** Custom namespaces (`wikikb.config.json`'s `namespaces`). */
	readonly namespaces: NamespaceSettings;
	/** Served by the dev server (`wikikb dev`): pages show their diagnostics; a build leaves them out. */
	readonly dev: boolean;
	/** The build leaves the search index to its caller (`wikikb build` makes it once the pipeline run is released). */
	readonly deferSearchIndex: boolean;
}

// Astro loads the integration, the content config and the built pages as separate module instances (Node, Vite
// SSR, the server bundle), so the settings live in a process-wide slot, like the shared run (`site-slot.ts`).
const SETTINGS = Symbol.for('wikikb.site-settings');
const holder = globalThis as { [SETTINGS]?: SiteSettings };

/** The settings of this process's build or dev server; before any were given, a build of `./content`. */
export function siteSettings(): SiteSettings {
	return holder[SETTINGS] ?? { contentDir: resolve('content'), namespaces: [], dev: false, deferSearchIndex: false };
}

/** Sets this process's settings: every later read of the site's settings, and run of the pipeline for it, uses them. */
export function useSiteSettings(settings: SiteSettings): void {
	holder[SETTINGS] = settings;
}
