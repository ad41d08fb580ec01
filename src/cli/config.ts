import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WikikbConfig } from './config-schema.ts';
import { UsageError } from './command.ts';

export type { WikikbConfig } from './config-schema.ts';

/** The config file read from the working directory when `--config` is not given. */
export const CONFIG_FILE = 'wikikb.config.json';

/** Settings that are folders, resolved against the config file's folder. */
const PATH_KEYS = ['content', 'out'] as const;

/**
 * Reads the config file: `path` when given (it must exist), else `wikikb.config.json` in `cwd` when there is one.
 * @throws (rejects with) UsageError naming the file and the setting when the file cannot be read or a setting is wrong
 */
export async function loadConfig(path: string | undefined, cwd: string = process.cwd()): Promise<WikikbConfig> {
	const file = resolve(cwd, path ?? CONFIG_FILE);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw new UsageError(
			`The config file \`${path ?? file}\` cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Pass an existing file with --config.`,
		);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new UsageError(
			`The config file \`${file}\` is not valid JSON (${(error as Error).message}). Fix it, e.g. \`{ "base": "/repo/" }\`.`,
		);
	}
	// The schema (zod, and the load stage for namespaces) is loaded only when there is a file to check: most runs
	// have none, and every run's start counts.
	const { configSchema } = await import('./config-schema.ts');
	const parsed = configSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the top level';
		const keys = Object.keys(configSchema.shape)
			.filter((k) => k !== '$schema')
			.map((k) => `\`${k}\``)
			.join(', ');
		const what =
			issue.code === 'unrecognized_keys'
				? `holds unknown settings ${issue.keys.map((k) => `\`${k}\``).join(', ')}; the settings are ${keys}`
				: `is wrong at ${where}: ${issue.message}`;
		throw new UsageError(`The config file \`${file}\` ${what}.`);
	}
	const { $schema: _ignored, ...config } = parsed.data;
	const out: { -readonly [K in keyof WikikbConfig]: WikikbConfig[K] } = { ...config };
	for (const key of PATH_KEYS) if (out[key] !== undefined) out[key] = resolve(dirname(file), out[key]);
	return out;
}
