import { withBase } from './site-address.ts';

/**
 * The base path the site is built for (Astro's `base`, from `--base`), always ending in `/`. The wikikb
 * integration writes it into the code of the pages and the browser scripts alike; `import.meta.env.BASE_URL` is
 * not used because on the server a `BASE_URL` variable of the environment overrides it. Outside a site build
 * (unit tests) it is `/`.
 */
export const BASE: string = typeof __WIKIKB_BASE__ === 'string' ? __WIKIKB_BASE__ : '/';

/** The site's public address (`--site`), or `''` when it has none. */
export const SITE: string = typeof __WIKIKB_SITE__ === 'string' ? __WIKIKB_SITE__ : '';

/**
 * A site path (`/heuristic/X/`, as the model and the JSON export hold them) as a link of this build: under the
 * base path. Anything else (`https://…`, `#anchor`) is returned as it is.
 * @example href('/lr/') // '/lr/' at the site root, '/repo/lr/' with `--base /repo/`
 */
export function href(path: string): string {
	return withBase(BASE, path);
}
