import { countBySeverity, formatSummary } from '../diagnostics/index.ts';
import { writeExport } from '../export/index.ts';
import { publishFolder } from '../output/index.ts';
import { runPipeline } from '../pipeline/index.ts';
import { countOf } from '../text/index.ts';
import { UsageError, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

export const exportCommand: Command = {
	help: `Usage: wikikb export [--content DIR] --out DIR [--force] [--strict]

Writes DIR/api/graph.json, lr-rules.json, pages.json, search.json, one JSON file per page under
DIR/api/page/ (with the page as Markdown) and their JSON Schemas under DIR/api/schema/.
Diagnostics are reported as a summary; run \`wikikb check\` to list them.
DIR is handled as \`wikikb build\` handles its output folder: the export is made beside it and swapped
in, only what an earlier wikikb command wrote is deleted, and a folder holding anything else is refused
unless --force.

Options:
  --content DIR  content folder to read (default: content)
  --out DIR      output folder (required)
  --force        write into an output folder that holds files wikikb did not write; they are kept
  --config FILE  settings file for --content (default: wikikb.config.json in the current folder, if there is one)
  --strict       exit 1 when there are errors (output is still written)
  -h, --help     show this help
`,
	options: {
		...contentOption,
		out: { type: 'string' },
		force: { type: 'boolean', default: false },
		strict: { type: 'boolean', default: false },
	},
	config: ['content'],
	async run(values, io, settings) {
		const out = stringOption(values, 'out');
		if (!out) throw new UsageError('`wikikb export` needs an output folder: pass --out DIR.');
		const contentDir = stringOption(values, 'content');
		const started = performance.now();
		const { value } = await publishFolder(
			{ out, command: 'export', contentDir, force: values.force === true, note: (text) => io.err(`${text}\n`) },
			async (dir) => {
				const progress = createProgress(io, 'Parsing');
				const result = await runPipeline({
					contentDir,
					markdown: true,
					onPage: progress.tick,
					namespaces: settings.namespaces ?? [],
				});
				progress.finish();
				return { result, written: await writeExport(result, dir) };
			},
		);
		const { result, written } = value;
		const seconds = ((performance.now() - started) / 1000).toFixed(2);
		io.err(
			`Exported ${countOf(result.pages.length, 'page')} to ${out}/api (${countOf(written.length, 'file')}) in ${seconds}s; ${formatSummary(result.diagnostics, result.files.length)}.\n`,
		);
		return values.strict && countBySeverity(result.diagnostics).error > 0 ? 1 : 0;
	},
};
