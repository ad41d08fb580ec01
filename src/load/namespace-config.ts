import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { namespaceSettingsSchema, type NamespaceSettings } from './namespaces.ts';

/** The config file that may declare custom namespaces, read from the working folder. */
export const CONFIG_FILE = 'wikikb.config.json';

/** The part of the config file this module reads; other settings belong to other modules and are left alone. */
const namespacesPart = z.object({ namespaces: namespaceSettingsSchema.optional() }).passthrough();

/**
 * The custom namespaces declared in `wikikb.config.json` (`"namespaces": [{ "name": "Tool", "folder": "tools" }]`),
 * `[]` when there is no config file or it declares none.
 * @throws Error saying what is wrong, with the file's path, when the file is no JSON or the setting is malformed
 */
export function readNamespaceSettings(cwd: string = process.cwd()): NamespaceSettings {
	const file = resolve(cwd, CONFIG_FILE);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return [];
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (cause) {
		throw new Error(`The config file \`${file}\` is not valid JSON (${(cause as Error).message}). Fix it, e.g. \`{ "namespaces": [{ "name": "Tool" }] }\`.`);
	}
	const parsed = namespacesPart.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new Error(`The config file \`${file}\` has a wrong \`${issue.path.join('.')}\`: ${issue.message}. Write namespaces as \`[{ "name": "Tool", "folder": "tools" }]\`.`);
	}
	return parsed.data.namespaces ?? [];
}
