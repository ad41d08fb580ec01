import type { AstroInlineConfig } from 'astro';
import { onPageRendered } from './build-progress.ts';
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
 * the search index unless `settings.deferSearchIndex`. Moves this process into `outDir` (see below why).
 * @param pageRendered called as each HTML page renders (progress)
 */
export async function buildSite(
	settings: SiteSettings,
	address: SiteAddress & { readonly outDir: string },
	pageRendered: () => void,
): Promise<void> {
	const [{ build }, config] = await Promise.all([import('astro'), siteConfig(settings, address)]);
	// Astro writes its server chunks into the output folder when the working directory holds it (else into
	// `<cwd>/.astro/`) and imports them from there; the wikikb integration bundles what they import, so they run
	// wherever the output folder is, and nothing is written into wikikb's own folder.
	process.chdir(address.outDir);
	const stopCounting = onPageRendered(pageRendered);
	try {
		await build({ ...config, logLevel: 'warn' });
	} finally {
		stopCounting();
	}
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
