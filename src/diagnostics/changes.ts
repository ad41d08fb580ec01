import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';
import { formatDiagnostic } from './format.ts';
import { countOf } from '../text/index.ts';

/** What a new run reports that the previous one did not, and what it no longer reports. */
export interface DiagnosticChanges {
	/** New findings, at their new places. */
	readonly added: readonly Diagnostic[];
	/** Findings that went away, at their old places. */
	readonly removed: readonly Diagnostic[];
}

/** A finding apart from its place: one that only moved (a line added above it) is neither new nor gone. */
function identity(d: Diagnostic): string {
	return `${d.file}\0${d.severity}\0${d.rule}\0${d.message}\0${d.hint ?? ''}`;
}

/**
 * The findings that came and went between two runs. Findings are matched by file, severity, rule and message,
 * as many times as they occur, so a finding that only moved to another line is not reported.
 */
export function diagnosticChanges(before: readonly Diagnostic[], after: readonly Diagnostic[]): DiagnosticChanges {
	return {
		added: unmatched(after, before).sort(compareDiagnostics),
		removed: unmatched(before, after).sort(compareDiagnostics),
	};
}

/** The findings of `list` that `other` has no match for, each match used once. */
function unmatched(list: readonly Diagnostic[], other: readonly Diagnostic[]): Diagnostic[] {
	const left = new Map<string, number>();
	for (const d of other) left.set(identity(d), (left.get(identity(d)) ?? 0) + 1);
	return list.filter((d) => {
		const n = left.get(identity(d)) ?? 0;
		if (n > 0) left.set(identity(d), n - 1);
		return n === 0;
	});
}

/**
 * The report `wikikb dev` prints after a page file changed: a line that says what changed, then the new findings
 * in `check`'s format, then the ones that went away, in the same format under a line of their own.
 * @param changed the changed files as the user names them
 * @example formatChanges(['content/a.wiki'], { added: [d], removed: [] }) // 'content/a.wiki changed: 1 new diagnostic.\ncontent/a.wiki:3:1 warning ...\n'
 */
export function formatChanges(changed: readonly string[], changes: DiagnosticChanges): string {
	const what = changed.length === 1 ? changed[0] : countOf(changed.length, 'page file');
	const { added, removed } = changes;
	if (added.length === 0 && removed.length === 0) return `${what} changed: no new diagnostics, none went away.\n`;
	const counts = [
		added.length > 0 ? `${countOf(added.length, 'new diagnostic')}` : '',
		removed.length > 0 ? `${removed.length} went away` : '',
	]
		.filter(Boolean)
		.join(', ');
	const lines = [`${what} changed: ${counts}.`, ...added.map(formatDiagnostic)];
	if (removed.length > 0) lines.push(`No longer reported:`, ...removed.map(formatDiagnostic));
	return `${lines.join('\n')}\n`;
}
