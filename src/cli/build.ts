import { resolve } from 'node:path';
import { countBySeverity, formatSummary } from '../diagnostics/format.ts';
import { astroCacheDir, astroOutDir, clearStaging, publishStaged } from '../site/lib/out-dir.ts';
import { REPO_ROOT } from '../site/lib/repo-root.ts';
import { loadSiteData, resetSiteData } from '../site/lib/site-data.ts';
import type { Command } from './command.ts';
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
  --out DIR      output folder (default: dist)
  --strict       exit 1 when there are errors (the site is still built)
  -h, --help     show this help
`,
	options: { ...contentOption, out: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } },
	async run(values, io) {
		const started = performance.now();
		// The loader reads these (Astro loads the config and the content collections itself).
		process.env.WIKIKB_CONTENT = resolve(stringOption(values, 'content'));
		const out = resolve(stringOption(values, 'out'));
		const target = astroOutDir(out);
		process.env.WIKIKB_OUT = target.build;
		resetSiteData();
		// Run the pipeline here first: its progress shows, impossible input stops with a clear message, and
		// the site's loaders reuse this very run (one parse per build).
		const progress = createProgress(io, 'Parsing');
		const data = await loadSiteData(progress.tick);
		progress.finish();
		// Astro writes its server chunks inside the working directory and imports them from there: they must
		// resolve the repository's node_modules, wherever the command was started.
		process.chdir(REPO_ROOT);
		const { build } = await import('astro');
		if (target.staged) await clearStaging(target.build);
		try {
			await build({ root: REPO_ROOT, logLevel: 'warn', outDir: target.build, cacheDir: astroCacheDir(process.env.WIKIKB_CONTENT) });
			if (target.staged) await publishStaged(target.build, out);
		} catch (error) {
			io.err(`The site could not be built: ${(error as Error).message}\nThe messages above come from Astro; run \`wikikb check\` to see whether a page is the cause.\n`);
			return 1;
		} finally {
			if (target.staged) await clearStaging(target.build);
		}
		const { result } = data;
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		io.err(`Built ${result.pages.length} pages (${data.model.nodes.length} site pages with links, domains and sources) into ${out} in ${seconds}s; ${formatSummary(result.diagnostics, result.files.length)}.\n`);
		return values.strict && countBySeverity(result.diagnostics).error > 0 ? 1 : 0;
	},
};
