/** Reads a recommender query from user input (CLI flags, the site's form). Pure and browser-safe. */
import { METHOD_INPUTS, readMethodInput, readParamCount, readTask } from './conditions.ts';
import { LR_METHODS, LR_TASKS, type LrQuery } from './types.ts';

/** A query as typed: task words, a size such as `7B`, a method name. */
export interface LrQueryInput {
	readonly task?: string;
	readonly params?: string | number;
	readonly method?: string;
}

/** How full fine-tuning may also be written, for the message about an unknown method. */
const FULL_SPELLINGS = METHOD_INPUTS.full.filter((s) => s !== 'full').map((s) => `\`${s}\``);

/**
 * Reads a query as typed; every input that cannot be read is a problem sentence (what, then what to do).
 * @example parseLrQuery({ task: 'SFT', params: '7B', method: 'QLoRA' }).query // { task: 'sft', params: 7000000000, method: 'qlora' }
 */
export function parseLrQuery(input: LrQueryInput): { query: LrQuery; problems: string[] } {
	const problems: string[] = [];
	const task = input.task === undefined || input.task === '' ? undefined : readTask(input.task);
	if (input.task && !task)
		problems.push(`The task \`${input.task}\` is not one wikikb knows. Use one of: ${LR_TASKS.join(', ')}.`);
	const params =
		input.params === undefined || input.params === ''
			? undefined
			: typeof input.params === 'number'
				? input.params
				: readParamCount(input.params);
	if (input.params !== undefined && input.params !== '' && (params === undefined || !(params > 0)))
		problems.push(
			`The model size \`${input.params}\` cannot be read. Write it like \`7B\`, \`1.5B\`, \`350M\` or \`7e9\`.`,
		);
	const method = input.method === undefined || input.method === '' ? undefined : readMethodInput(input.method);
	if (input.method && !method)
		problems.push(
			`The method \`${input.method}\` is not one wikikb knows. Use one of: ${LR_METHODS.join(', ')} (full may also be written ${FULL_SPELLINGS.slice(0, -1).join(', ')} or ${FULL_SPELLINGS.at(-1)}).`,
		);
	return {
		query: {
			...(task ? { task } : {}),
			...(params !== undefined && params > 0 ? { params } : {}),
			...(method ? { method } : {}),
		},
		problems,
	};
}
