import { formatLr, formatRange } from './numbers.ts';
import { formatParams } from './recommend.ts';
import { answerRows, splitConditions } from './split.ts';
import type { ConditionSplit, LrRule, Recommendation, RuleMatch } from './types.ts';

const ruleLine = (r: LrRule, indent = '  ') =>
	`${indent}${formatRange(r.lr.min, r.lr.max).padEnd(14)} ${r.condition.text || '(no condition)'}${r.isDefault ? ' [default]' : ''}\n` +
	`${indent}${' '.repeat(14)} ${r.page} (${r.file}:${r.line})${r.notes && r.notes !== r.condition.text ? `: ${r.notes}` : ''}\n`;

/** How the text names the query's inputs: the CLI's flags, or the MCP tool's arguments. */
export interface QueryInputNames {
	readonly method: string;
	readonly params: string;
}

const CLI_NAMES: QueryInputNames = { method: '--method', params: '--params' };

/** The answers per method or size band, one line each, then the rules behind each. */
function formatSplit(
	rec: Recommendation,
	split: ConditionSplit,
	names: QueryInputNames,
): { head: string; rules: string; used: Set<string> } {
	const rows = answerRows(split);
	const labels = rows.map((row) => row.labels.join(', '));
	const width = Math.max(...labels.map((l) => l.length)) + 2;
	const byId = new Map(rec.matches.map((m) => [m.rule.id, m.rule]));
	const flags =
		split.condition === 'method'
			? splitConditions(split).includes('size')
				? `${names.method} and ${names.params}`
				: names.method
			: names.params;
	const head = [
		...rows.map(
			(row, i) =>
				`  ${labels[i]!.padEnd(width)}${formatRange(row.answer.lr.min, row.answer.lr.max)}${row.answer.start !== undefined ? ` (start with ${formatLr(row.answer.start)})` : ''}\n`,
		),
		`Give ${flags} for one answer; without ${flags.includes(' and ') ? 'them' : 'it'}, the most specific rules give ${formatRange(rec.lr!.min, rec.lr!.max)}.\n`,
	].join('');
	const rules = rows
		.map((row, i) => `  ${labels[i]}:\n${row.answer.rules.map((id) => ruleLine(byId.get(id)!, '    ')).join('')}`)
		.join('');
	return {
		head,
		rules: `\nRules behind each answer:\n${rules}`,
		used: new Set(rows.flatMap((row) => row.answer.rules)),
	};
}

/**
 * The text answer: the range (or the ranges per method or size band), how it was chosen, the rules and pages
 * behind it.
 * @param names how to name the inputs to give for one answer (default: the CLI's `--method` and `--params`)
 */
export function formatRecommendation(rec: Recommendation, names: QueryInputNames = CLI_NAMES): string {
	const q = rec.query;
	const asked = [
		q.task && `task ${q.task}`,
		q.params !== undefined && `${formatParams(q.params)} parameters`,
		q.method && `method ${q.method}`,
	]
		.filter(Boolean)
		.join(', ');
	if (!rec.lr) return `No LR recommendation for ${asked}.\n${rec.explanation.map((l) => `  ${l}\n`).join('')}`;
	const split = rec.byCondition && formatSplit(rec, rec.byCondition, names);
	const used = split ? split.used : new Set(rec.matches.filter((m) => m.used).map((m) => m.rule.id));
	const others = rec.matches.filter((m) => !used.has(m.rule.id));
	const list = (ms: readonly RuleMatch[]) => ms.map((m) => ruleLine(m.rule)).join('');
	const pages = split
		? [...new Set(answerRows(rec.byCondition!).flatMap((row) => row.answer.pages))].sort()
		: rec.pages;
	return [
		split
			? `Recommended LR for ${asked} depends on the ${splitConditions(rec.byCondition!)}:\n${split.head}`
			: `Recommended LR for ${asked}: ${formatRange(rec.lr.min, rec.lr.max)}\n`,
		!split && rec.start !== undefined ? `Start with: ${formatRange(rec.start, rec.start)}\n` : '',
		`\nHow it was chosen (most specific condition first, then agreement among equally specific rules):\n`,
		rec.explanation.map((l) => `  ${l}\n`).join(''),
		split ? split.rules : `\nRules behind it:\n${list(rec.matches.filter((m) => m.used))}`,
		others.length > 0
			? `\n${split ? 'Other rules that fit, not behind an answer above' : 'Other rules that fit but rank lower'}:\n${list(others)}`
			: '',
		`\nPages: ${pages.join(', ')}\n`,
	].join('');
}
