import { z } from 'zod';
import { toJsonRule } from '../../export/index.ts';
import {
	formatRecommendation,
	LR_METHODS,
	LR_TASKS,
	lrRuleSchema,
	modelParamsSchema,
	parseLrQuery,
	recommendLr,
	type ConditionSplit,
	type Recommendation,
} from '../../lr/index.ts';
import { ToolError, defineTool } from './types.ts';

const querySchema = z
	.object({
		task: z.enum(LR_TASKS).optional().describe('The task, as the recommender read it.'),
		params: z.number().positive().optional().describe('Model size in parameters (`7B` -> 7000000000).'),
		method: z.enum(LR_METHODS).optional().describe('The fine-tuning method.'),
	})
	.strict();

const rangeSchema = z
	.object({
		min: z.number().positive().describe('Lower end.'),
		max: z.number().positive().describe('Upper end; equal to min for one value.'),
	})
	.strict();

type SplitJson = {
	condition: 'method' | 'modelParams';
	answers: {
		label: string;
		when: { method?: (typeof LR_METHODS)[number]; modelParams?: { min?: number; max?: number } };
		lr: { min: number; max: number };
		start?: number;
		basis: 'single' | 'agreement' | 'disagreement';
		rules: string[];
		pages: string[];
		byCondition?: SplitJson;
	}[];
};

const splitSchema: z.ZodType<SplitJson> = z.lazy(() =>
	z
		.object({
			condition: z
				.enum(['method', 'modelParams'])
				.describe('The condition the rules disagree along: the method or the model size.'),
			answers: z
				.array(
					z
						.object({
							label: z.string().describe('The value as people write it: `LoRA/QLoRA`, `full fine-tuning`, `7B–13B`.'),
							when: z
								.object({ method: z.enum(LR_METHODS).optional(), modelParams: modelParamsSchema.optional() })
								.strict()
								.describe('The value of the condition.'),
							lr: rangeSchema.describe('The range for this value.'),
							start: z.number().positive().optional().describe('A "start here" value for this value.'),
							basis: z.enum(['single', 'agreement', 'disagreement']).describe('How this range was chosen.'),
							rules: z.array(z.string()).describe('Ids of the rules behind it.'),
							pages: z.array(z.string()).describe('Ids of their pages.'),
							byCondition: splitSchema.optional().describe('This answer again per model size, when it depends on one.'),
						})
						.strict(),
				)
				.describe('One answer per value.'),
		})
		.strict(),
);

function splitJson(split: ConditionSplit): SplitJson {
	return {
		condition: split.condition,
		answers: split.answers.map((a) => ({
			label: a.label,
			when: {
				...(a.when.method ? { method: a.when.method } : {}),
				...(a.when.modelParams ? { modelParams: { ...a.when.modelParams } } : {}),
			},
			lr: { ...a.lr },
			...(a.start !== undefined ? { start: a.start } : {}),
			basis: a.basis,
			rules: [...a.rules],
			pages: [...a.pages],
			...(a.byCondition ? { byCondition: splitJson(a.byCondition) } : {}),
		})),
	};
}

/** Ids of every rule an answer (or one of its answers per value) was computed from. */
function usedRules(rec: Recommendation): Set<string> {
	const ids = new Set(rec.matches.filter((m) => m.used).map((m) => m.rule.id));
	const walk = (split: ConditionSplit | undefined) =>
		split?.answers.forEach((a) => (a.rules.forEach((id) => ids.add(id)), walk(a.byCondition)));
	walk(rec.byCondition);
	return ids;
}

/** `recommend_lr`: the learning-rate range for a task, model size and method, with the rules behind it. */
export const recommendLrTool = defineTool({
	name: 'recommend_lr',
	title: 'Recommend a learning rate',
	description:
		"Recommends a learning-rate range for fine-tuning from the rules the knowledge base's pages state, for a task, a model size and a method, and says how it was chosen and which rules and pages it came from. When the answer depends on a method or model size the query leaves open, it is also given per method and size band (`byCondition`).",
	input: {
		task: z
			.string()
			.min(1)
			.max(200)
			.describe(`The task: ${LR_TASKS.join(', ')}; words work too ("SFT", "instruction tuning", "preference tuning").`),
		params: z
			.union([z.string().max(50), z.number().positive()])
			.optional()
			.describe('Model size: `7B`, `1.5B`, `350M`, `7e9`, or a number of parameters.'),
		method: z.string().max(50).optional().describe('`lora`, `qlora` or `full` (full fine-tuning).'),
	},
	output: {
		query: querySchema.describe('The query as read.'),
		lr: rangeSchema.optional().describe('The recommended range; absent when no rule fits.'),
		start: z.number().positive().optional().describe('A "start here" value inside the range.'),
		basis: z
			.enum(['single', 'agreement', 'disagreement', 'none'])
			.describe(
				'How the range was chosen: one rule, the overlap of agreeing rules, the span of disagreeing ones, or none fits.',
			),
		explanation: z.array(z.string()).describe('How the answer was chosen, in sentences.'),
		byCondition: splitSchema
			.optional()
			.describe(
				'Answers per method or model-size band, when the rules disagree along one the query leaves open: prefer these.',
			),
		rules: z.array(lrRuleSchema).describe('The rules the answer comes from.'),
		otherRules: z.number().int().min(0).describe('How many other rules fit the query but rank lower.'),
		pages: z.array(z.string()).describe('Ids of the pages behind the answer.'),
		knownTasks: z.array(z.enum(LR_TASKS)).describe('Tasks some rule names: what to ask for when nothing fits.'),
	},
	async run(knowledge, args) {
		const { query, problems } = parseLrQuery({ task: args.task, params: args.params, method: args.method });
		if (problems.length > 0) throw new ToolError(problems.join(' '));
		const rec = recommendLr(query, knowledge.rules);
		const used = usedRules(rec);
		const rules = rec.matches.filter((m) => used.has(m.rule.id)).map((m) => toJsonRule(m.rule));
		const pages = [...new Set([...rec.pages, ...rules.map((r) => r.page)])].sort();
		const structured = {
			query: { ...rec.query },
			...(rec.lr ? { lr: { ...rec.lr } } : {}),
			...(rec.start !== undefined ? { start: rec.start } : {}),
			basis: rec.basis,
			explanation: [...rec.explanation],
			...(rec.byCondition ? { byCondition: splitJson(rec.byCondition) } : {}),
			rules,
			otherRules: rec.matches.length - rules.length,
			pages,
			knownTasks: [...rec.knownTasks],
		};
		return {
			structured,
			text: formatRecommendation(rec, { method: 'the `method` argument', params: 'the `params` argument' }),
		};
	},
});
