import { countBySeverity, formatSummary } from '../diagnostics/format.ts';
import { writeExport } from '../export/index.ts';
import { runPipeline } from '../pipeline/run.ts';
import { UsageError, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

export const exportCommand: Command = {
	name: 'export',
	summary: 'Write the JSON export (graph, LR rules, pages) without building the site.',
	help: `Usage: wikikb export [--content DIR] --out DIR [--strict]

Writes DIR/api/graph.json, lr-rules.json, pages.json and their JSON Schemas under DIR/api/schema/.
Diagnostics are reported as a summary; run \`wikikb check\` to list them.

Options:
  --content DIR  content folder to read (default: content)
  --out DIR      output folder (required)
  --strict       exit 1 when there are errors (output is still written)
  -h, --help     show this help
`,
	options: { ...contentOption, out: { type: 'string' }, strict: { type: 'boolean', default: false } },
	async run(values, io) {
		const out = stringOption(values, 'out');
		if (!out) throw new UsageError('`wikikb export` needs an output folder: pass --out DIR.');
		const progress = createProgress(io, 'Parsing');
		const started = performance.now();
		const result = await runPipeline({ contentDir: stringOption(values, 'content'), onPage: progress.tick });
		progress.finish();
		const written = await writeExport(result, out);
		const seconds = ((performance.now() - started) / 1000).toFixed(2);
		io.err(`Exported ${result.pages.length} pages to ${out}/api (${written.length} files) in ${seconds}s; ${formatSummary(result.diagnostics, result.files.length)}.\n`);
		return values.strict && countBySeverity(result.diagnostics).error > 0 ? 1 : 0;
	},
};
