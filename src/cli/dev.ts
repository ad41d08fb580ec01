import { resolve } from 'node:path';
import { loadSiteData, resetSiteData, useSiteSettings } from '../site/lib/site-data.ts';
import type { Command } from './command.ts';
import { contentOption, stringOption } from './shared-options.ts';
import { readSiteOptions, siteOptions } from './site-options.ts';

export const devCommand: Command = {
	help: `Usage: wikikb dev [--content DIR] [--port N] [--base PATH] [--site URL]

Serves the site (Astro dev server) with search and the JSON export under /api/. Editing, adding or
removing a page file in the content folder updates the site and reloads the browser.
Stop it with Ctrl+C.

Options:
  --content DIR  content folder to read (default: content)
  --port N       port to listen on (default: 4321)
  --base PATH    base path to serve the site under, e.g. /repo/ (default: /)
  --site URL     public address of the site (canonical links and metadata as a build makes them)
  --config FILE  settings file (default: wikikb.config.json in the current folder, if there is one)
  -h, --help     show this help
`,
	options: { ...contentOption, port: { type: 'string', default: '4321' }, ...siteOptions },
	config: ['content', 'base', 'site'],
	async run(values, io, settings) {
		const address = readSiteOptions(values);
		process.env.WIKIKB_DEV = '1';
		process.env.WIKIKB_CONTENT = resolve(stringOption(values, 'content'));
		const port = Number(stringOption(values, 'port'));
		useSiteSettings({ namespaces: settings.namespaces ?? [] });
		resetSiteData();
		const data = await loadSiteData();
		io.err(`Read ${data.result.pages.length} pages from ${data.contentDir}.\n`);
		const [{ dev }, { astroConfig }] = await Promise.all([import('astro'), import('../site/astro-config.ts')]);
		const server = await dev({ ...astroConfig({ contentDir: data.contentDir, ...address }), server: { port: Number.isInteger(port) && port > 0 ? port : 4321 } });
		io.err(`Serving on http://localhost:${server.address.port}${address.base} (Ctrl+C to stop).\n`);
		await new Promise<void>((done) => {
			const stop = () => void server.stop().then(done, done);
			process.once('SIGINT', stop);
			process.once('SIGTERM', stop);
		});
		return 0;
	},
};
