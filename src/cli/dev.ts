import { join, relative, resolve } from 'node:path';
import { diagnosticChanges, formatChanges, type Diagnostic } from '../diagnostics/index.ts';
import { loadSite, onReload, serveSite, type SiteSettings } from '../site/index.ts';
import { countOf } from '../text/index.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { contentOption, stringOption } from './shared-options.ts';
import { readSiteOptions, siteOptions } from './site-options.ts';

export const devCommand: Command = {
	help: `Usage: wikikb dev [--content DIR] [--port N] [--host] [--base PATH] [--site URL]

Serves the site (Astro dev server) with search and the JSON export under /api/. Editing, adding or
removing a page file in the content folder updates the site and reloads the browser, and prints the
diagnostics that the change brought and the ones that went away, as \`wikikb check\` prints them.
Each page shows its own diagnostics in a panel (only in dev). Stop it with Ctrl+C.

Options:
  --content DIR  content folder to read (default: content)
  --port N       port to listen on (default: 4321; the next free one when it is taken)
  --host         listen on every network address, not only on this computer (to open the site
                 from a phone or another machine on the network)
  --base PATH    base path to serve the site under, e.g. /repo/ (default: /)
  --site URL     public address of the site (canonical links and metadata as a build makes them)
  --config FILE  settings file (default: wikikb.config.json in the current folder, if there is one)
  -h, --help     show this help
`,
	options: {
		...contentOption,
		port: { type: 'string', default: '4321' },
		host: { type: 'boolean', default: false },
		...siteOptions,
	},
	config: ['content', 'base', 'site'],
	async run(values, io, settings) {
		const address = readSiteOptions(values);
		const port = readPort(stringOption(values, 'port'));
		const content = stringOption(values, 'content');
		const site: SiteSettings = {
			contentDir: resolve(content),
			namespaces: settings.namespaces ?? [],
			dev: true,
			deferSearchIndex: false,
		};
		const data = await loadSite(site);
		io.err(`Read ${countOf(data.result.pages.length, 'page')} from ${data.contentDir}.\n`);
		reportChanges(data.result.diagnostics, data.contentDir, content, io);
		const server = await serveSite(site, address, { port, host: values.host === true });
		io.err(
			`Serving on http://localhost:${server.address.port}${address.base}${values.host === true ? ' and on every network address (Astro lists them above)' : ''} (Ctrl+C to stop).\n`,
		);
		await new Promise<void>((done) => {
			const stop = () => void server.stop().then(done, done);
			process.once('SIGINT', stop);
			process.once('SIGTERM', stop);
		});
		return 0;
	},
};

/**
 * Reads `--port`.
 * @throws UsageError when it is not a port number
 */
function readPort(text: string): number {
	const port = Number(text);
	if (!/^\d+$/u.test(text.trim()) || !Number.isInteger(port) || port < 1 || port > 65535)
		throw new UsageError(`The port \`${text}\` is not a number from 1 to 65535. Give one like \`--port 4321\`.`);
	return port;
}

/**
 * After each reload, prints the diagnostics the change brought and those that went away, in `check`'s format and
 * with the content folder as the user wrote it (`content/heuristics/X.wiki:5:14 ...`).
 */
function reportChanges(first: readonly Diagnostic[], contentDir: string, shownDir: string, io: CliIo): void {
	const shown = (path: string) => join(shownDir, relative(contentDir, path));
	const rename = (list: readonly Diagnostic[]) => list.map((d) => ({ ...d, file: shown(d.file) }));
	let previous = rename(first);
	onReload(({ data, changed }) => {
		const now = rename(data.result.diagnostics);
		io.err(formatChanges(changed.map(shown), diagnosticChanges(previous, now)));
		previous = now;
	});
}
