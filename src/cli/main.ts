import { parseArgs } from 'node:util';
import { UsageError, type CliIo, type Command } from './command.ts';
import { COMMANDS } from './commands.ts';
import { loadConfig, type WikikbConfig } from './config.ts';

const defaultIo: CliIo = {
	out: (t) => process.stdout.write(t),
	err: (t) => process.stderr.write(t),
	isTTY: Boolean(process.stderr.isTTY),
};

function mainHelp(): string {
	const width = Math.max(...COMMANDS.map((c) => c.name.length));
	const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
	return `Usage: wikikb <command> [options]\n\nTurns a folder of Semantic MediaWiki pages into a typed graph, a static site and a JSON export.\n\nCommands:\n${list}\n\nRun \`wikikb <command> --help\` for the options of a command.\n`;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code:
 * 0 success, 1 errors found (or `--strict` build with errors), 2 bad usage or impossible input.
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		io.out(mainHelp());
		return name === undefined ? 2 : 0;
	}
	const entry = COMMANDS.find((c) => c.name === name);
	if (!entry) {
		io.err(`Unknown command \`${name}\`. Run \`wikikb --help\` to list the commands.\n`);
		return 2;
	}
	const command = await entry.load();
	try {
		const { values, settings } = await readOptions(entry.name, command, rest);
		if (values.help) {
			io.out(command.help);
			return 0;
		}
		return await command.run(values, io, settings);
	} catch (error) {
		if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
			io.err(`${(error as Error).message}\nRun \`wikikb ${entry.name} --help\` for its options.\n`);
			return 2;
		}
		// Loaded only now: the loader's and the output's doors bring zod and more, which `--help` and `lr` on an export
		// never need (a command that reads pages has loaded them already).
		const [{ ContentError }, { OutputError }] = await Promise.all([
			import('../load/index.ts'),
			import('../output/index.ts'),
		]);
		if (error instanceof ContentError || error instanceof OutputError) {
			io.err(`${error.message}\n`);
			return 2;
		}
		throw error;
	}
}

/**
 * A command's options: the command line first, then the config file for the options the command takes from
 * it, then the options' defaults; and the config file's settings. A command's one positional argument (`wikikb
 * ask 'QUERY'`) is passed under its name.
 * @param commandName the command's name, for messages
 */
async function readOptions(
	commandName: string,
	command: Command,
	args: readonly string[],
): Promise<{ values: Record<string, string | boolean | undefined>; settings: WikikbConfig }> {
	const fromConfig = command.config ?? [];
	// Defaults are applied last, or a default would hide the config file's value.
	const options = Object.fromEntries(
		Object.entries(command.options).map(([name, { default: _default, ...option }]) => [name, option]),
	);
	const parsed = parseArgs({
		args: [...args],
		options: {
			...options,
			help: { type: 'boolean', short: 'h' },
			...(fromConfig.length > 0 ? { config: { type: 'string' } } : {}),
		},
		strict: true,
		allowPositionals: command.positional !== undefined,
	});
	const values: Record<string, string | boolean | undefined> = {
		...(parsed.values as Record<string, string | boolean | undefined>),
	};
	if (parsed.positionals.length > 1)
		throw new UsageError(
			`\`wikikb ${commandName}\` takes one ${command.positional}, not ${parsed.positionals.length} (\`${parsed.positionals.join('`, `')}\`). Quote it: \`wikikb ${commandName} '...'\`.`,
		);
	if (command.positional && parsed.positionals[0] !== undefined) values[command.positional] = parsed.positionals[0];
	if (values.help) return { values, settings: {} };
	const settings =
		fromConfig.length > 0 ? await loadConfig(typeof values.config === 'string' ? values.config : undefined) : {};
	for (const name of fromConfig) {
		const value = settings[name];
		if (typeof value === 'string') values[name] ??= value;
	}
	for (const [name, option] of Object.entries(command.options))
		values[name] ??= option.default as string | boolean | undefined;
	return { values, settings };
}
