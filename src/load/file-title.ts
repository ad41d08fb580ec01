import { namespaces } from './namespaces.ts';
import { normalizeName, parseTitle, titleOf, type Title } from './title.ts';
import { PAGE_EXTENSIONS } from './types.ts';

/*
 * THE mapping between page files and titles, both ways (README "Files and titles").
 *
 * - A top-level folder named after a namespace holds its pages: the five page types keep their plural folders
 *   (`heuristics/X.wiki` -> `Heuristic:X`), any other namespace its canonical name or an alias, in any case
 *   (`Help/`, `Property/`, `User_talk/`). Files at the top level are main-namespace pages; deeper folders are
 *   subpages (`Help/Examples/Q1/2.wiki` -> `Help:Examples/Q1/2`), also under a top-level folder that names no
 *   namespace (`Example/P0101/1.wiki` -> `Example/P0101/1`).
 * - In file and folder names `_` is a space, the page extension (`.wiki`, `.mediawiki`, `.md`, `.txt`) is dropped,
 *   and `%XX` (UTF-8 bytes in hex) stands for a character a file name cannot hold. Writing a title, wikikb escapes
 *   `%` and the characters Windows forbids (`\ : * ? "`; `< > |` cannot be in a title), a leading `.` or `_`
 *   (such files are skipped), a trailing `.` of a folder, Windows device names (`CON`, `NUL`, `COM1`...), a main-namespace
 *   subpage folder that would read as a namespace (`Help/X` -> `%48elp/X.wiki`), and every `/` of a name with an
 *   empty subpage part (`A//B` -> `A%2F%2FB.wiki`). A title's prefix that is no namespace stays in the top-level
 *   file name (`Tool:X` -> `Tool%3AX.wiki`).
 */

const EXTENSION = /\.(?:wiki|mediawiki|md|txt)$/iu;
const FORBIDDEN = /[%\\:*?"<>|\u0000-\u001f\u007f]/gu;
const DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/iu;

/** `%XX` runs decoded as UTF-8; a run that is not valid UTF-8, or a `%` not followed by two hex digits, stays. */
function decodeSegment(segment: string): string {
	return segment.replace(/(?:%[0-9a-f]{2})+/giu, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});
}

