// Placeholder until the site issue (#5) lands: writes the JSON export only.
import { writeExport } from '../export/index.ts';
import { runPipeline } from '../pipeline/run.ts';
import type { Command } from './command.ts';
import { contentOption, stringOption } from './shared-options.ts';

export const buildCommand: Command = {
	name: 'build',
	summary: 'Build the site, the JSON export and the search index.',
	help: 'Usage: wikikb build [--content DIR] [--out DIR] [--strict]\n',
	options: { ...contentOption, out: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } },
	async run(values, io) {
		const result = await runPipeline({ contentDir: stringOption(values, 'content') });
		await writeExport(result, stringOption(values, 'out'));
		io.err(`Built ${result.pages.length} pages.\n`);
		return 0;
	},
};
