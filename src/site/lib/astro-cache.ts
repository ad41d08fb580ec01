import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';

/**
 * Astro's cache folder (it keeps the content data store there) for one content folder, so builds of different
 * content folders neither evict nor overwrite each other's entries.
 */
export function astroCacheDir(contentDir: string): string {
	const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
	return join(REPO_ROOT, 'node_modules', '.astro', `wikikb-${key}`);
}
