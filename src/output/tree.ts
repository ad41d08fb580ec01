import { lstatSync, readdirSync, rmdirSync, unlinkSync, type Dirent } from 'node:fs';
import { join, posix } from 'node:path';
import { MANIFEST_NAME, type Manifest } from './manifest.ts';
import { compareCodeUnits } from '../text/index.ts';

/** Entries of a folder in a fixed order (code units), so walks and messages do not depend on the file system. */
function entriesOf(dir: string): Dirent[] {
	return readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
}

/** Every file under a folder (anything that is not a folder; links are not followed), relative and `/`-separated. */
export function listFiles(dir: string, rel = ''): string[] {
	const out: string[] = [];
	for (const entry of entriesOf(join(dir, rel))) {
		const child = rel ? posix.join(rel, entry.name) : entry.name;
		if (entry.isDirectory()) out.push(...listFiles(dir, child));
		else out.push(child);
	}
	return out;
}

/** Top-level entries an output folder always keeps: a gh-pages checkout's `.git`, and the manifest (rewritten). */
const ALWAYS_KEPT = new Set(['.git']);

/** Is `rel` one of the kept paths or inside one? */
function underKept(rel: string, kept: ReadonlySet<string>): boolean {
	for (let p = rel; p; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) if (kept.has(p)) return true;
	return false;
}

/** What a walk of an output folder finds that is not wikikb's. */
export interface ForeignScan {
	/** Entries wikikb did not write and was not told to keep: top-most only (a foreign folder is one entry, shown `name/`). */
	readonly foreign: readonly string[];
	/** Entries to carry into the new output: `.git`, the kept paths that still exist, and (with `--force`) the foreign ones. */
	readonly carried: readonly string[];
}

/**
 * Walks an output folder and sorts its entries against its manifest: a regular file the manifest lists is
 * wikikb's (replaced by the next output), a folder on the way to one is walked, `.git` at the top and the paths
 * the manifest keeps are carried over, and anything else is foreign. Links are never followed.
 * @param manifest undefined when the folder has none: then everything in it but `.git` is foreign
 */
export function scanOutput(dir: string, manifest: Manifest | undefined): ForeignScan {
	const owned = new Set(manifest?.files ?? []);
	const kept = new Set(manifest?.kept ?? []);
	const onTheWay = new Set<string>();
	for (const path of [...owned, ...kept])
		for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) onTheWay.add(path.slice(0, i));
	const foreign: string[] = [];
	const carried: string[] = [];
	const walk = (rel: string) => {
		for (const entry of entriesOf(join(dir, rel))) {
			const child = rel ? `${rel}/${entry.name}` : entry.name;
			if (!rel && entry.name === MANIFEST_NAME && entry.isFile()) continue;
			if ((!rel && ALWAYS_KEPT.has(entry.name)) || underKept(child, kept)) carried.push(child);
			else if (entry.isFile() && owned.has(child)) continue;
			else if (entry.isDirectory() && onTheWay.has(child)) walk(child);
			else foreign.push(entry.isDirectory() ? `${child}/` : child);
		}
	};
	walk('');
	return { foreign, carried };
}

/**
 * Deletes the listed files of a folder and its manifest, then every folder left empty, the folder itself last.
 * Nothing that is not listed is deleted.
 * @returns the entries that were left (empty when the folder is gone)
 */
export function removeListed(dir: string, files: readonly string[]): string[] {
	// A listed file is deleted only through real folders: a folder replaced by a link must not lead the deletion elsewhere.
	const realFolders = new Map<string, boolean>([['', true]]);
	const isRealFolder = (rel: string): boolean => {
		let known = realFolders.get(rel);
		if (known === undefined) {
			const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
			known = isRealFolder(parent) && (lstatOrUndefined(join(dir, rel))?.isDirectory() ?? false);
			realFolders.set(rel, known);
		}
		return known;
	};
	for (const file of [...files, MANIFEST_NAME]) {
		if (!isRealFolder(file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '')) continue;
		try {
			unlinkSync(join(dir, file));
		} catch {
			// already gone, or a folder now: it stays and is reported below
		}
	}
	const pruneEmpty = (rel: string): boolean => {
		let empty = true;
		for (const entry of entriesOf(join(dir, rel))) {
			if (entry.isDirectory() && pruneEmpty(rel ? `${rel}/${entry.name}` : entry.name)) continue;
			empty = false;
		}
		if (!empty) return false;
		rmdirSync(join(dir, rel));
		return true;
	};
	try {
		if (pruneEmpty('')) return [];
	} catch {
		// unreadable: report what is there
	}
	try {
		return listFiles(dir);
	} catch {
		return [dir];
	}
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}
