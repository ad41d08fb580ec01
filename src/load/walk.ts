import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { PAGE_EXTENSIONS } from './types.ts';
import { compareCodeUnits } from '../text/index.ts';

/** A page file found in the content folder: the path it was found at, and the file it is. */
export interface FoundFile {
	/** Path relative to the content folder as walked (through links), `/`-separated: the page's place and name. */
	readonly rel: string;
	/** Absolute path of the file itself, every link resolved (always inside the content folder). */
	readonly real: string;
}

/** What a walk of the content folder found. */
export interface WalkResult {
	/** Page files, each real file once, sorted by `rel`. */
	readonly files: readonly FoundFile[];
	readonly diagnostics: readonly Diagnostic[];
}

/** Names skipped everywhere: `_drafts`, `.git`. */
const skipped = (name: string) => name.startsWith('_') || name.startsWith('.');

/** Does this name look like a page file? */
export const isPageName = (name: string) =>
	!skipped(name) && PAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

const byName = (a: Dirent, b: Dirent) => compareCodeUnits(a.name, b.name);

/** Is `path` the folder itself or inside it (both absolute)? */
export function isInside(folder: string, path: string): boolean {
	const rel = relative(folder, path);
	// `..foo` is a name inside the folder; only `..` itself or `../…` leads out.
	return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function kindOf(stat: Stats | Dirent): string | undefined {
	if (stat.isFIFO()) return 'a named pipe (FIFO)';
	if (stat.isSocket()) return 'a socket';
	if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
	return undefined;
}

/**
 * Walks a content folder, which is a boundary: folders are walked and files listed through
 * symbolic links only when the link resolves inside the content folder. A link that leads outside, a link loop
 * and a special file (FIFO, socket, device) with a page name are reported and never opened; each real folder is
 * walked once and each real file listed once (a file reached by its own path and through a link is read at its
 * own path). Folders are walked in name order, so the result does not depend on the file system.
 * @param root absolute content folder, links resolved
 * @param shown the content folder as the user gave it, for diagnostics
 */
export function walkContent(root: string, shown: string): WalkResult {
	const diagnostics: Diagnostic[] = [];
	const found: (FoundFile & { linked: boolean })[] = [];
	const visited = new Set<string>();
	const links: { rel: string }[] = [];
	const at = (rel: string) => `${shown}/${rel}`;

	/** Lists a folder whose real path is `real`, found at `rel`; links are queued, not followed here. */
	const walk = (rel: string, real: string, linked: boolean) => {
		visited.add(real);
		let entries: Dirent[];
		try {
			entries = readdirSync(real, { withFileTypes: true }).sort(byName);
		} catch {
			return; // an unreadable folder holds no pages we can read
		}
		for (const entry of entries) {
			if (skipped(entry.name)) continue;
			const child = posix.join(rel, entry.name);
			if (entry.isSymbolicLink()) links.push({ rel: child });
			else if (entry.isDirectory()) walk(child, join(real, entry.name), linked);
			else if (entry.isFile()) {
				if (isPageName(entry.name)) found.push({ rel: child, real: join(real, entry.name), linked });
			} else if (isPageName(entry.name)) diagnostics.push(special(at(child), kindOf(entry)));
		}
	};

	// Everything reached without a link first, so that a file is read at its own path rather than through a link.
	walk('', root, false);
	for (let i = 0; i < links.length; i++) {
		const { rel } = links[i]!;
		const name = rel.slice(rel.lastIndexOf('/') + 1);
		const place = join(root, rel);
		let real: string;
		try {
			real = realpathSync(place);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ELOOP') diagnostics.push(diag(at(rel), 0, 0, 'link-loop', 'loop', { target: readlinkOr(place) }));
			else if (isPageName(name))
				diagnostics.push(
					diag(at(rel), 0, 0, 'unreadable-file', 'brokenLink', {
						target: readlinkOr(place),
						code: code ?? 'unknown error',
					}),
				);
			continue;
		}
		const stat = statOrUndefined(real);
		if (!stat || (!stat.isDirectory() && !isPageName(name))) continue;
		if (!isInside(root, real)) {
			diagnostics.push(
				diag(at(rel), 0, 0, 'link-outside-content', 'outside', {
					kind: stat.isDirectory() ? 'folder' : 'file',
					target: real,
				}),
			);
		} else if (stat.isDirectory()) {
			if (isInside(real, place))
				diagnostics.push(diag(at(rel), 0, 0, 'link-loop', 'holdsItself', { folder: relative(root, real) }));
			else if (visited.has(real))
				diagnostics.push(diag(at(rel), 0, 0, 'duplicate-link', 'folderRead', { folder: relative(root, real) }));
			else walk(rel, real, true);
		} else if (stat.isFile()) found.push({ rel, real, linked: true });
		else diagnostics.push(special(at(rel), kindOf(stat)));
	}
	return { files: oncePerFile(found, at, diagnostics), diagnostics };
}

/** Keeps each real file once: at its own path when it was reached without a link, else at its first path. */
function oncePerFile(
	found: readonly (FoundFile & { linked: boolean })[],
	at: (rel: string) => string,
	diagnostics: Diagnostic[],
): FoundFile[] {
	const sorted = [...found].sort((a, b) => Number(a.linked) - Number(b.linked) || compareCodeUnits(a.rel, b.rel));
	const first = new Map<string, FoundFile>();
	for (const file of sorted) {
		const kept = first.get(file.real);
		if (!kept) first.set(file.real, { rel: file.rel, real: file.real });
		else diagnostics.push(diag(at(file.rel), 0, 0, 'duplicate-link', 'fileRead', { kept: kept.rel }));
	}
	return [...first.values()].sort((a, b) => compareCodeUnits(a.rel, b.rel));
}

function special(path: string, kind: string | undefined): Diagnostic {
	return diag(path, 0, 0, 'special-file', 'special', { kind });
}

function statOrUndefined(path: string): Stats | undefined {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

function readlinkOr(path: string): string {
	try {
		return readlinkSync(path);
	} catch {
		return path;
	}
}
