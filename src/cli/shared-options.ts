import { readNamespaceSettings, type NamespaceSettings } from '../load/index.ts';
import { UsageError, type Command } from './command.ts';

/** `--content DIR`, shared by every command that reads pages. */
export const contentOption = { content: { type: 'string', default: 'content' } } as const satisfies Command['options'];

/** Reads a string option that has a default. */
export function stringOption(values: Record<string, string | boolean | undefined>, name: string): string {
	const v = values[name];
	return typeof v === 'string' ? v : '';
}

/**
 * The custom namespaces of `wikikb.config.json` in the working folder (`[]` without one).
 * @throws UsageError saying what is wrong with the file
 */
export function configuredNamespaces(): NamespaceSettings {
	try {
		return readNamespaceSettings();
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}
