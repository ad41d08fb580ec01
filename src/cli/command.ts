import type { ParseArgsConfig } from 'node:util';
import type { WikikbConfig } from './config-schema.ts';

/** Where a command writes: injected so tests can capture output. */
export interface CliIo {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	/** Is stderr a terminal (progress bars only then)? */
	readonly isTTY: boolean;
}

/** One `wikikb` sub-command: what its module exports (its name and summary are in the command list). */
export interface Command {
	/** Full `--help` text. */
	readonly help: string;
	readonly options: NonNullable<ParseArgsConfig['options']>;
	/** The name under which the one argument that is not an option is passed (`wikikb ask 'QUERY'`); none: no such argument. */
	readonly positional?: string;
	/** Options whose default may come from the config file (`--config FILE`, else `wikikb.config.json`). */
	readonly config?: readonly Exclude<keyof WikikbConfig, 'namespaces'>[];
	/**
	 * Runs the command; returns the process exit code.
	 * @param settings the config file's settings (`{}` when the command reads none, or there is no file)
	 */
	run(values: Record<string, string | boolean | undefined>, io: CliIo, settings: WikikbConfig): Promise<number>;
}

/** Thrown for bad command-line input; printed without a stack, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** One entry of the command list: what `wikikb --help` shows, and how to load the command when it runs. */
export interface CommandEntry {
	readonly name: string;
	/** One line for the command list. */
	readonly summary: string;
	/** Imports the command's module (and so what it uses: the parser, Astro...) and returns the command. */
	readonly load: () => Promise<Command>;
}
