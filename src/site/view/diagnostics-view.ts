/**
 * The findings of `wikikb check` as the site shows them: on the `/diagnostics/` pages (every finding, by rule and by
 * page, as MediaWiki's maintenance special pages list theirs), in a page's badge, and in the dev server's panel.
 * Files are named relative to the content folder, never by the build machine's absolute path.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { type Diagnostic, type Severity, countBySeverity, RULES } from '../../diagnostics/index.ts';
import { compareCodeUnits, countOf, groupBy } from '../../text/index.ts';
import type { NodeRef, SeverityCounts } from './view-types.ts';

/**
 * One finding, placed in its page: a diagnostic's place, severity and rule, with its message as `check` prints it,
 * hint included (page text quoted in it is untrusted: render it as text).
 */
export interface DiagnosticView extends Pick<Diagnostic, 'line' | 'col' | 'severity' | 'rule' | 'message'> {
	/** The file relative to the content folder (`heuristics/X.wiki`). */
	readonly file: string;
	/** The page of the file; absent for a file that is no page (a bad file name, an unreadable file). */
	readonly page?: NodeRef;
}

/** The findings of one rule, with what the rule means. */
export interface RuleGroup {
	readonly rule: string;
	/** The rule's one-line meaning from the catalogue (empty for a rule it does not know). */
	readonly title: string;
	readonly findings: readonly DiagnosticView[];
	/** How many pages (or files) have one. */
	readonly files: number;
}

/** The findings in one file. */
export interface FileGroup {
	readonly file: string;
	readonly page?: NodeRef;
	readonly findings: readonly DiagnosticView[];
	readonly counts: SeverityCounts;
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The diagnostics of a run as the site shows them, in `check`'s order (by file, line, column).
 * @param pageOf the page of a diagnostic's file path (as diagnostics name it), if it is one
 * @param relativeOf the file relative to the content folder, for a path that is no page's
 */
export function diagnosticViews(
	list: readonly Diagnostic[],
	pageOf: (path: string) => { file: string; ref: NodeRef } | undefined,
	relativeOf: (path: string) => string,
): DiagnosticView[] {
	return list.map((d) => {
		const page = pageOf(d.file);
		return {
			file: page?.file ?? relativeOf(d.file),
			line: d.line,
			col: d.col,
			severity: d.severity,
			rule: d.rule,
			message: d.hint ? `${d.message} ${d.hint}` : d.message,
			...(page ? { page: page.ref } : {}),
		};
	});
}

/**
 * A path as diagnostics name it, relative to the content folder when it is inside it.
 * @example relativeToContent('/srv/kb', '/srv/kb/heuristics/[x].wiki') // 'heuristics/[x].wiki'
 */
export function relativeToContent(contentDir: string, path: string): string {
	if (!isAbsolute(path)) return path;
	const rel = relative(contentDir, path);
	return rel.startsWith('..') || isAbsolute(rel) ? (path.split(sep).at(-1) ?? path) : rel.split(sep).join('/');
}

/** The findings grouped by rule: errors' rules first, then warnings', then infos', each by number of findings. */
export function groupByRule(list: readonly DiagnosticView[]): RuleGroup[] {
	return [...groupBy(list, (d) => d.rule)]
		.map(([rule, findings]) => ({
			rule,
			title: (RULES as Record<string, { title: string } | undefined>)[rule]?.title ?? '',
			findings,
			files: new Set(findings.map((f) => f.file)).size,
		}))
		.sort(
			(a, b) =>
				worst(a.findings) - worst(b.findings) || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule),
		);
}

/** The findings grouped by file, in path order. */
export function groupByFile(list: readonly DiagnosticView[]): FileGroup[] {
	return [...groupBy(list, (d) => d.file)]
		.sort(([a], [b]) => compareCodeUnits(a, b))
		.map(([file, findings]) => ({
			file,
			...(findings[0]?.page ? { page: findings[0].page } : {}),
			findings,
			counts: countBySeverity(findings),
		}));
}

function worst(list: readonly DiagnosticView[]): number {
	return Math.min(...list.map((d) => ORDER[d.severity]));
}

/**
 * The element id of a file's findings on `/diagnostics/` (an id holds no whitespace; two files that differ only
 * there are one title, an error of their own). Link to it with {@link fileFragment}.
 * @example fileAnchor('heuristics/Learning_Rate.wiki') // 'file-heuristics/Learning_Rate.wiki'
 */
export function fileAnchor(file: string): string {
	return `file-${file.replace(/\s/gu, '_')}`;
}

/**
 * The address fragment of a file's findings, percent-encoded (browsers decode it to find the id).
 * @example fileFragment('heuristics/A b.wiki') // '#file-heuristics%2FA_b.wiki'
 */
export function fileFragment(file: string): string {
	return `#${encodeURIComponent(fileAnchor(file))}`;
}

/**
 * A page's badge: its errors and warnings (infos are advice, not problems), or nothing when it has none.
 * @example problemsLabel({ error: 1, warning: 2, info: 5 }) // '1 error, 2 warnings'
 */
export function problemsLabel(counts: SeverityCounts): string | undefined {
	const parts = [
		counts.error > 0 ? countOf(counts.error, 'error') : '',
		counts.warning > 0 ? countOf(counts.warning, 'warning') : '',
	].filter(Boolean);
	return parts.length > 0 ? parts.join(', ') : undefined;
}
