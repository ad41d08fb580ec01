import { type Diagnostic, countBySeverity, formatJson, formatText } from '../diagnostics/index.ts';
import { ContentError, type NamespaceSettings } from '../load/index.ts';
import { runPipeline } from '../pipeline/index.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

/** Diagnostics of a content folder and how many files were read; a duplicate title becomes diagnostics too. */
async function diagnose(
	contentDir: string,
	namespaces: NamespaceSettings,
	io: CliIo,
): Promise<{ diagnostics: readonly Diagnostic[]; fileCount: number }> {
	const progress = createProgress(io, 'Checking');
	try {
		const result = await runPipeline({ contentDir, onPage: progress.tick, namespaces });
		return { diagnostics: result.diagnostics, fileCount: result.files.length };
	} catch (error) {
		// Two files with one title stop a build, but checking is what finds them: report them like the rest.
		if (error instanceof ContentError && error.diagnostics.length > 0)
			return { diagnostics: error.diagnostics, fileCount: new Set(error.diagnostics.map((d) => d.file)).size };
		throw error;
	} finally {
		progress.finish();
	}
}

/** `wikikb check`: every diagnostic, compiler-style or as JSON; exit 1 when there are errors. */
export const checkCommand: Command = {
	help: `Usage: wikikb check [--content DIR] [--format text|json]

Prints every diagnostic as \`file:line:col severity rule message\`, grouped by file and sorted by line,
then a summary line with the counts. With --format json, prints { "diagnostics": [ { file, line, col,
severity, rule, message } ] } instead.
Exit code: 0 when there are no errors (warnings and infos allowed), 1 when there are errors,
2 when the command line is wrong or the content folder cannot be read.

Options:
  --content DIR        content folder to read (default: content)
  --config FILE        settings file for --content (default: wikikb.config.json, if there is one)
  --format text|json   output format (default: text)
  -h, --help           show this help
`,
	options: { ...contentOption, format: { type: 'string', default: 'text' } },
	config: ['content'],
	async run(values, io, settings) {
		const format = stringOption(values, 'format');
		if (format !== 'text' && format !== 'json')
			throw new UsageError(`Unknown format \`${format}\`: use \`text\` or \`json\`.`);
		const { diagnostics, fileCount } = await diagnose(stringOption(values, 'content'), settings.namespaces ?? [], io);
		io.out(format === 'json' ? formatJson(diagnostics) : formatText(diagnostics, fileCount));
		return countBySeverity(diagnostics).error > 0 ? 1 : 0;
	},
};
