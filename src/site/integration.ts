import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeExport } from '../export/index.ts';
import { devMiddleware } from './lib/dev-server.ts';
import { indexBuiltSite } from './lib/search-index.ts';
import { currentSiteData, loadSiteData } from './lib/site-data.ts';
import { copyVendorFiles, MERMAID_URL } from './lib/vendor.ts';

/**
 * The wikikb Astro integration: after a build it copies mermaid's browser build, writes the JSON export under
 * `/api/` from the same pipeline run the pages came from, then indexes the built pages with Pagefind; in dev it
 * serves mermaid, the search index (built in memory) and the JSON export.
 */
export function wikikb(): AstroIntegration {
	return {
		name: 'wikikb',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				// The diagram script imports mermaid from its site path at run time; the bundler leaves it alone.
				updateConfig({ vite: { define: { __WIKIKB_MERMAID_URL__: JSON.stringify(MERMAID_URL) }, build: { rollupOptions: { external: [MERMAID_URL] } } } });
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(devMiddleware());
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				await copyVendorFiles(outDir);
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
