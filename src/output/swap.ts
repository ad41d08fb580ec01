import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { agree, countOf } from '../text/index.ts';
import { isAlive } from './lock.ts';
import { parseSideName, sidePath } from './location.ts';
import { readManifest } from './manifest.ts';
import { removeListed } from './tree.ts';

/** Moves entries (relative paths) from one folder to the same places in another; on failure moves them back. */
export function carry(from: string, to: string, entries: readonly string[]): void {
	const done: string[] = [];
	try {
		for (const rel of entries) {
			mkdirSync(dirname(join(to, rel)), { recursive: true });
			renameSync(join(from, rel), join(to, rel));
			done.push(rel);
		}
	} catch (error) {
		for (const rel of done.reverse()) renameSync(join(to, rel), join(from, rel));
		throw error;
	}
}

/**
 * Puts a finished output in place of the previous one with two renames in the same parent folder:
 * `out` -> `.out.wikikb-old-<pid>`, then `.out.wikikb-tmp-<pid>` -> `out`; then deletes what the previous
 * manifest lists from the old folder. Entries to keep must have been carried into `tmp` first. Killed between
 * the two renames, the next run puts the old folder back (see {@link recoverStrays}).
 * @returns what was left in the old folder because the manifest did not list it (normally nothing)
 */
export function swapIn(tmp: string, out: string, previousFiles: readonly string[] | undefined): string[] {
	if (previousFiles === undefined) {
		renameSync(tmp, out);
		return [];
	}
	const old = sidePath(out, 'old');
	renameSync(out, old);
	try {
		renameSync(tmp, out);
	} catch (error) {
		renameSync(old, out);
		throw error;
	}
	return removeListed(old, previousFiles).map((rel) => join(old, rel));
}

/**
 * Cleans up after builds of this output folder that were killed: a previous output moved aside and not put back
 * is restored, the user's entries carried into an unfinished output are moved back, and the side folders of
 * ended processes are removed, deleting only what wikikb wrote there.
 * @returns notes for the user about what was done or could not be done
 */
export function recoverStrays(out: string): string[] {
	const notes: string[] = [];
	const parent = dirname(out);
	let names: string[];
	try {
		names = readdirSync(parent).sort();
	} catch {
		return notes;
	}
	const strays = names.flatMap((name) => {
		const side = parseSideName(out, name);
		return side && side.pid !== process.pid && !isAlive(side.pid) ? [{ ...side, path: join(parent, name) }] : [];
	});
	// The old output first: when a kill fell between the two renames, it must be back before anything is carried into it.
	for (const stray of strays.filter((s) => s.kind === 'old')) {
		if (!existsSync(out)) {
			renameSync(stray.path, out);
			notes.push(
				`Put back the previous output \`${out}\`, which a killed build (process ${stray.pid}) had moved aside.`,
			);
			continue;
		}
		const left = removeListed(stray.path, readManifest(stray.path)?.files ?? []);
		if (left.length > 0)
			notes.push(
				`Left \`${stray.path}\` (from a killed build, process ${stray.pid}): it holds ${countOf(left.length, 'file')} no manifest lists, such as \`${left[0]}\`. Look at ${agree(left.length, 'it', 'them')}, then delete the folder.`,
			);
	}
	for (const stray of strays.filter((s) => s.kind === 'tmp')) {
		const manifest = readManifest(stray.path);
		if (!manifest) {
			// Unfinished: the manifest is written before any user entry is carried in, so everything here is wikikb's.
			rmSync(stray.path, { recursive: true, force: true });
			continue;
		}
		const back = ['.git', ...manifest.kept].filter(
			(rel) => existsSync(join(stray.path, rel)) && !existsSync(join(out, rel)),
		);
		if (back.length > 0 && existsSync(out)) {
			carry(stray.path, out, back);
			notes.push(
				`Moved ${back.length} kept entries (such as \`${back[0]}\`) back into \`${out}\` from a killed build (process ${stray.pid}).`,
			);
		}
		const left = removeListed(stray.path, manifest.files);
		if (left.length > 0)
			notes.push(
				`Left \`${stray.path}\` (from a killed build, process ${stray.pid}): it holds ${countOf(left.length, 'entry', 'entries')} that could not be put back, such as \`${left[0]}\`. Move ${agree(left.length, 'it', 'them')} where ${agree(left.length, 'it belongs', 'they belong')}, then delete the folder.`,
			);
	}
	return notes;
}
