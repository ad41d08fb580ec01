import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../package-paths.ts';
import { countOf } from '../text/index.ts';
import { OutputError } from './errors.ts';
import { currentLandmarks, locationProblem, resolveOutDir, sidePath } from './location.ts';
import { lockOutput } from './lock.ts';
import { MANIFEST_NAME, readManifest, writeManifest, type Manifest } from './manifest.ts';
import { carry, recoverStrays, swapIn } from './swap.ts';
import { listFiles, removeListed, scanOutput } from './tree.ts';

export { OutputError } from './errors.ts';
export { MANIFEST_NAME, readManifest, type Manifest } from './manifest.ts';

/** `wikikb <version>`, recorded in manifests. */
function generator(): string {
	try {
		return `wikikb ${(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version}`;
	} catch {
		return 'wikikb';
	}
}

/** Signals that end a command; its unfinished output is removed before it ends. */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** How many foreign entries a refusal names. */
const NAMED = 5;

/** What a command writes and where. */
export interface PublishOptions {
	/** The output folder as the user gave it. */
	readonly out: string;
	/** The command that writes it (recorded in the manifest). */
	readonly command: Manifest['command'];
	/** The content folder the output is made from (the output may not be in it or hold it). */
	readonly contentDir?: string;
	/** Write into a folder that holds files wikikb did not write, keeping them. */
	readonly force: boolean;
	/** Told about recovered leftovers of killed builds and entries that were kept. */
	readonly note?: (text: string) => void;
}

/** What was published. */
export interface Published<T> {
	/** What `make` returned. */
	readonly value: T;
	/** The resolved output folder. */
	readonly out: string;
	/** Whether the new output was put in place (false when `make` said not to). */
	readonly published: boolean;
}

/**
 * Makes an output folder's new contents and swaps them in atomically, never deleting or overwriting anything
 * wikikb did not write:
 * 1. refuses (an {@link OutputError}, before anything is touched) an output folder that is, holds or lies in a
 *    place it may not (content, wikikb, home, root, the current folder), that is a file, or that holds entries its
 *    manifest does not list (unless `force`: then they are kept);
 * 2. takes the folder's lock, puts back what killed builds left (see `recoverStrays`);
 * 3. lets `make` write the complete output into `.<name>.wikikb-tmp-<pid>` beside it, writes the manifest
 *    there, carries `.git` and the kept entries across, and swaps the folders with two renames;
 * 4. deletes from the previous output only what its manifest lists.
 * A process killed at any step leaves the previous output whole (or moved aside, put back by the next run).
 * @param make writes the output into the folder it is given; `ready(value)` false leaves the previous output as it is
 */
