import { FROM_SOURCES } from '../package-paths.ts';
import type { CacheChecks, ShapeCheck } from './cache-schemas.ts';
import { CHECKS_FILE } from './code-version.ts';

/** The checks written by the compile step, or compiled from the schemas when running from the sources. */
async function loadChecks(): Promise<CacheChecks> {
	if (FROM_SOURCES) return (await import('./cache-schemas.ts')).compiledChecks();
	const file = new URL(`./${CHECKS_FILE}`, import.meta.url);
	try {
		// a file beside this module, found at run time (the site's bundler, which may see this module, leaves it alone)
		return (await import(/* @vite-ignore */ file.href)) as CacheChecks;
	} catch (cause) {
		throw new Error(
			`The compiled wikikb has no readable \`${file.pathname}\`, which the compile step writes. Compile it again with \`npm run compile\`.`,
			{ cause },
		);
	}
}

const checks = await loadChecks();

/** Is this a page's cache entry (see `cacheEntrySchema`)? */
export const isCacheEntry = checks.isCacheEntry;

/** Is this a rendered body as the cache stores it? */
export const isRenderedHtml = checks.isRenderedHtml;

/** Is this a text the cache stores (a page's Markdown, the search index)? */
export const isCachedText: ShapeCheck<string> = (value): value is string => typeof value === 'string';
