import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { INSTALL_MODULES, SITE_DIR } from './astro-config.ts';

/** Bumped when what a page's hash covers changes, so pages kept by an older build are rendered again. */
const REUSE_VERSION = '1';

/**
 * What every page of a build is made with besides its own inputs, as a hash: wikikb's code (all of it: the site's
 * templates, styles and scripts, and the modules they call), the installed packages (npm's record of them: Astro,
 * Vite, KaTeX's stylesheet...) and the site's address. A build whose salt differs renders every page.
 */
export async function reuseSalt(address: { readonly base: string; readonly site?: string }): Promise<string> {
	const hash = createHash('sha256').update(`${REUSE_VERSION}\0${JSON.stringify(address)}\0`);
	const code = dirname(SITE_DIR);
	const files = (await readdir(code, { recursive: true, withFileTypes: true }))
		// tsc's record of its last compile says nothing the code does not.
		.filter((e) => e.isFile() && e.name !== '.tsbuildinfo')
		.map((e) => join(e.parentPath, e.name))
		.sort();
	for (const file of files)
		hash
			.update(`${file.slice(code.length)}\0`)
			.update(await readFile(file))
			.update('\0');
	// npm writes it at every install; without it (other package managers), the versions of the packages the site
	// bundles or whose output it holds.
	const installed = await readFile(join(INSTALL_MODULES, '.package-lock.json')).catch(() => undefined);
	if (installed) hash.update(installed);
	else
		for (const name of ['astro', 'vite', 'katex', 'shiki', '@astrojs/sitemap'])
			hash.update(await readFile(join(INSTALL_MODULES, name, 'package.json')).catch(() => name));
	return hash.digest('hex');
}
