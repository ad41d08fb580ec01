import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, parse, relative } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

/** Is `path` inside `folder` (or the folder itself)? */
function isInside(folder: string, path: string): boolean {
	const rel = relative(folder, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Where Astro should build for a requested output folder. Astro writes its server chunks into the output folder
 * and imports them from there, so they must find the repository's node_modules: an output folder outside the
 * repository is built in a staging folder under node_modules/.cache and copied over afterwards.
 */
export function astroOutDir(out: string): { build: string; staged: boolean } {
	if (isInside(REPO_ROOT, out)) return { build: out, staged: false };
	return { build: join(REPO_ROOT, 'node_modules', '.cache', 'wikikb-site', `out-${process.pid}`), staged: true };
}

/**
 * Astro's cache folder (it keeps the content data store there) for one content folder, so builds of different
 * content folders neither evict nor overwrite each other's entries.
 */
export function astroCacheDir(contentDir: string): string {
	const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
	return join(REPO_ROOT, 'node_modules', '.astro', `wikikb-${key}`);
}

/**
 * Why a folder cannot be the output of a build, or undefined when it can. A build replaces everything in its
 * output folder (as Astro does), so that folder must not hold the content, the tool itself or a whole home.
 */
export function unsafeOutDir(out: string, contentDir: string): string | undefined {
	if (isInside(out, contentDir)) return `it holds the content folder \`${contentDir}\``;
	if (isInside(out, REPO_ROOT)) return `it holds wikikb itself (\`${REPO_ROOT}\`)`;
	if (out === parse(out).root || out === homedir()) return 'it is a file-system root or a home folder';
	return undefined;
}

/**
 * Replaces the output folder's contents with a staged build, keeping only `.git` (as Astro does when it builds
 * in place), so pages removed from the content do not linger in the output.
 */
export async function publishStaged(staging: string, out: string): Promise<void> {
	await mkdir(out, { recursive: true });
	const old = await readdir(out);
	await Promise.all(old.filter((name) => name !== '.git').map((name) => rm(join(out, name), { recursive: true, force: true })));
	await cp(staging, out, { recursive: true, force: true });
	await rm(staging, { recursive: true, force: true });
}

/** Removes a staging folder left by an interrupted build. */
export async function clearStaging(staging: string): Promise<void> {
	await rm(staging, { recursive: true, force: true });
}
