import { spawn } from 'node:child_process';
import { countBySeverity, formatSummary } from '../diagnostics/index.ts';
import type { NamespaceSettings } from '../load/index.ts';
import { publishFolder } from '../output/index.ts';
import { CLI_ENTRY } from '../package-paths.ts';
import { countOf } from '../text/index.ts';
import { buildSite, indexBuiltSite, loadSite, type SiteSettings } from '../site/index.ts';
import type { CliIo, Command } from './command.ts';
import { createProgress, timedPhase, type Progress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';
import { readSiteOptions, siteArguments, siteOptions, type SiteAddressOptions } from './site-options.ts';

export const buildCommand: Command = {
	help: `Usage: wikikb build [--content DIR] [--out DIR] [--base PATH] [--site URL] [--force] [--strict]

Builds the static site (Astro), the JSON export under DIR/api/, the Markdown for language models
(DIR/llms.txt, DIR/llms-full.txt, a .md beside each page) and the Pagefind search index under
DIR/pagefind/, in one run over the content folder.
Diagnostics are reported as a summary; run \`wikikb check\` to list them.

The site is made complete beside DIR, then swapped in: a build that fails or is killed leaves the
previous site as it was. A build deletes only what an earlier build wrote (listed in
DIR/.wikikb-build.json); it refuses an output folder that holds anything else, unless --force.

Options:
  --content DIR  content folder to read (default: content)
  --out DIR      output folder (default: dist)
  --base PATH    base path the site is served under, e.g. /repo/ for https://user.github.io/repo/ (default: /)
  --site URL     public address of the site, e.g. https://user.github.io/repo/: adds a sitemap, an
                 Atom feed, canonical links and social-media metadata
  --force        build into an output folder that holds files wikikb did not write; they are kept
                 (never deleted or overwritten) and remembered, so later builds keep them too
  --config FILE  settings file (default: wikikb.config.json in the current folder, if there is one)
  --strict       exit 1 when there are errors (the site is still built)
  -h, --help     show this help
`,
	options: {
		...contentOption,
		out: { type: 'string', default: 'dist' },
		...siteOptions,
		force: { type: 'boolean', default: false },
		strict: { type: 'boolean', default: false },
	},
	config: ['content', 'out', 'base', 'site'],
	async run(values, io, settings) {
		// as given, so that diagnostics name files as `wikikb export` and `check` do (`content/x.wiki`); the build's
		// child process shares this working folder
		const content = stringOption(values, 'content');
		const address = readSiteOptions(values);
		const stageOut = process.env[STAGE_ENV];
		if (stageOut) return buildPages(content, stageOut, address, io, settings.namespaces ?? []);
		const started = performance.now();
		const config = typeof values.config === 'string' ? ['--config', values.config] : [];
		const { value: child, published } = await publishFolder(
			{
				out: stringOption(values, 'out'),
				command: 'build',
				contentDir: content,
				force: values.force === true,
				note: (text) => io.err(`${text}\n`),
			},
			async (dir) => {
				// The pipeline run and Astro's build hold gigabytes on large sites, and so does Pagefind's indexer: the pages
				// are built in a child process, so its memory is returned before the index is made.
				const built = await inChildProcess(
					['build', '--content', content, '--out', dir, ...siteArguments(address), ...config],
					dir,
				);
				if (built.code === 0 && built.summary)
					await timedPhase(
						io,
						'Indexing the site for search',
						() => indexBuiltSite(dir),
						(files) => `Indexed ${countOf(files, 'HTML file')} for search`,
					);
				return built;
			},
			(built) => built.code === 0 && built.summary !== undefined,
		);
		if (!published || !child.summary) return child.code || 1;
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const { summary } = child;
		// the site pages were counted as they were rendered: a second count here (of graph nodes) read as a contradiction
		io.err(
			`Built the site of ${countOf(summary.pages, 'page')} into ${stringOption(values, 'out')} in ${seconds}s; ${summary.diagnostics}.\n`,
		);
		return values.strict && summary.errors > 0 ? 1 : 0;
	},
};

/** Set in the child process that builds the pages: the folder Astro builds into. */
const STAGE_ENV = 'WIKIKB_BUILD_PAGES_ONLY';

/** What the child process reports of its run, for the final message. */
interface PagesSummary {
	readonly pages: number;
	readonly diagnostics: string;
	readonly errors: number;
}

/**
 * Runs `wikikb build` with the given arguments in a child process that builds the pages and the JSON export into
 * `astroOut` but not the search index. Its progress and messages go to this process's terminal.
 * @returns the child's exit code (when it is not 0, the child has said why) and summary
 */
function inChildProcess(args: readonly string[], astroOut: string): Promise<{ code: number; summary?: PagesSummary }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [...process.execArgv, CLI_ENTRY, ...args], {
			stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
			env: { ...process.env, [STAGE_ENV]: astroOut },
		});
		let summary: PagesSummary | undefined;
		child.on('message', (message) => (summary = message as PagesSummary));
		child.on('error', fail);
		child.on('exit', (code) => done({ code: code ?? 1, ...(summary ? { summary } : {}) }));
	});
}

