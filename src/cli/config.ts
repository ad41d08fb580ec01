import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { namespaceSettingsSchema } from '../load/index.ts';
import { UsageError } from './command.ts';

/** The config file read from the working directory when `--config` is not given. */
export const CONFIG_FILE = 'wikikb.config.json';

/**
 * The settings a config file may hold. Each is the default of the command-line option of the same name; an
 * option given on the command line wins. Unknown keys are errors, so a misspelt setting is never ignored.
 */
export const configSchema = z
	.object({
		/** A JSON Schema reference for editors; ignored. */
		$schema: z.string().optional(),
		/** The content folder, relative to the config file. @example "kb" */
		content: z.string().min(1).optional(),
		/** The output folder of `wikikb build`, relative to the config file. @example "site" */
		out: z.string().min(1).optional(),
		/** The base path the site is served under (`--base`). @example "/repo/" */
		base: z.string().optional(),
		/** The public address of the site (`--site`): turns on the sitemap, feed, canonical and social metadata. @example "https://user.github.io/repo/" */
		site: z.string().optional(),
		/** Custom namespaces, beside MediaWiki's, Semantic MediaWiki's and the five page types. @example [{ "name": "Tool", "folder": "tools" }] */
		namespaces: namespaceSettingsSchema.optional(),
	})
	.strict();

/** A config file's settings, with paths resolved against its folder. */
export type WikikbConfig = Omit<z.infer<typeof configSchema>, '$schema'>;

/** Settings that are folders, resolved against the config file's folder. */
const PATH_KEYS = ['content', 'out'] as const;

/**
 * Reads the config file: `path` when given (it must exist), else `wikikb.config.json` in `cwd` when there is one.
 * @throws UsageError naming the file and the setting when the file cannot be read or a setting is wrong
 */
export function loadConfig(path: string | undefined, cwd: string = process.cwd()): WikikbConfig {
	const file = resolve(cwd, path ?? CONFIG_FILE);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw new UsageError(`The config file \`${path ?? file}\` cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Pass an existing file with --config.`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new UsageError(`The config file \`${file}\` is not valid JSON (${(error as Error).message}). Fix it, e.g. \`{ "base": "/repo/" }\`.`);
	}
	const parsed = configSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the top level';
		const keys = Object.keys(configSchema.shape).filter((k) => k !== '$schema').map((k) => `\`${k}\``).join(', ');
		const what = issue.code === 'unrecognized_keys' ? `holds unknown settings ${issue.keys.map((k) => `\`${k}\``).join(', ')}; the settings are ${keys}` : `is wrong at ${where}: ${issue.message}`;
		throw new UsageError(`The config file \`${file}\` ${what}.`);
	}
	const { $schema: _ignored, ...config } = parsed.data;
	const out: { -readonly [K in keyof WikikbConfig]: WikikbConfig[K] } = { ...config };
	for (const key of PATH_KEYS) if (out[key] !== undefined) out[key] = resolve(dirname(file), out[key]);
	return out;
}
