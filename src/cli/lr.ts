// Placeholder until the LR issue (#4) lands.
import type { Command } from './command.ts';
import { contentOption } from './shared-options.ts';

export const lrCommand: Command = {
	name: 'lr',
	summary: 'Recommend a learning-rate range for a task, model size and method.',
	help: 'Usage: wikikb lr [--content DIR] --task TASK [--params 7B] [--method lora|qlora|full] [--json]\n',
	options: { ...contentOption, task: { type: 'string' }, params: { type: 'string' }, method: { type: 'string' }, json: { type: 'boolean', default: false } },
	async run(_values, io) {
		io.err('The LR recommender is not built yet.\n');
		return 1;
	},
};
