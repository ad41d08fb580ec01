import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { onPageRendered } from './build-progress.ts';
import { pageCacheDir } from '../../pipeline/index.ts';
import { finishPageReuse, startPageReuse } from './page-reuse.ts';
import { useSiteSettings, type SiteSettings } from './settings.ts';
import { loadSiteData, resetSiteData, type SiteData } from './site-data.ts';

/** Where the site is served from: Astro's `base` and `site`. */
export interface SiteAddress {
	/** The site's base path, `/` or `/a/b/`. */
	readonly base: string;
	/** The site's public origin, when known. */
	readonly site?: string;
}

/**
 * Reads the content folder for the site with these settings: the pipeline run its pages, export, files for language
 * models and search index all come from (one parse per build), shared by the modules Astro loads.
 * @param onPage progress callback of the run
 */
export function loadSite(settings: SiteSettings, onPage?: (done: number, total: number) => void): Promise<SiteData> {
	useSiteSettings(settings);
	resetSiteData();
	return loadSiteData(onPage);
}

/**
 * Builds the site's pages and its JSON export into `outDir` with Astro (after `loadSite`, whose run it uses), and
 * the search index unless `settings.deferSearchIndex`. A node's page whose inputs an earlier build of this content
 * folder rendered is that build's HTML (`page-reuse.ts`), unless `reuse` is false.
 * @param pageRendered called as each HTML page renders (progress)
 * @returns how many pages were reused
 */
export async function buildSite(
	settings: SiteSettings,
	address: SiteAddress & { readonly outDir: string },
	pageRendered: () => void,
	reuse = true,
): Promise<{ readonly reused: number }> {
	const [{ build }, config, { astroRoot }, { reuseSalt }] = await Promise.all([
		import('astro'),
		siteConfig(settings, address),
		import('./astro-config.ts'),
		import('./reuse-salt.ts'),
	]);
	const root = astroRoot(settings.contentDir);
	// `WIKIKB_CACHE_DIR=off` asks that nothing be taken from earlier runs.
	if (reuse && pageCacheDir() !== false)
		startPageReuse(join(root, 'pages'), await reuseSalt({ base: address.base, site: address.site }), address.base);
	// Astro writes its server chunks into the output folder when the working directory holds it, else into
	// `<cwd>/.astro/`, and imports them from there. So the build runs in a folder of its own in Astro's project
	// folder, whose `node_modules` link (or the `node_modules` it lies in) resolves what the chunks import, as in any
	// Astro project; nothing but the site is written into the output folder. Astro moves what is left of `.astro/`
	// into the output when done, so the folder starts empty (a killed build may have left chunks in it).
	const workDir = join(root, 'build', String(process.pid));
	rmSync(workDir, { recursive: true, force: true });
	mkdirSync(workDir, { recursive: true });
	const startedIn = process.cwd();
	process.chdir(workDir);
	const stopCounting = onPageRendered(pageRendered);
	try {
		await build({ ...config, logLevel: 'warn' });
	} finally {
		stopCounting();
		process.chdir(startedIn);
		rmSync(workDir, { recursive: true, force: true });
	}
	const reused = await finishPageReuse(address.outDir);
	// A reused page names a script or stylesheet this build did not make (the salt should have told): build again,
	// rendering every page.
	return reused ?? buildSite(settings, address, pageRendered, false);
}

/** Starts Astro's dev server for the site (after `loadSite`), which reloads the content as page files change. */
export async function serveSite(
	settings: SiteSettings,
	address: SiteAddress,
	server: { readonly port: number; readonly host: boolean },
): Promise<Awaited<ReturnType<typeof import('astro').dev>>> {
	const [{ dev }, config] = await Promise.all([import('astro'), siteConfig(settings, address)]);
	return dev({ ...config, server });
}

/** The Astro configuration, made in the working directory the command started in (it finds the cache folder). */
async function siteConfig(
	settings: SiteSettings,
	address: SiteAddress & { readonly outDir?: string },
): Promise<AstroInlineConfig> {
	const { astroConfig } = await import('./astro-config.ts');
	return astroConfig({ settings, ...address });
}
