// Astro configuration of the wikikb site. The content and output folders come from the environment
// (WIKIKB_CONTENT, WIKIKB_OUT), which `wikikb build` and `wikikb dev` set from their options.
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { wikikb } from './src/site/integration.ts';

export default defineConfig({
	srcDir: './src/site',
	publicDir: './src/site/public',
	outDir: resolve(process.env.WIKIKB_OUT ?? 'dist'),
	// Pages live at `/type/Name/`: one folder per page, always with the trailing slash.
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	// Keep every script and stylesheet in a file: the Content-Security-Policy forbids inline code.
	// mermaid and cytoscape are big by nature and load only on the pages that use them.
	vite: { build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 3000 } },
	integrations: [wikikb()],
});
