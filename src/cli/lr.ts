import { stat } from 'node:fs/promises';
import { stableStringify } from '../export/stable-json.ts';
import { loadLrRules } from '../lr/api.ts';
import { formatLr, formatRange } from '../lr/numbers.ts';
import { parseLrQuery } from '../lr/query.ts';
import { formatParams, recommendLr } from '../lr/recommend.ts';
import { answerRows, splitConditions } from '../lr/split.ts';
import type { ConditionSplit, LrRule, Recommendation, RuleMatch } from '../lr/types.ts';
import { UsageError, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

const ruleLine = (r: LrRule, indent = '  ') =>
	`${indent}${formatRange(r.lr.min, r.lr.max).padEnd(14)} ${r.condition.text || '(no condition)'}${r.isDefault ? ' [default]' : ''}\n` +
	`${indent}${' '.repeat(14)} ${r.page} (${r.file}:${r.line})${r.notes && r.notes !== r.condition.text ? `: ${r.notes}` : ''}\n`;

/** The answers per method or size band, one line each, then the rules behind each. */
function formatSplit(rec: Recommendation, split: ConditionSplit): { head: string; rules: string; used: Set<string> } {
	const rows = answerRows(split);
	const labels = rows.map((row) => row.labels.join(', '));
	const width = Math.max(...labels.map((l) => l.length)) + 2;
	const byId = new Map(rec.matches.map((m) => [m.rule.id, m.rule]));
	const flags = split.condition === 'method' ? (splitConditions(split).includes('size') ? '--method and --params' : '--method') : '--params';
	const head = [
		...rows.map((row, i) => `  ${labels[i]!.padEnd(width)}${formatRange(row.answer.lr.min, row.answer.lr.max)}${row.answer.start !== undefined ? ` (start with ${formatLr(row.answer.start)})` : ''}\n`),
		`Give ${flags} for one answer; without ${flags.includes(' and ') ? 'them' : 'it'}, the most specific rules give ${formatRange(rec.lr!.min, rec.lr!.max)}.\n`,
	].join('');
	const rules = rows.map((row, i) => `  ${labels[i]}:\n${row.answer.rules.map((id) => ruleLine(byId.get(id)!, '    ')).join('')}`).join('');
	return { head, rules: `\nRules behind each answer:\n${rules}`, used: new Set(rows.flatMap((row) => row.answer.rules)) };
}

/** The text answer: the range (or the ranges per method or size band), how it was chosen, the rules and pages behind it. */
export function formatRecommendation(rec: Recommendation): string {
	const q = rec.query;
	const asked = [q.task && `task ${q.task}`, q.params !== undefined && `${formatParams(q.params)} parameters`, q.method && `method ${q.method}`].filter(Boolean).join(', ');
	if (!rec.lr) return `No LR recommendation for ${asked}.\n${rec.explanation.map((l) => `  ${l}\n`).join('')}`;
	const split = rec.byCondition && formatSplit(rec, rec.byCondition);
	const used = split ? split.used : new Set(rec.matches.filter((m) => m.used).map((m) => m.rule.id));
	const others = rec.matches.filter((m) => !used.has(m.rule.id));
	const list = (ms: readonly RuleMatch[]) => ms.map((m) => ruleLine(m.rule)).join('');
	const pages = split ? [...new Set(answerRows(rec.byCondition!).flatMap((row) => row.answer.pages))].sort() : rec.pages;
	return [
		split ? `Recommended LR for ${asked} depends on the ${splitConditions(rec.byCondition!)}:\n${split.head}` : `Recommended LR for ${asked}: ${formatRange(rec.lr.min, rec.lr.max)}\n`,
		!split && rec.start !== undefined ? `Start with: ${formatRange(rec.start, rec.start)}\n` : '',
		`\nHow it was chosen (most specific condition first, then agreement among equally specific rules):\n`,
		rec.explanation.map((l) => `  ${l}\n`).join(''),
		split ? split.rules : `\nRules behind it:\n${list(rec.matches.filter((m) => m.used))}`,
		others.length > 0 ? `\n${split ? 'Other rules that fit, not behind an answer above' : 'Other rules that fit but rank lower'}:\n${list(others)}` : '',
		`\nPages: ${pages.join(', ')}\n`,
	].join('');
}

export const lrCommand: Command = {
	help: `Usage: wikikb lr --task TASK [--params N|7B|70B] [--method lora|qlora|full] [--json] [--content DIR|FILE]

Prints the recommended LR range for the task (and model size and method, when given), how it was chosen
and the rules and pages it came from. A rule fits when the query contradicts none of its conditions; the
rules that match most of the query decide (one rule: its range; several: the overlap of their ranges when
they agree, else their span). When the rules for the task disagree along a method or model size that the
query does not give, the answer is given per method and size band (LoRA: 5e-6; full fine-tuning: 1e-6).
Exit code 0 with a recommendation, 1 when no rule fits, 2 for an unknown task or method or an unreadable size.

Options:
  --task TASK        sft, instruction-tuning, domain-adaptation, continued-pretraining, full-finetune,
                     rlhf, dpo, grpo, ppo, reward-model, embedding (also written as words: "SFT", "DPO")
  --params SIZE      model size: 7B, 1.5B, 350M, 7e9
  --method METHOD    lora, qlora or full (also full-finetune, "full fine-tuning", full-ft, full-parameter;
                     case, spaces, - and _ do not matter); any other method is an error
  --json             print the recommendation as JSON
  --content DIR      content folder to read (default: content), or an exported api/lr-rules.json
  --config FILE      settings file for --content (default: wikikb.config.json, if there is one)
  -h, --help         show this help

Example:
  wikikb lr --task sft --params 7B --method qlora
`,
	options: { ...contentOption, task: { type: 'string' }, params: { type: 'string' }, method: { type: 'string' }, json: { type: 'boolean', default: false } },
	config: ['content'],
	async run(values, io, settings) {
		const task = stringOption(values, 'task');
		if (!task) throw new UsageError('`wikikb lr` needs a task: pass --task, e.g. `--task sft`.');
		const { query, problems } = parseLrQuery({ task, params: stringOption(values, 'params'), method: stringOption(values, 'method') });
		if (problems.length > 0) throw new UsageError(problems.join('\n'));
		const content = stringOption(values, 'content');
		const isFile = await stat(content).then((s) => s.isFile(), () => false);
		let rules: readonly LrRule[];
		if (isFile) {
			rules = await loadLrRules(content).catch((error: unknown) => {
				throw new UsageError((error as Error).message);
			});
		}
		else {
			const progress = createProgress(io, 'Parsing');
			const { runPipeline } = await import('../pipeline/run.ts');
			rules = (await runPipeline({ contentDir: content, onPage: progress.tick, namespaces: settings.namespaces ?? [] })).rules;
			progress.finish();
		}
		const rec = recommendLr(query, rules);
		io.out(values.json ? stableStringify(rec) : formatRecommendation(rec));
		return rec.lr ? 0 : 1;
	},
};
