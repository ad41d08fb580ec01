import { countBySeverity, formatJson, formatText } from '../diagnostics/format.ts';
import { runPipeline } from '../pipeline/run.ts';
import { UsageError, type Command } from './command.ts';
import { contentOption, stringOption } from './shared-options.ts';

export const checkCommand: Command = {
	name: 'check',
	summary: 'Report problems in the pages (missing pages, unknown properties, malformed markup...).',
	help: `Usage: wikikb check [--content DIR] [--format text|json]

Prints every diagnostic as \`file:line:col severity rule message\`, grouped by file, then a summary.
Exit code: 0 when there are no errors (warnings allowed), 1 when there are errors.

Options:
  --content DIR        content folder to read (default: content)
  --format text|json   output format (default: text)
  -h, --help           show this help
`,
	options: { ...contentOption, format: { type: 'string', default: 'text' } },
	async run(values, io) {
		const format = stringOption(values, 'format');
		if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown format \`${format}\`: use \`text\` or \`json\`.`);
		const result = await runPipeline({ contentDir: stringOption(values, 'content') });
		io.out(format === 'json' ? formatJson(result.diagnostics) : formatText(result.diagnostics, result.files.length));
		return countBySeverity(result.diagnostics).error > 0 ? 1 : 0;
	},
};
