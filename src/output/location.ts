import { createHash } from 'node:crypto';
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { isInside } from '../load/index.ts';
import { OutputError } from './errors.ts';

/** A path with every symbolic link in its existing part resolved; the part that does not exist yet is kept. */
function realPathOf(path: string): string {
	const absolute = resolve(path);
	const missing: string[] = [];
	let existing = absolute;
	for (;;) {
		try {
			return join(realpathSync(existing), ...missing.reverse());
		} catch {
			const parent = dirname(existing);
			if (parent === existing) return absolute;
			missing.push(basename(existing));
			existing = parent;
		}
	}
}

/**
 * The output folder to write: absolute, with symbolic links resolved, so that a link to a folder stays a link
 * and the folder it points to is replaced. Throws an {@link OutputError} when the path is a file or a link
 * that points nowhere.
 */
export function resolveOutDir(out: string): string {
	const absolute = resolve(out);
	let link = false;
	try {
		link = lstatSync(absolute).isSymbolicLink();
	} catch {
		// does not exist yet: fine
	}
	const real = realPathOf(absolute);
	if (link && real === absolute)
		throw new OutputError(
			`\`${out}\` is a symbolic link to a folder that does not exist. Create the folder it points to, or pass another folder with --out.`,
		);
	try {
		if (!statSync(real).isDirectory())
			throw new OutputError(
				`\`${out}\` is a file, not a folder. Pass a folder with --out (it is created when it does not exist).`,
			);
	} catch (error) {
		if (error instanceof OutputError) throw error;
	}
	return real;
}

/** The places an output folder must keep clear of. */
export interface Landmarks {
	/** The content folder that is read. */
	readonly contentDir?: string;
	/** The wikikb package folder. */
	readonly packageDir: string;
	/** The working directory of the command. */
	readonly cwd: string;
	/** The user's home folder. */
	readonly home: string;
}

/** The landmarks of this process. */
export function currentLandmarks(contentDir: string | undefined, packageDir: string): Landmarks {
	return {
		...(contentDir === undefined ? {} : { contentDir: realPathOf(contentDir) }),
		packageDir: realPathOf(packageDir),
		cwd: realPathOf(process.cwd()),
		home: realPathOf(homedir()),
	};
}

/**
 * Why a folder can never be an output folder (not even with `--force`), or undefined when it can be one.
 * A build replaces its output folder as a whole, so that folder must not be, or hold, the content, wikikb,
 * the folder the command runs in, a home folder or the file system's root.
 * @param out a resolved output folder (see {@link resolveOutDir})
 */
export function locationProblem(out: string, landmarks: Landmarks): string | undefined {
	const { contentDir, packageDir, cwd, home } = landmarks;
	if (out === parse(out).root) return 'it is the root of the file system';
	if (isInside(out, home)) return `it is or holds the home folder \`${home}\``;
	if (contentDir !== undefined && isInside(out, contentDir))
		return `it is or holds the content folder \`${contentDir}\``;
	if (contentDir !== undefined && isInside(contentDir, out))
		return `it is inside the content folder \`${contentDir}\`, whose files are the pages`;
	if (isInside(out, packageDir)) return `it holds wikikb itself (\`${packageDir}\`)`;
	if (isInside(out, cwd)) return `it is or holds the current folder \`${cwd}\``;
	return undefined;
}

/** Kinds of folders and files a build keeps beside its output folder while it runs. */
export type SideKind = 'tmp' | 'old' | 'lock';

/** The name stem of side folders: the output folder's name, or a hash of it when it is very long. */
function stemOf(out: string): string {
	const name = basename(out);
	return Buffer.byteLength(name) > 180 ? createHash('sha256').update(name).digest('hex').slice(0, 16) : name;
}

/**
 * A folder or file beside the output folder, in its parent (a rename within one folder is atomic):
 * `.<name>.wikikb-tmp-<pid>` (the new output being made), `.<name>.wikikb-old-<pid>` (the previous output
 * during the swap), `.<name>.wikikb-lock` (held while a build writes the folder).
 */
export function sidePath(out: string, kind: SideKind, pid?: number): string {
	return join(
		dirname(out),
		kind === 'lock' ? `.${stemOf(out)}.wikikb-lock` : `.${stemOf(out)}.wikikb-${kind}-${pid ?? process.pid}`,
	);
}

/** Reads a side folder's name back: its kind and process id, or undefined for any other name. */
export function parseSideName(out: string, name: string): { kind: 'tmp' | 'old'; pid: number } | undefined {
	const prefix = `.${stemOf(out)}.wikikb-`;
	if (!name.startsWith(prefix)) return undefined;
	const m = /^(tmp|old)-([1-9][0-9]{0,9})$/u.exec(name.slice(prefix.length));
	return m ? { kind: m[1] as 'tmp' | 'old', pid: Number(m[2]) } : undefined;
}