/** `%XX` of each UTF-8 byte of a character. */
function escapeChar(ch: string): string {
	return [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** One name segment (spaces already `_`) as a file or folder name; `slashes` escapes `/` too. */
function escapeSegment(segment: string, isFolder: boolean, slashes = false): string {
	let out = segment.replace(FORBIDDEN, escapeChar);
	if (slashes) out = out.replace(/\//gu, '%2F');
	// hidden (`.`) and skipped (`_`) names
	if (out.startsWith('.') || out.startsWith('_')) out = escapeChar(out[0]!) + out.slice(1);
	if (isFolder && out.endsWith('.')) out = `${out.slice(0, -1)}%2E`;
	if (DEVICE.test(out)) out = escapeChar(out[0]!) + out.slice(1);
	return out;
}

/**
 * The title of a page file from its path relative to the content folder (see the mapping above), or undefined
 * when the path names no title (empty name, a character no title can hold, no page extension).
 * @example titleFromPath('heuristics/Learning_Rate_Tuning.wiki')?.id // 'Heuristic:Learning_Rate_Tuning'
 * @example titleFromPath('Help/Examples/Q1/2.wiki')?.id // 'Help:Examples/Q1/2'
 * @example titleFromPath('Tool%3AX.md')?.id // 'Tool:X'
 */
export function titleFromPath(relPath: string): Title | undefined {
	// macOS stores file names decomposed (NFD): compose them before looking for forbidden characters.
	const parts = relPath.normalize('NFC').split('/');
	const last = parts.pop()!;
	if (!EXTENSION.test(last)) return undefined;
	parts.push(last.replace(EXTENSION, ''));
	// the folder as written: an escaped first letter (`%48elp/`) makes a main-namespace subpage folder
	const namespace = parts.length > 1 ? namespaces().byFolderName(parts[0]!) : undefined;
	const decoded = (namespace ? parts.slice(1) : parts).map(decodeSegment);
	if (decoded.some((s) => s === '')) return undefined;
	const text = decoded.join('/');
	if (/[#<>[\]{}|\n]/u.test(text)) return undefined;
	if (!namespace) return parseTitle(text);
	const name = normalizeName(text);
	return name === '' ? undefined : titleOf(namespace.name, name);
}

/** Options of {@link pathForTitle}. */
export interface PathOptions {
	/** Extension of the file, with its dot (default `.wiki`). */
	readonly extension?: string;
	/**
	 * Lower-cased relative paths of the files and folders that exist (see {@link takenPaths}): when the title's path
	 * differs from one of them only in letter case, the letters of the clashing part are escaped
	 * (`Foo/%42%61%72.wiki` beside `Foo/bar.wiki`), so both fit on a case-insensitive disk.
	 */
	readonly taken?: ReadonlySet<string>;
}

/**
 * The file that holds (or would hold) a title, relative to the content folder; undefined for the namespaces no
 * page file can be in (`Special:`, `Media:`). `titleFromPath(pathForTitle(t))` is `t` for every title.
 * @example pathForTitle(parseTitle('Help:Examples/Q1/2')!) // 'Help/Examples/Q1/2.wiki'
 * @example pathForTitle(parseTitle('Principle:Quantization')!, { extension: '.md' }) // 'principles/Quantization.md'
 */
export function pathForTitle(title: Title, options: PathOptions = {}): string | undefined {
	const extension = PAGE_EXTENSIONS.find((e) => e === options.extension?.toLowerCase()) ?? '.wiki';
	const spec = title.namespace === '' ? undefined : namespaces().byName(title.namespace);
	if (spec && spec.folder === undefined) return undefined;
	// an open namespace (`Tool:X`) keeps its prefix in a top-level file name
	const text = (spec || title.namespace === '' ? title.name : `${title.namespace}:${title.name}`).replace(/ /gu, '_');
	const split = text.split('/');
	// `A//B`, `A/`: an empty subpage part cannot be a folder, so the name stays one file name
	const escaped = split.some((s) => s === '')
		? [escapeSegment(text, false, true)]
		: split.map((s, i) => escapeSegment(s, i < split.length - 1));
	// a main-namespace subpage whose first folder would read as a namespace folder
	if (!spec && escaped.length > 1 && namespaces().byFolderName(escaped[0]!))
		escaped[0] = escapeChar(escaped[0]![0]!) + escaped[0]!.slice(1);
	const path = [...(spec ? [spec.folder!] : []), ...escaped].join('/') + extension;
	return options.taken ? caseSafe(path, options.taken) : path;
}

/** Escapes the letters of the first segment whose path clashes with a taken one but for letter case (the extension stays). */
function caseSafe(path: string, taken: ReadonlySet<string>): string {
	const parts = path.split('/');
	for (let i = 0; i < parts.length; i++) {
		const prefix = parts.slice(0, i + 1).join('/');
		const lower = prefix.toLowerCase();
		if (!taken.has(lower) || taken.has(`\u0000${prefix}`)) continue;
		const part = parts[i]!;
		const extension = i === parts.length - 1 ? (EXTENSION.exec(part)?.[0] ?? '') : '';
		// case-insensitive disks fold every cased letter (APFS, NTFS), not only ASCII
		const cased = (m: string) => (m.length > 2 || m.toLowerCase() === m.toUpperCase() ? m : escapeChar(m));
		parts[i] = part.slice(0, part.length - extension.length).replace(/%[0-9A-F]{2}|./gu, cased) + extension;
		return parts.join('/');
	}
	return path;
}

/**
 * The set {@link PathOptions.taken} wants: every file path and folder prefix, lower-cased, plus each exactly as
 * it is (marked with a leading NUL), so a path that exists as written is not escaped.
 * @example takenPaths(['Help/Foo.wiki']).has('help/foo.wiki') // true
 */
export function takenPaths(relPaths: Iterable<string>): Set<string> {
	const out = new Set<string>();
	for (const rel of relPaths) {
		const parts = rel.split('/');
		for (let i = 1; i <= parts.length; i++) {
			const prefix = parts.slice(0, i).join('/');
			out.add(prefix.toLowerCase());
			out.add(`\u0000${prefix}`);
		}
	}
	return out;
}

/** Whether a name holds a character that {@link pathForTitle} escapes (the file-title doc above lists them). */
export function needsEscape(name: string): boolean {
	return new RegExp(FORBIDDEN.source, 'u').test(name) || name.startsWith('.');
}
