import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `../shared` beside the repository (corpus, seed page, MediaWiki parser tests). */
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
/** The corpus folders. */
export const CORPUS = resolve(SHARED, 'corpus');
export const UNSLOTH = resolve(CORPUS, 'unsloth-sample');
export const KAPSO = resolve(CORPUS, 'kapso-wikis');
/** The reference page. */
export const SEED_PAGE = resolve(SHARED, 'seed', '000_8520e3a803257a82.txt');
/** MediaWiki's own parser tests (a subset, see its README). */
export const MW_PARSERTESTS = resolve(SHARED, 'mw-parsertests');
