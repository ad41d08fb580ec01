import { compareDiagnostics, type Diagnostic, type Severity } from './diagnostic.ts';
import { countOf } from '../text/index.ts';

/**
 * Formats one diagnostic as `file:line:col severity rule message`.
 * @example formatDiagnostic(d) // 'content/a.wiki:3:1 warning unknown-property Property `x` is not in the registry.'
 */
export function formatDiagnostic(d: Diagnostic): string {
	const hint = d.hint ? ` ${d.hint}` : '';
	return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule} ${d.message}${hint}`;
}

/** Counts diagnostics by severity. */
export function countBySeverity(list: readonly Pick<Diagnostic, 'severity'>[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
	for (const d of list) counts[d.severity]++;
	return counts;
}

/** A summary line such as `2 errors, 5 warnings, 0 infos in 41 files`. */
export function formatSummary(list: readonly Diagnostic[], fileCount: number): string {
	const c = countBySeverity(list);
	return `${countOf(c.error, 'error')}, ${countOf(c.warning, 'warning')}, ${countOf(c.info, 'info')} in ${countOf(fileCount, 'file')}`;
}

/**
 * Compiler-style text report: grouped by file (a blank line between files), sorted by line, then the summary.
 */
export function formatText(list: readonly Diagnostic[], fileCount: number): string {
	const sorted = [...list].sort(compareDiagnostics);
	const out: string[] = [];
	let lastFile: string | undefined;
	for (const d of sorted) {
		if (lastFile !== undefined && d.file !== lastFile) out.push('');
		lastFile = d.file;
		out.push(formatDiagnostic(d));
	}
	if (out.length > 0) out.push('');
	out.push(formatSummary(list, fileCount));
	return out.join('\n') + '\n';
}

/** The JSON form `{ "diagnostics": [...] }`, sorted. */
export function formatJson(list: readonly Diagnostic[]): string {
	return JSON.stringify({ diagnostics: [...list].sort(compareDiagnostics) }, null, 2) + '\n';
}
