import { withBase } from './site-address.ts';

/**
 * The base path the site is built for (Astro's `base`, from `--base`), always ending in `/`. Vite sets
 * `import.meta.env.BASE_URL` both in the pages and in the browser scripts, so both read it from here.
 */
export const BASE: string = ((base: string) => (base.endsWith('/') ? base : `${base}/`))(import.meta.env?.BASE_URL ?? '/');

/**
 * A site path (`/heuristic/X/`, as the model and the JSON export hold them) as a link of this build: under the
 * base path. Anything else (`https://…`, `#anchor`) is returned as it is.
 * @example href('/lr/') // '/lr/' at the site root, '/repo/lr/' with `--base /repo/`
 */
export function href(path: string): string {
	return withBase(BASE, path);
}
