import { posix } from 'node:path';
import { titleFromPath } from './file-title.ts';
import type { Title } from './title.ts';
import { PAGE_NAMESPACES } from './types.ts';

type Folder = keyof typeof PAGE_NAMESPACES;

const PAGE_FILE = /\.(?:wiki|mediawiki|md|txt)$/iu;
// A path-like relative URL: no scheme, no spaces or brackets, and a `/` or a file extension (so `f(x)` in
// prose, read as `[f](x)`, is not a link).
const PATH_LIKE = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s()<>"'`[\]{}|\\]+$/iu;

/**
 * Is this Markdown link target a relative path (`/wikis/X.md`, `../principles/Y.md`, `Y.md`, `./a/b`)
 * rather than a URL with a scheme or a word?
 * @example isRelativeTarget('../principles/Y.md') // true
 * @example isRelativeTarget('x') // false
 */
export function isRelativeTarget(target: string): boolean {
	return PATH_LIKE.test(target) && (target.includes('/') || /\.[a-z0-9]{1,10}(?:[#?].*)?$/iu.test(target));
}

/** The path part of a relative target, URL-decoded, and its `#fragment`. */
function splitTarget(target: string): { path: string; fragment?: string } {
	const hash = target.indexOf('#');
	const fragment = hash >= 0 ? target.slice(hash + 1) : undefined;
	const path = (hash >= 0 ? target.slice(0, hash) : target).replace(/\?.*$/u, '');
	let decoded = path;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		// a stray `%` stays as written
	}
	return fragment ? { path: decoded, fragment } : { path: decoded };
}

/**
 * The page a relative Markdown link names by its file path: resolved against the folder of the linking page
 * (`fromFile`, relative to the content folder; a leading `/` is the content folder), it must be
 * `<type folder>/<name>.<page ext>`. Undefined when it names no page file that way.
 * @example resolvePagePath('../principles/Low_Rank.md#Math', 'heuristics/A.md') // { id: 'Principle:Low_Rank', ..., fragment: 'Math' }
 */
export function resolvePagePath(target: string, fromFile: string): Title | undefined {
	if (!isRelativeTarget(target)) return undefined;
	const { path, fragment } = splitTarget(target);
	if (!PAGE_FILE.test(path)) return undefined;
	const full = path.startsWith('/') ? posix.normalize(path.slice(1)) : posix.join(posix.dirname(fromFile), path);
	const parts = full.split('/');
	if (parts.length !== 2 || !Object.hasOwn(PAGE_NAMESPACES, parts[0]!)) return undefined;
	const title = titleFromPath(`${parts[0]}/${parts[1]}`);
	if (!title) return undefined;
	return fragment ? { ...title, fragment } : title;
}

/**
 * The titles a page file name could have in each type folder, for a link whose folder is not a type folder
 * (`/wikis/X.md`): the caller keeps the one whose page exists.
 * @example candidateTitles('/wikis/X.md').map((t) => t.id) // ['Workflow:X', 'Principle:X', ...]
 */
export function candidateTitles(target: string): Title[] {
	if (!isRelativeTarget(target)) return [];
	const { path, fragment } = splitTarget(target);
	const base = posix.basename(path);
	if (!PAGE_FILE.test(base)) return [];
	return (Object.keys(PAGE_NAMESPACES) as Folder[]).flatMap((folder) => {
		const title = titleFromPath(`${folder}/${base}`);
		return title ? [fragment ? { ...title, fragment } : title] : [];
	});
}