export async function publishFolder<T>(
	options: PublishOptions,
	make: (dir: string) => Promise<T>,
	ready: (value: T) => boolean = () => true,
): Promise<Published<T>> {
	const out = resolveOutDir(options.out);
	const problem = locationProblem(out, currentLandmarks(options.contentDir, PACKAGE_ROOT));
	if (problem)
		throw new OutputError(
			`\`${options.out}\` cannot be the output folder: ${problem}. A command replaces its whole output folder; pass another folder with --out.`,
		);
	try {
		mkdirSync(dirname(out), { recursive: true });
	} catch (error) {
		throw new OutputError(
			`The folder \`${dirname(out)}\` cannot be created (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Pass another folder with --out.`,
		);
	}
	const unlock = lockOutput(out);
	const tmp = sidePath(out, 'tmp');
	// Interrupted (Ctrl+C, kill), clean up at once rather than on the next run, then end as the signal would have.
	// The swap itself is synchronous, so no signal is handled in the middle of it.
	const interrupted = (signal: NodeJS.Signals) => {
		for (const name of SIGNALS) process.off(name, interrupted);
		discard(tmp, options.note);
		unlock();
		process.kill(process.pid, signal);
	};
	for (const name of SIGNALS) process.once(name, interrupted);
	try {
		for (const text of recoverStrays(out)) options.note?.(text);
		const exists = existsSync(out);
		const previous = exists ? readManifest(out) : undefined;
		const scan = exists ? scanOutput(out, previous) : { foreign: [], carried: [] };
		if (scan.foreign.length > 0 && !options.force)
			throw new OutputError(refusal(options.out, scan.foreign, previous !== undefined));
		try {
			mkdirSync(tmp);
		} catch (error) {
			throw new OutputError(
				`The folder beside \`${out}\` cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): the new output is made beside the output folder and then swapped in. Choose an output folder inside a folder you can write.`,
			);
		}
		const value = await make(tmp);
		if (!ready(value)) return { value, out, published: false };
		const files = listFiles(tmp).filter((f) => f !== MANIFEST_NAME);
		const carried = [...scan.carried, ...scan.foreign.map((f) => f.replace(/\/$/u, ''))].sort();
		const clash = carried.filter((rel) => existsSync(join(tmp, rel)));
		if (clash.length > 0)
			throw new OutputError(
				`The new output has ${clash.length === 1 ? 'an entry' : 'entries'} where \`${options.out}\` holds ${clash.length === 1 ? 'one' : 'ones'} wikikb did not write: ${named(clash)}. Nothing was changed. Move ${clash.length === 1 ? 'it' : 'them'} away, or pass another folder with --out.`,
			);
		const kept = carried.filter((rel) => rel !== '.git');
		writeManifest(tmp, { generator: generator(), command: options.command, files, kept });
		if (exists) carry(out, tmp, carried);
		try {
			const left = swapIn(tmp, out, exists ? (previous?.files ?? []) : undefined);
			if (left.length > 0)
				options.note?.(
					`Left ${countOf(left.length, 'entry', 'entries')} of the previous output that no manifest lists, such as \`${left[0]}\`.`,
				);
		} catch (error) {
			if (exists) carry(tmp, out, carried);
			const code = (error as NodeJS.ErrnoException).code;
			const hint =
				code === 'EBUSY' || code === 'EXDEV'
					? 'A mount point (a container volume, say) cannot be swapped: mount the folder that holds it and build into a folder inside'
					: 'Check that no program holds the folder open';
			throw new OutputError(
				`\`${out}\` could not be replaced (${code ?? (error as Error).message}); the previous output is unchanged. ${hint}, or pass another folder with --out.`,
			);
		}
		const adopted = scan.foreign.map((f) => f.replace(/\/$/u, ''));
		if (adopted.length > 0)
			options.note?.(
				`Kept ${adopted.length} ${adopted.length === 1 ? 'entry' : 'entries'} wikikb did not write: ${named(adopted)}. Later commands keep ${adopted.length === 1 ? 'it' : 'them'} too (listed in \`${MANIFEST_NAME}\`).`,
			);
		return { value, out, published: true };
	} finally {
		for (const name of SIGNALS) process.off(name, interrupted);
		discard(tmp, options.note);
		unlock();
	}
}

/**
 * Removes an output that was not swapped in. Once its manifest is written, user entries may have been carried
 * into it: then only the files it lists are deleted, and anything left is reported.
 */
function discard(tmp: string, note: PublishOptions['note']): void {
	if (!existsSync(tmp)) return;
	const manifest = readManifest(tmp);
	if (!manifest) {
		rmSync(tmp, { recursive: true, force: true });
		return;
	}
	const left = removeListed(tmp, manifest.files);
	if (left.length > 0)
		note?.(
			`Left \`${tmp}\`: it holds ${countOf(left.length, 'entry', 'entries')} that could not be moved back, such as \`${left[0]}\`. Move them where they belong, then delete the folder.`,
		);
}

/** Up to five entries in backticks, then how many more. */
function named(entries: readonly string[]): string {
	const shown = entries
		.slice(0, NAMED)
		.map((e) => `\`${e}\``)
		.join(', ');
	return entries.length > NAMED ? `${shown} and ${entries.length - NAMED} more` : shown;
}

/** The message of a refused output folder. */
function refusal(out: string, foreign: readonly string[], hasManifest: boolean): string {
	const why = hasManifest
		? 'that an earlier wikikb command did not write'
		: "and no wikikb manifest (`.wikikb-build.json`), so none of them is known to be wikikb's";
	return [
		`The output folder \`${out}\` holds ${foreign.length} ${foreign.length === 1 ? 'entry' : 'entries'} ${why}: ${named(foreign)}.`,
		'A command replaces its output folder, so it stopped before changing anything.',
		'Pass another folder with --out, or --force to write into this one and keep these entries (they are never deleted or overwritten).',
		...(hasManifest ? [] : ['If the folder is a site built by a wikikb older than the manifest, delete it first.']),
	].join(' ');
}
