/**
 * The zod schema of one LR rule (SPEC 2.2): one source for `lr-rules.schema.json`, its docs and the
 * validation of files read back with `loadLrRules`. The file's wrapper lives in `src/export/lr-json.ts`.
 */
import { z } from 'zod';
import { LR_METHODS, LR_TASKS } from './types.ts';

/** A model-size range in parameters. */
export const modelParamsSchema = z
	.object({
		min: z.number().positive().optional().describe('Smallest model size the rule applies to, in parameters (`>13B` -> 13000000000).'),
		max: z.number().positive().optional().describe('Largest model size the rule applies to, in parameters (`<3B` -> 3000000000).'),
	})
	.strict()
	.describe('Model sizes the condition names, in parameters; `70B` gives min = max = 70000000000.');

const conditionSchema = z
	.object({
		text: z.string().describe('The condition as written, e.g. `Small Models (<3B)`.'),
		tasks: z.array(z.enum(LR_TASKS)).describe('Tasks the condition names (`RLHF/DPO/GRPO` -> rlhf, dpo, grpo); empty when none fits.'),
		method: z.enum(LR_METHODS).optional().describe('Fine-tuning method the condition names: lora, qlora or full.'),
		modelParams: modelParamsSchema.optional(),
	})
	.strict()
	.describe('When the rule applies: from the statement, else its section, else the page title.');

const sourceSchema = z
	.object({
		type: z.string().describe('Source type as written, e.g. `Paper`.'),
		title: z.string().describe('Source title.'),
		url: z.string().optional().describe('URL, path or free text; absent in the two-part form.'),
	})
	.strict();

/** One rule of `lr-rules.json`. */
export const lrRuleSchema = z
	.object({
		id: z.string().describe('Stable id `<page>#lr-<digest>`: unchanged when other pages or other lines change.'),
		page: z.string().describe('Id of the page that states the rule, e.g. `Heuristic:Learning_Rate_Tuning`.'),
		section: z.array(z.string()).describe('Heading path of the section the rule stands in, outermost first.'),
		condition: conditionSchema,
		lr: z
			.object({
				min: z.number().positive().describe('Lower end, a plain number (`2e-4` -> 0.0002).'),
				max: z.number().positive().describe('Upper end; equal to min for a single value.'),
				text: z.string().describe('The value as written, e.g. `2e-4 to 5e-4`.'),
			})
			.strict()
			.describe('The learning rate; a range written high to low is put in order (and reported).'),
		isDefault: z.boolean().describe('The page\'s "start here" value (`Default Recommendation`, `start with`).'),
		kind: z.enum(['recommendation', 'parameter-default']).describe('`recommendation`, or the documented default of a `learning_rate` parameter (not advice).'),
		origin: z.enum(['table', 'bullet', 'sentence']).describe('Read from a table row, a list item, or a sentence.'),
		notes: z.string().describe('The rest of the row or sentence: qualifiers, comparisons, remarks. Empty when none.'),
		sources: z.array(sourceSchema).describe("The page's sources (`[[source::Type|Title|URL]]`)."),
		file: z.string().describe('Page file relative to the content folder.'),
		line: z.number().int().min(1).describe('1-based line of the row or statement.'),
	})
	.strict();
