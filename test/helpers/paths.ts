import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The repository's test fixtures; everything the tests read lives here (see each folder's README for its source and licence). */
export const FIXTURES = resolve(REPO_ROOT, 'test', 'fixtures');
/** The real corpora (MIT, from Leeroo-AI/kapso): one folder per collection. */
export const CORPUS = resolve(FIXTURES, 'corpus');
export const UNSLOTH = resolve(CORPUS, 'unsloth-sample');
export const KAPSO = resolve(CORPUS, 'kapso-wikis');
/** The reference page. */
export const SEED_PAGE = resolve(FIXTURES, 'seed', '000_8520e3a803257a82.txt');
/** MediaWiki's own parser tests (a subset, GPL-2.0-or-later, see its README). */
export const MW_PARSERTESTS = resolve(FIXTURES, 'mw-parsertests');
/** A small Semantic MediaWiki laid out as a content folder: namespaces, declared types, templates, redirects, subpages. */
export const SMW_WIKI = resolve(FIXTURES, 'smw-wiki');
/** Pages for the query engine: towns and countries with typed facts, concepts and inline queries in every format. */
export const SMW_QUERIES = resolve(FIXTURES, 'smw-queries');
