import { expect, test } from 'vitest';
import { extractLrRules, type LrRule } from '../../src/lr/index.ts';
import { parsePage } from '../../src/parse/index.ts';
import { sourceFile } from '../helpers/source.ts';

/** Parses page text with the real parser and reads its LR rules. */
function rulesOf(text: string, relPath = 'heuristics/Forms.wiki') {
	const page = parsePage(sourceFile(text, relPath)).page;
	return extractLrRules([page], { nodes: [], facts: [], edges: [], properties: [], subobjects: [] });
}
const summary = (r: LrRule) => [
	r.line,
	r.origin,
	r.condition.tasks,
	r.condition.method ?? null,
	r.condition.modelParams ?? null,
	r.lr.min,
	r.lr.max,
];

const WIKI = `[[source::Doc|Some Doc|https://example.org/doc]]
== Overview ==
This page collects learning-rate advice for 7B models.

== Learning Rates ==
* **SFT**: Typical LR = 2e-4 to 5e-5
* **DPO**: 5e-7 to 5e-6
* **Domain adaptation:** 1-2e-4 with cosine decay
* weight_decay 0.01, warmup_ratio 0.03, dropout 0.05, beta 0.1
* For 70B models use ~1e-5.
; Reward model : \`1e-5\` to \`2e-5\`

== Hyperparameters ==
* Use a learning rate of 2 × 10^-4 for QLoRA on 7-8B models.
* The KL beta should be 0.1; the LR around 1e-6 for PPO.
* GRPO: learning_rate \`5e-6\` to \`1e-5\` (lower than SFT's 2e-4).

{| class="wikitable"
! Model Size !! Method !! Learning Rate !! Batch Size !! Notes
|-
| 7B || QLoRA || 2E-4 || 16 || works well
|-
| 70B || Full || 1e-5–2e-5 || 4 ||
|-
| Embedding models || LoRA || about right || 32 || unreadable
|}

<syntaxhighlight lang="python">
learning_rate = 9e-4  # not a rule
</syntaxhighlight>

<pre>
lr = 8e-4
</pre>

== Notes ==
For DPO, a learning rate of 5e-7 works; for SFT use 2e-5. Keep the learning rate in [1e-5, 5e-5] for full fine-tuning of 70B models.
Cosine schedule with min LR 1e-6 and adam_epsilon 1e-8; decay the LR by 0.1 at each stage.
`;

test('a wikitext page in many forms: bullets, definitions, sentences, a table; code and other settings ignored', () => {
	const { rules, diagnostics } = rulesOf(WIKI);
	expect(rules.map(summary)).toEqual([
		[6, 'bullet', ['sft'], null, null, 0.00005, 0.0002],
		[7, 'bullet', ['dpo'], null, null, 5e-7, 0.000005],
		[8, 'bullet', ['domain-adaptation'], null, null, 0.0001, 0.0002],
		[10, 'bullet', [], null, { min: 70e9, max: 70e9 }, 0.00001, 0.00001],
		[11, 'bullet', ['reward-model'], null, null, 0.00001, 0.00002],
		[14, 'bullet', [], 'qlora', { min: 7e9, max: 8e9 }, 0.0002, 0.0002],
		[15, 'bullet', ['ppo'], null, null, 0.000001, 0.000001],
		[16, 'bullet', ['grpo'], null, null, 0.000005, 0.00001],
		[21, 'table', [], 'qlora', { min: 7e9, max: 7e9 }, 0.0002, 0.0002],
		[23, 'table', [], 'full', { min: 70e9, max: 70e9 }, 0.00001, 0.00002],
		[37, 'sentence', ['dpo'], null, null, 5e-7, 5e-7],
		[37, 'sentence', ['sft'], null, null, 0.00002, 0.00002],
		[37, 'sentence', ['full-finetune'], 'full', { min: 70e9, max: 70e9 }, 0.00001, 0.00005],
	]);
	expect(rules.find((r) => r.line === 16)!.notes).toContain("lower than SFT's 2e-4");
	expect(rules.find((r) => r.line === 10)!.notes).toContain('~1e-5');
	expect(rules.find((r) => r.line === 21)!.notes).toBe('Batch Size: 16; works well');
	expect(rules.every((r) => r.sources.length === 1 && r.file === 'heuristics/Forms.wiki')).toBe(true);
	expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
		['reversed-range', 6],
		['unreadable-lr', 25],
	]);
});

const MARKDOWN = `# Md Page

Plain markdown page about the LR.

## Learning rate

**Learning rate**: \`2e-4\`

- **QLoRA, 7B**: 2 × 10⁻⁴
- **Full fine-tuning, 70B**: 1e-5 – 2e-5
- **SFT** — 0.0002
- lora_dropout: 0.05

| Model | Learning rate | Batch |
|---|---|---|
| Llama 3 8B | 2e−4 | 16 |
| Llama 3 70B | ≤ 1e-4 | 8 |

\`\`\`python
trainer = Trainer(learning_rate=7e-4)
\`\`\`

Set \`SFTConfig(learning_rate=7e-4)\` only when you know why.
`;

test('a pure Markdown page: bold labels, dash labels, a pipe table; fenced and inline code ignored', () => {
	const { rules } = rulesOf(MARKDOWN, 'heuristics/Md_Page.md');
	expect(rules.map(summary)).toEqual([
		[7, 'sentence', [], null, null, 0.0002, 0.0002],
		[9, 'bullet', [], 'qlora', { min: 7e9, max: 7e9 }, 0.0002, 0.0002],
		[10, 'bullet', ['full-finetune'], 'full', { min: 70e9, max: 70e9 }, 0.00001, 0.00002],
		[11, 'bullet', ['sft'], null, null, 0.0002, 0.0002],
		[16, 'table', [], null, { min: 8e9, max: 8e9 }, 0.0002, 0.0002],
		[17, 'table', [], null, { min: 70e9, max: 70e9 }, 0.0001, 0.0001],
	]);
	expect(rules[0]!.condition.text).toBe('Learning rate');
	expect(rules[3]!.condition.text).toBe('SFT');
	expect(rules[5]!.notes).toContain('≤ 1e-4');
});

test('a page title and its section give conditions the statement does not name', () => {
	const { rules } = rulesOf(
		'== Learning rate ==\n* Start with `5e-6` for a 7B model.\n',
		'heuristics/DPO_Learning_Rates.wiki',
	);
	expect(rules[0]).toMatchObject({
		isDefault: true,
		condition: { tasks: ['dpo'], modelParams: { min: 7e9, max: 7e9 } },
	});
});

test('a parameter row: label and value columns of a key-value table', () => {
	const { rules } = rulesOf(
		'== Hyperparameters ==\n{| class="wikitable"\n! Parameter !! Value\n|-\n| Learning rate (LoRA) || 2e-4\n|-\n| Weight decay || 0.01\n|}\n',
	);
	expect(rules.map((r) => [r.condition.text, r.condition.method, r.lr.min, r.kind])).toEqual([
		['Learning rate (LoRA)', 'lora', 0.0002, 'recommendation'],
	]);
});
