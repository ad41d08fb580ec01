import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { writeExport } from '../../export/index.ts';
import { relayDataStoreWrites } from './data-store-relay.ts';
import { countOf } from '../../text/index.ts';
import { devMiddleware } from './dev-server.ts';
import { writeLlmsFiles } from './llms-files.ts';
import { indexBuiltSite } from './search-index.ts';
import { SEARCH_WORDS_PATH, searchWordsText } from './search-words.ts';
import { currentSiteData, loadSiteData } from './site-data.ts';
import { withBase } from '../view/site-address.ts';
import { useSiteSettings, type SiteSettings } from './settings.ts';
import { copyVendorFiles, CYTOSCAPE_URL, MERMAID_URL } from './vendor.ts';

/**
 * The wikikb Astro integration: after a build it copies mermaid's browser build, writes the JSON export under
 * `/api/` from the same pipeline run the pages came from, the files for language models (`llms.txt`,
 * `llms-full.txt`, each page's `.md`) and the words the search page corrects typos against, then indexes the built
 * pages with Pagefind; in dev it serves mermaid, the search index (built in memory) and all of these from the
 * current run. The site's base path and address are Astro's own `base` and `site`; with a `site`,
 * it adds the sitemap. Its options are the settings every module of the site reads (`settings.ts`).
 */
export function wikikb(settings: SiteSettings): AstroIntegration {
	let base = '/';
	let root = '';
	let site = '';
	return {
		name: 'wikikb',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				useSiteSettings(settings);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				root = fileURLToPath(config.root);
				site = config.site ?? '';
				const mermaid = withBase(base, MERMAID_URL);
				const cytoscape = withBase(base, CYTOSCAPE_URL);
				// The diagram and graph scripts import mermaid and cytoscape from their site paths at run time; the bundler
				// leaves them alone. The base path and address are written into the code: on the server,
				// `import.meta.env.BASE_URL` and `SITE` can be overridden by variables of the environment the build runs in.
				const define = {
					__WIKIKB_MERMAID_URL__: JSON.stringify(mermaid),
					__WIKIKB_CYTOSCAPE_URL__: JSON.stringify(cytoscape),
					__WIKIKB_BASE__: JSON.stringify(base),
					__WIKIKB_SITE__: JSON.stringify(config.site ?? ''),
				};
				updateConfig({ vite: { define, build: { rollupOptions: { external: [mermaid, cytoscape] } } } });
				if (config.site)
					updateConfig({ integrations: [sitemap({ filter: (page) => !/\/404\/?$/u.test(new URL(page).pathname) })] });
			},
			'astro:build:setup': ({ target, updateConfig }) => {
				// The server chunks import installed packages as any Astro project's do (see `buildSite` for where they run);
				// Astro's own runtime is bundled, and carries `@__PURE__` comments where Rollup cannot use them: it drops
				// them, and says so.
				if (target === 'server') {
					updateConfig({
						build: {
							rollupOptions: {
								onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
							},
						},
					});
				}
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(devMiddleware(base));
				relayDataStoreWrites(server, root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				await copyVendorFiles(outDir);
				// GitHub Pages runs Jekyll on a branch it serves unless told not to, and Jekyll drops `_astro/` and `_vendor/`.
				await writeFile(join(outDir, '.nojekyll'), '');
				const data = await (currentSiteData() ?? loadSiteData());
				const written = await writeExport(data.result, outDir);
				logger.info(`JSON export: ${countOf(written.length, 'file')} under api/.`);
				// Links in these files are absolute when the site's address is known (llms.txt is often read on its own).
				const place = (path: string) => (site ? new URL(withBase(base, path), site).href : withBase(base, path));
				const llms = await writeLlmsFiles(data.result, outDir, place);
				logger.info(`Markdown for language models: ${llms.length} files (llms.txt, llms-full.txt, one .md per page).`);
				await writeFile(join(outDir, SEARCH_WORDS_PATH), searchWordsText(data));
				// `wikikb build` indexes by itself once the pipeline run is released (Pagefind needs the memory).
				if (settings.deferSearchIndex) return;
				const pages = await indexBuiltSite(outDir);
				logger.info(`Search index written from ${countOf(pages, 'HTML file')} (only knowledge pages are indexed).`);
			},
		},
	};
}
