import { createHash } from 'node:crypto';
import { cp, rm } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
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

/** Moves a staged build to the requested output folder. */
export async function publishStaged(staging: string, out: string): Promise<void> {
	await cp(staging, out, { recursive: true, force: true });
	await rm(staging, { recursive: true, force: true });
}

/** Removes a staging folder left by an interrupted build. */
export async function clearStaging(staging: string): Promise<void> {
	await rm(staging, { recursive: true, force: true });
}
