import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { countBySeverity, formatSummary } from '../diagnostics/format.ts';
import { astroCacheDir, astroOutDir, clearStaging, publishStaged, unsafeOutDir } from '../site/lib/out-dir.ts';
import { REPO_ROOT } from '../site/lib/repo-root.ts';
import { indexBuiltSite } from '../site/lib/search-index.ts';
import { loadSiteData, resetSiteData } from '../site/lib/site-data.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

export const buildCommand: Command = {
	name: 'build',
	summary: 'Build the site, the JSON export and the search index.',
	help: `Usage: wikikb build [--content DIR] [--out DIR] [--strict]

Builds the static site (Astro), the JSON export under DIR/api/ and the Pagefind search index
under DIR/pagefind/, in one run over the content folder.
Diagnostics are reported as a summary; run \`wikikb check\` to list them.

Options:
  --content DIR  content folder to read (default: content)
  --out DIR      output folder, emptied and rebuilt (default: dist)
  --strict       exit 1 when there are errors (the site is still built)
  -h, --help     show this help
`,
	options: { ...contentOption, out: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } },
	async run(values, io) {
		const content = resolve(stringOption(values, 'content'));
		const out = resolve(stringOption(values, 'out'));
		const stageOut = process.env[STAGE_ENV];
		if (stageOut) return buildPages(content, stageOut, io);
		const unsafe = unsafeOutDir(out, content);
		if (unsafe) throw new UsageError(`\`${out}\` cannot be the output folder: ${unsafe}. A build replaces everything in its output folder; pass another one with --out.`);
		const target = astroOutDir(out);
		const started = performance.now();
		if (target.staged) await clearStaging(target.build);
		try {
			// The pipeline run and Astro's build hold gigabytes on large sites, and so does Pagefind's indexer: the pages
			// are built in a child process, so its memory is returned before the index is made.
			const { code, summary } = await inChildProcess(content, out, target.build);
			if (code !== 0 || !summary) return code || 1;
			await indexBuiltSite(target.build);
			if (target.staged) await publishStaged(target.build, out);
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			io.err(`Built ${summary.pages} pages (${summary.sitePages} site pages with links, domains and sources) into ${out} in ${seconds}s; ${summary.diagnostics}.\n`);
			return values.strict && summary.errors > 0 ? 1 : 0;
		} finally {
			if (target.staged) await clearStaging(target.build);
		}
	},
};

/** Set in the child process that builds the pages: the folder Astro builds into. */
const STAGE_ENV = 'WIKIKB_BUILD_PAGES_ONLY';

/** What the child process reports of its run, for the final message. */
interface PagesSummary {
	readonly pages: number;
	readonly sitePages: number;
	readonly diagnostics: string;
	readonly errors: number;
}

/**
 * Runs `wikikb build` with the same options in a child process that builds the pages and the JSON export but not
 * the search index. Its progress and messages go to this process's terminal.
 * @returns the child's exit code (when it is not 0, the child has said why) and summary
 */
function inChildProcess(content: string, out: string, astroOut: string): Promise<{ code: number; summary?: PagesSummary }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [...process.execArgv, join(REPO_ROOT, 'scripts', 'wikikb.mjs'), 'build', '--content', content, '--out', out], {
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
async function buildPages(content: string, astroOut: string, io: CliIo): Promise<number> {
	// The loader reads these (Astro loads the config and the content collections itself).
	process.env.WIKIKB_CONTENT = content;
	process.env.WIKIKB_OUT = astroOut;
	process.env.WIKIKB_DEFER_SEARCH_INDEX = '1';
	resetSiteData();
	// Run the pipeline here first: its progress shows, impossible input stops with a clear message, and
	// the site's loaders reuse this very run (one parse per build).
	const progress = createProgress(io, 'Parsing');
	const { result, model } = await loadSiteData(progress.tick);
	progress.finish();
	const summary: PagesSummary = { pages: result.pages.length, sitePages: model.nodes.length, diagnostics: formatSummary(result.diagnostics, result.files.length), errors: countBySeverity(result.diagnostics).error };
	// Astro writes its server chunks inside the working directory and imports them from there: they must
	// resolve the repository's node_modules, wherever the command was started.
	process.chdir(REPO_ROOT);
	const { build } = await import('astro');
	try {
		await build({ root: REPO_ROOT, logLevel: 'warn', outDir: astroOut, cacheDir: astroCacheDir(content) });
	} catch (error) {
		io.err(`The site could not be built: ${(error as Error).message}\nThe messages above come from Astro; run \`wikikb check\` to see whether a page is the cause.\n`);
		return 1;
	}
	// The channel stays open until the summary is sent, then must close or the process would not end.
	await new Promise<void>((sent) => (process.send ? process.send(summary, () => sent()) : sent()));
	process.disconnect?.();
	return 0;
}
