import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeExport } from '../export/index.ts';
import { devMiddleware } from './lib/dev-server.ts';
import { indexBuiltSite } from './lib/search-index.ts';
import { currentSiteData, loadSiteData } from './lib/site-data.ts';

/**
 * The wikikb Astro integration: after a build it writes the JSON export under `/api/` from the same pipeline
 * run the pages came from, then indexes the built pages with Pagefind; in dev it serves the search index
 * (built in memory) and the JSON export.
 */
export function wikikb(): AstroIntegration {
	return {
		name: 'wikikb',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(devMiddleware());
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const data = await (currentSiteData() ?? loadSiteData());
				const written = await writeExport(data.result, outDir);
				logger.info(`JSON export: ${written.length} files under api/.`);
				// `wikikb build` indexes by itself once the pipeline run is released (Pagefind needs the memory).
				if (process.env.WIKIKB_DEFER_SEARCH_INDEX === '1') return;
				const pages = await indexBuiltSite(outDir);
				logger.info(`Search index written from ${pages} HTML files (only knowledge pages are indexed).`);
			},
		},
	};
}
