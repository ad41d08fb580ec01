import type { Command } from './command.ts';

/** `--content DIR`, shared by every command that reads pages. */
export const contentOption = { content: { type: 'string', default: 'content' } } as const satisfies Command['options'];

/** Reads a string option that has a default. */
export function stringOption(values: Record<string, string | boolean | undefined>, name: string): string {
	const v = values[name];
	return typeof v === 'string' ? v : '';
}
