import { parseDocument } from 'yaml';
import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { LineIndex, PAGE_NAMESPACES } from '../load/index.ts';

/** What stands before a page's content: YAML front matter and the display-title line. */
export interface PageHead {
	/** Front matter fields (JSON-safe), `{}` when there is none or it is not a mapping. */
	readonly frontMatter: Readonly<Record<string, unknown>>;
	/** Display title from the first line, markup removed, without a `Type:` prefix; else the front matter's `title`. */
	readonly title?: string;
	/** 0-based `[from, to)` ranges that are not content (front matter block, title line), newlines excluded. */
	readonly hidden: readonly (readonly [number, number])[];
	readonly diagnostics: readonly Diagnostic[];
}

const TYPES = new Set<string>(Object.values(PAGE_NAMESPACES).map((t) => t.toLowerCase()));
const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Finds the front matter block: `---` on the first line up to the next `---` or `...` line. */
function findFrontMatter(text: string): { end: number; yaml: string; yamlStart: number } | undefined {
	const firstEnd = text.indexOf('\n');
	if (firstEnd < 0 || !FENCE.test(text.slice(0, firstEnd))) return undefined;
	let start = firstEnd + 1;
	while (start <= text.length) {
		const nl = text.indexOf('\n', start);
		const lineEnd = nl < 0 ? text.length : nl;
		if (CLOSE.test(text.slice(start, lineEnd)))
			return { end: lineEnd, yaml: text.slice(firstEnd + 1, start), yamlStart: firstEnd + 1 };
		if (nl < 0) return undefined;
		start = nl + 1;
	}
	return undefined;
}

/** Plain display title from the text of a title line: markup and a `Type:` prefix removed. */
function cleanTitle(raw: string): string {
	let title = raw.replace(/'''?|\*\*|`/g, '').trim();
	const colon = /^([A-Za-z]+)\s*:\s*(.+)$/.exec(title);
	if (colon && TYPES.has(colon[1]!.toLowerCase())) title = colon[2]!.trim();
	return title;
}

/**
 * Reads the head of a page: YAML front matter (`---` ... `---` at the very top) and a display-title line
 * (the first non-blank line when it is `# Type: Name`, `# Name` or `= Name =`). Bad YAML is reported and
 * the block is still hidden from the content. Never throws.
 */
export function readHead(text: string, file: string): PageHead {
	const hidden: [number, number][] = [];
	const diagnostics: Diagnostic[] = [];
	let frontMatter: Record<string, unknown> = {};
	let pos = 0;
	const fm = findFrontMatter(text);
	if (fm) {
		hidden.push([0, fm.end]);
		pos = fm.end;
		const lines = new LineIndex(text);
		try {
			const doc = parseDocument(fm.yaml, { prettyErrors: false });
			const error = doc.errors[0];
			if (error) {
				const { line, col } = lines.position(fm.yamlStart + (error.pos[0] ?? 0));
				diagnostics.push(diag(file, line, col, 'invalid-front-matter', 'unreadable', { reason: error.message }));
			} else {
				const value: unknown = JSON.parse(JSON.stringify(doc.toJS() ?? {}));
				if (value !== null && typeof value === 'object' && !Array.isArray(value))
					frontMatter = value as Record<string, unknown>;
				else diagnostics.push(diag(file, 2, 1, 'invalid-front-matter', 'notMapping'));
			}
		} catch (cause) {
			diagnostics.push(diag(file, 2, 1, 'invalid-front-matter', 'failed', { cause: String(cause) }));
		}
	}
	const first = /[^\s]/.exec(text.slice(pos));
	let title: string | undefined;
	if (first) {
		const start = pos + first.index;
		const nl = text.indexOf('\n', start);
		const end = nl < 0 ? text.length : nl;
		const line = text.slice(start, end);
		const m = /^#[ \t]+(.*?)[ \t#]*$/.exec(line) ?? /^=(?!=)[ \t]*(.*?)[ \t]*=[ \t]*$/.exec(line);
		if (m && !/^=.*==[ \t]*$/.test(line) && m[1]!.trim() !== '') {
			title = cleanTitle(m[1]!);
			hidden.push([start, end]);
		}
	}
	// with no title line, a `title:` in the front matter is the display title (as static-site generators read it)
	const fmTitle = frontMatter['title'];
	if (title === undefined && typeof fmTitle === 'string' && fmTitle.trim() !== '')
		title = fmTitle.replace(/\s+/g, ' ').trim();
	return title === undefined ? { frontMatter, hidden, diagnostics } : { frontMatter, title, hidden, diagnostics };
}
