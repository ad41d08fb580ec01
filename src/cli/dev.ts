// Placeholder until the site issue (#5) lands.
import type { Command } from './command.ts';
import { contentOption } from './shared-options.ts';

export const devCommand: Command = {
	name: 'dev',
	summary: 'Serve the site with live reload when a page changes.',
	help: 'Usage: wikikb dev [--content DIR]\n',
	options: { ...contentOption },
	async run(_values, io) {
		io.err('The dev server is not built yet.\n');
		return 1;
	},
};