/** In the child process: the pipeline run, then Astro's build of the pages and the JSON export. */
async function buildPages(
	content: string,
	astroOut: string,
	address: SiteAddressOptions,
	io: CliIo,
	namespaces: NamespaceSettings,
): Promise<number> {
	// When the build process ends (killed, or interrupted), this one must not go on writing into its output. Listening
	// keeps the channel open, so it is closed on every way out below, or this process would never end.
	let finished = false;
	process.on('disconnect', () => {
		if (!finished) process.exit(1);
	});
	try {
		const summary = await buildPagesInto(content, astroOut, address, io, namespaces);
		if (!summary) return 1;
		await new Promise<void>((sent) => (process.send ? process.send(summary, () => sent()) : sent()));
		return 0;
	} finally {
		finished = true;
		process.disconnect?.();
	}
}

/** The pipeline run and Astro's build; undefined when Astro failed (it has said why). */
async function buildPagesInto(
	content: string,
	astroOut: string,
	address: SiteAddressOptions,
	io: CliIo,
	namespaces: NamespaceSettings,
): Promise<PagesSummary | undefined> {
	// The pages are built here; the search index is made by the build process, once this run's memory is released.
	const settings: SiteSettings = { contentDir: content, namespaces, dev: false, deferSearchIndex: true };
	// Run the pipeline here first: its progress shows, impossible input stops with a clear message, and
	// the site's loaders reuse this very run (one parse per build).
	const progress = createProgress(io, { doing: 'Parsing', done: 'Parsed' });
	const { result } = await loadSite(settings, progress.tick);
	progress.finish();
	const summary: PagesSummary = {
		pages: result.pages.length,
		diagnostics: formatSummary(result.diagnostics, result.files.length),
		errors: countBySeverity(result.diagnostics).error,
	};
	// Astro reports no progress of its own at this log level: each page says it renders (the layout), and this
	// process shares the terminal with the build process. Before the first page, Astro bundles the site's code.
	let rendered = 0;
	let rendering: Progress | undefined;
	let firstPage = () => {};
	const bundled = new Promise<void>((done) => (firstPage = done));
	try {
		const building = buildSite(settings, { outDir: astroOut, ...address }, () => {
			if (rendered++ === 0) firstPage();
			rendering ??= createProgress(io, { doing: 'Rendering', done: 'Rendered', unit: ['site page', 'site pages'] });
			rendering.tick(rendered);
		});
		// A build that fails before its first page ends this phase too (its error is reported below).
		await timedPhase(
			io,
			"Bundling the site's code (Astro)",
			() =>
				Promise.race([
					bundled,
					building.then(
						() => undefined,
						() => undefined,
					),
				]),
			() => "Bundled the site's code",
		);
		const { reused } = await building;
		rendering?.finish();
		if (reused > 0) io.err(`Reused the HTML of ${countOf(reused, 'page')} unchanged since the last build.\n`);
	} catch (error) {
		io.err(
			`The site could not be built: ${(error as Error).message}\nThe messages above come from Astro; run \`wikikb check\` to see whether a page is the cause.\n`,
		);
		return undefined;
	}
	return summary;
}
