import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Is this code running from the TypeScript sources (`src/`: the tests, `npm run wikikb`) rather than from the
 * compiled package (`lib/`, what `npx wikikb` and `import 'wikikb'` run)? The few files that are not modules
 * (the CLI entry, the worker thread entry) differ between the two.
 */
export const FROM_SOURCES = import.meta.url.endsWith('.ts');

/** The wikikb package folder (the folder of its package.json): `src/` and `lib/` sit side by side in it. */
export const PACKAGE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The script that runs the `wikikb` command from this very code: the compiled bin, or from the sources the
 * development entry (it registers tsx, which Node 20 needs to run TypeScript).
 */
export const CLI_ENTRY = FROM_SOURCES
	? join(PACKAGE_ROOT, 'scripts', 'wikikb.mjs')
	: join(PACKAGE_ROOT, 'lib', 'cli', 'bin.js');
