import { normalizeBase, normalizeSite } from '../site/index.ts';
import { UsageError, type Command } from './command.ts';

/** `--base PATH` and `--site URL`, shared by `build` and `dev`. */
export const siteOptions = { base: { type: 'string' }, site: { type: 'string' } } as const satisfies Command['options'];

/** Where the site is served: its base path and, when known, its public origin. */
export interface SiteAddressOptions {
	/** Base path, `/` or `/a/b/`. */
	readonly base: string;
	/** Public origin (`https://example.org`), when `--site` was given. */
	readonly site?: string;
}

/**
 * Reads `--base` and `--site`. A site address with a path (`https://user.github.io/repo/`) gives the base path
 * when `--base` is not given, and must agree with it when it is.
 * @throws UsageError when either cannot be read or they disagree
 */
export function readSiteOptions(values: Record<string, string | boolean | undefined>): SiteAddressOptions {
	try {
		const base = typeof values.base === 'string' ? normalizeBase(values.base) : undefined;
		const site = typeof values.site === 'string' && values.site.trim() !== '' ? normalizeSite(values.site) : undefined;
		if (site && site.path !== '/' && base !== undefined && base !== site.path) {
			throw new Error(
				`The site address \`${String(values.site)}\` has the path \`${site.path}\`, but the base path is \`${base}\`. Give the path once: in --site, or in --base with the site's home address.`,
			);
		}
		const resolved = base ?? site?.path ?? '/';
		return site ? { base: resolved, site: site.origin } : { base: resolved };
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
}

/** The same options as command-line arguments (for the child process that builds the pages). */
export function siteArguments(address: SiteAddressOptions): string[] {
	return ['--base', address.base, ...(address.site ? ['--site', address.site] : [])];
}
