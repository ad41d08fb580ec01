import { stat } from 'node:fs/promises';
import { stableStringify } from '../export/browser.ts';
import { loadLrRules } from '../api/index.ts';
import { formatRecommendation, parseLrQuery, recommendLr, type LrRule } from '../lr/index.ts';
import { UsageError, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

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
	options: {
		...contentOption,
		task: { type: 'string' },
		params: { type: 'string' },
		method: { type: 'string' },
		json: { type: 'boolean', default: false },
	},
	config: ['content'],
	async run(values, io, settings) {
		const task = stringOption(values, 'task');
		if (!task) throw new UsageError('`wikikb lr` needs a task: pass --task, e.g. `--task sft`.');
		const { query, problems } = parseLrQuery({
			task,
			params: stringOption(values, 'params'),
			method: stringOption(values, 'method'),
		});
		if (problems.length > 0) throw new UsageError(problems.join('\n'));
		const content = stringOption(values, 'content');
		const isFile = await stat(content).then(
			(s) => s.isFile(),
			() => false,
		);
		let rules: readonly LrRule[];
		if (isFile) {
			rules = await loadLrRules(content).catch((error: unknown) => {
				throw new UsageError((error as Error).message);
			});
		} else {
			const progress = createProgress(io, 'Parsing');
			const { runPipeline } = await import('../pipeline/index.ts');
			rules = (await runPipeline({ contentDir: content, onPage: progress.tick, namespaces: settings.namespaces ?? [] }))
				.rules;
			progress.finish();
		}
		const rec = recommendLr(query, rules);
		io.out(values.json ? stableStringify(rec) : formatRecommendation(rec));
		return rec.lr ? 0 : 1;
	},
};
