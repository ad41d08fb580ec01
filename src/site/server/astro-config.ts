import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';
import { isInside } from '../../load/index.ts';
import { PACKAGE_ROOT } from '../../package-paths.ts';
import { cacheRoot } from '../../pipeline/index.ts';
import { wikikb } from './integration.ts';
import type { SiteSettings } from './settings.ts';

/** The site's folder, Astro's `srcDir` (pages, layouts, components, client scripts): `src/site/` or, compiled, `lib/site/`. */
export const SITE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/** The `node_modules` folder that holds wikikb's Astro (the user's project's, the npx cache's, or the checkout's). */
export const INSTALL_MODULES = dirname(dirname(createRequire(import.meta.url).resolve('astro/package.json')));

/**
 * Astro's project folder for one content folder, in wikikb's cache folder: Astro writes into its project folder
 * (`.astro/`, its data store, Vite's dependency cache), and the wikikb package may be read-only. One per content
 * folder, so builds of different content folders neither evict nor overwrite each other's entries.
 */
export function astroRoot(contentDir: string): string {
	const key = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
	return join(cacheRoot(), 'astro', `wikikb-${key}`);
}

/** Astro's cache folder (its content data store) for one content folder, in its project folder. */
export function astroCacheDir(contentDir: string): string {
	return join(astroRoot(contentDir), 'cache');
}

/** What a build or dev server of the site is made of. */
export interface SiteConfigOptions {
	/** The wikikb integration's options; their content folder names Astro's project folder. */
	readonly settings: SiteSettings;
	/** The site's base path, `/` or `/a/b/`. */
	readonly base: string;
	/** The site's public origin, when known. */
	readonly site?: string;
	/** The folder a build writes the site into. */
	readonly outDir?: string;
}

/**
 * Makes Astro's project folder, where Vite resolves the packages that Astro's generated modules import
 * (`astro/content/runtime`...) as if the project lived there. Outside the `node_modules` that holds wikikb's Astro
 * (a global or npx install, or `$WIKIKB_CACHE_DIR`), the folder gets a `node_modules` link to it, so those
 * imports find wikikb's own Astro, never another one a project above may have; inside it, they find it anyway,
 * and a link there would make a loop.
 */
function makeAstroRoot(root: string): void {
	mkdirSync(root, { recursive: true });
	if (isInside(INSTALL_MODULES, root)) return;
	const link = join(root, 'node_modules');
	let current: string | undefined;
	try {
		current = readlinkSync(link);
	} catch {
		// no link yet (or something that is not a link, which rmSync below replaces)
	}
	if (current === INSTALL_MODULES) return;
	rmSync(link, { recursive: true, force: true });
	// A junction on Windows: it needs no administrator rights, and a link to a folder is all this needs.
	symlinkSync(INSTALL_MODULES, link, 'junction');
}

/** The first folder of an absolute path, with its root: `/home` of `/home/me/x`, `C:\Users` of `C:\Users\me`. */
function topFolder(path: string): string {
	const { root } = parse(path);
	return root + (path.slice(root.length).split(sep)[0] ?? '');
}

/**
 * The folder Astro reads the site's sources from: this folder, or a copy of wikikb's code in the project folder.
 * Astro takes an absolute path that shares nothing but the root `/` with its project folder for a path inside it
 * (its `normalizeFilename`), so the site cannot be built from a package that shares no folder with the project
 * folder, as with a global install (`/usr/lib/node_modules`) and a cache in the home folder (`/home/me/.cache`).
 * Then the code is copied (about 1 MB) into the project folder at every start.
 */
function siteSources(root: string): string {
	if (topFolder(root) === topFolder(SITE_DIR) && topFolder(root) !== parse(root).root) return SITE_DIR;
	const copy = join(root, 'code');
	rmSync(copy, { recursive: true, force: true });
	cpSync(dirname(SITE_DIR), copy, { recursive: true });
	return join(copy, basename(SITE_DIR));
}

/**
 * The whole Astro configuration of the wikikb site (there is no `astro.config.mjs`): the project folder is
 * writable state in the cache folder (made here), and the site's sources (`srcDir`, `publicDir`) stay in the
 * package.
 */
export function astroConfig(options: SiteConfigOptions): AstroInlineConfig {
	// Astro is part of wikikb, pinned by it: its users did not choose Astro, cannot upgrade it ("New version of Astro
	// available") and were not asked about its usage reports. A user who sets these variables keeps their choice.
	process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
	process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
	const { contentDir } = options.settings;
	const root = astroRoot(contentDir);
	makeAstroRoot(root);
	const sources = siteSources(root);
	return {
		configFile: false,
		root,
		srcDir: sources,
		publicDir: join(sources, 'public'),
		cacheDir: astroCacheDir(contentDir),
		...(options.outDir ? { outDir: options.outDir } : {}),
		base: options.base,
		...(options.site ? { site: options.site } : {}),
		// Pages live at `/type/Name/`: one folder per page, always with the trailing slash.
		trailingSlash: 'always',
		// A page waits for its body (read from the cache folder) and for its folder and file to be written: with one
		// page at a time (Astro's default) the thread sat idle for a third of the pages' phase. Four at a time overlap
		// those waits; each page's HTML is the same, whatever the order.
		build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
		devToolbar: { enabled: false },
		vite: {
			cacheDir: join(root, 'vite'),
			// Keep every script and stylesheet in a file: the Content-Security-Policy forbids inline code.
			// mermaid and cytoscape are big by nature and load only on the pages that use them.
			build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 3000 },
			// The dev server serves files from the site's sources and the installed packages, which are outside the
			// project folder; Vite would otherwise allow only the project folder's workspace.
			server: { fs: { allow: [root, PACKAGE_ROOT, dirname(INSTALL_MODULES)] } },
		},
		integrations: [wikikb(options.settings)],
	};
}
