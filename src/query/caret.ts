import type { QueryIssue } from './types.ts';

/**
 * A problem of a query written as one string (`[[A]]|?P|limit=5`), placed for a reader: the message, the query on
 * one line, and a caret under the place (the CLI prints it; the `/ask/` page shows it).
 * @param starts where each argument starts in the query string (`splitQuery(query).map((p) => p.start)`)
 * @example issueWithCaret('[[P::>>x]]', [0], issue) // 'error: The value ...\n  [[P::>>x]]\n       ^^^\n'
 */
export function issueWithCaret(query: string, starts: readonly number[], issue: QueryIssue): string {
	const at = (starts[issue.at.arg] ?? 0) + issue.at.offset;
	const line = query.replace(/[\n\t]/gu, ' ');
	const column = Math.min(at, line.length);
	return `${issue.severity}: ${issue.message}\n  ${line}\n  ${' '.repeat(column)}${'^'.repeat(Math.max(1, Math.min(issue.at.length, line.length - column)))}\n`;
}
