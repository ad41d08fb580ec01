import { stat } from 'node:fs/promises';
import { stableStringify } from '../export/stable-json.ts';
import { loadLrRules } from '../lr/api.ts';
import { formatRange } from '../lr/numbers.ts';
import { parseLrQuery } from '../lr/query.ts';
import { formatParams, recommendLr } from '../lr/recommend.ts';
import type { LrRule, Recommendation, RuleMatch } from '../lr/types.ts';
import { runPipeline } from '../pipeline/run.ts';
import { UsageError, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

const ruleLine = (r: LrRule) =>
	`  ${formatRange(r.lr.min, r.lr.max).padEnd(14)} ${r.condition.text || '(no condition)'}${r.isDefault ? ' [default]' : ''}\n` +
	`  ${' '.repeat(14)} ${r.page} (${r.file}:${r.line})${r.notes && r.notes !== r.condition.text ? `: ${r.notes}` : ''}\n`;

/** The text answer: the range, how it was chosen, the rules and pages behind it. */
export function formatRecommendation(rec: Recommendation): string {
	const q = rec.query;
	const asked = [q.task && `task ${q.task}`, q.params !== undefined && `${formatParams(q.params)} parameters`, q.method && `method ${q.method}`].filter(Boolean).join(', ');
	if (!rec.lr) return `No LR recommendation for ${asked}.\n${rec.explanation.map((l) => `  ${l}\n`).join('')}`;
	const used = rec.matches.filter((m) => m.used);
	const others = rec.matches.filter((m) => !m.used);
	const list = (ms: readonly RuleMatch[]) => ms.map((m) => ruleLine(m.rule)).join('');
	return [
		`Recommended LR for ${asked}: ${formatRange(rec.lr.min, rec.lr.max)}\n`,
		rec.start !== undefined ? `Start with: ${formatRange(rec.start, rec.start)}\n` : '',
		`\nHow it was chosen (most specific condition first, then agreement among equally specific rules):\n`,
		rec.explanation.map((l) => `  ${l}\n`).join(''),
		`\nRules behind it:\n${list(used)}`,
		others.length > 0 ? `\nOther rules that fit but rank lower:\n${list(others)}` : '',
		`\nPages: ${rec.pages.join(', ')}\n`,
	].join('');
}

export const lrCommand: Command = {
	name: 'lr',
	summary: 'Recommend a learning-rate range for a task, model size and method.',
	help: `Usage: wikikb lr --task TASK [--params N|7B|70B] [--method lora|qlora|full] [--json] [--content DIR|FILE]

Prints the recommended LR range for the task (and model size and method, when given), how it was chosen
and the rules and pages it came from. A rule fits when the query contradicts none of its conditions; the
rules that match most of the query decide (one rule: its range; several: the overlap of their ranges when
they agree, else their span). Exit code 0 with a recommendation, 1 when no rule fits.

Options:
  --task TASK        sft, instruction-tuning, domain-adaptation, continued-pretraining, full-finetune,
                     rlhf, dpo, grpo, ppo, reward-model, embedding (also written as words: "SFT", "DPO")
  --params SIZE      model size: 7B, 1.5B, 350M, 7e9
  --method METHOD    lora, qlora or full (also qlora as q-lora; full as full-finetune, "full fine-tuning",
                     full-ft, full-parameter); anything else is an error
  --json             print the recommendation as JSON
  --content DIR      content folder to read (default: content), or an exported api/lr-rules.json
  -h, --help         show this help

Example:
  wikikb lr --task sft --params 7B --method qlora
`,
	options: { ...contentOption, task: { type: 'string' }, params: { type: 'string' }, method: { type: 'string' }, json: { type: 'boolean', default: false } },
	async run(values, io) {
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
			rules = (await runPipeline({ contentDir: content, onPage: progress.tick })).rules;
			progress.finish();
		}
		const rec = recommendLr(query, rules);
		io.out(values.json ? stableStringify(rec) : formatRecommendation(rec));
		return rec.lr ? 0 : 1;
	},
};
