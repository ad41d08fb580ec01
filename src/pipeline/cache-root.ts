import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';

/**
 * The folder wikikb keeps its state in between runs: the parsed-page cache (`pages/`) and Astro's working folders
 * (`astro/`). Never inside the wikikb package, which may be read-only (a global install, a store of packages):
 * `$WIKIKB_CACHE_DIR` when set (relative to `cwd`), else `node_modules/.cache/wikikb` of the nearest folder from
 * `cwd` up that has a `node_modules` (the user's project, as Babel, ESLint and Vite keep theirs), else the
 * operating system's cache folder (`$XDG_CACHE_HOME/wikikb`, `~/.cache/wikikb`, `~/Library/Caches/wikikb`,
 * `%LOCALAPPDATA%\wikikb\Cache`).
 * @example
 * cacheRoot('/home/me/kb') // '/home/me/kb/node_modules/.cache/wikikb' when /home/me/kb/node_modules exists
 */
export function cacheRoot(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
	const named = env.WIKIKB_CACHE_DIR;
	if (named && !isOff(named)) return resolve(cwd, named);
	const project = nearestNodeModules(resolve(cwd));
	return project ? join(project, '.cache', 'wikikb') : envPaths('wikikb', { suffix: '' }).cache;
}

/** The parsed-page cache folder, or `false` when `$WIKIKB_CACHE_DIR` is `off` (or `0`). */
export function pageCacheDir(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | false {
	const named = env.WIKIKB_CACHE_DIR;
	return named && isOff(named) ? false : join(cacheRoot(cwd, env), 'pages');
}

const isOff = (value: string) => value === 'off' || value === '0';

/** The `node_modules` folder in `dir` or the nearest folder above it, if any. */
function nearestNodeModules(dir: string): string | undefined {
	for (let at = dir; ; at = dirname(at)) {
		const candidate = join(at, 'node_modules');
		if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory()) return candidate;
		if (dirname(at) === at) return undefined;
	}
}
