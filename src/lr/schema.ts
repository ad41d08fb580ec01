/**
 * The zod schema of one LR rule (SPEC 2.2): one source for `lr-rules.schema.json`, its docs, the validation of
 * files read back with `loadLrRules` and the TypeScript types (`LrRule` in types.ts is inferred from it). The
 * file's wrapper lives in `src/export/lr-file-schema.ts`. Each field's doc comment is what editors show on the
 * inferred types; its `.describe()` text is what the JSON Schema shows.
 */
import { z } from 'zod';
import { LR_METHODS, LR_TASKS } from './tasks.ts';

/** A model-size range in parameters (not billions): `<3B` -> `{ max: 3e9 }`, `7-8B` -> `{ min: 7e9, max: 8e9 }`. */
export const modelParamsSchema = z
	.object({
		/** Smallest model size the rule applies to, in parameters. */
		min: z
			.number()
			.positive()
			.optional()
			.describe('Smallest model size the rule applies to, in parameters (`>13B` -> 13000000000).'),
		/** Largest model size the rule applies to, in parameters. */
		max: z
			.number()
			.positive()
			.optional()
			.describe('Largest model size the rule applies to, in parameters (`<3B` -> 3000000000).'),
	})
	.strict()
	.describe('Model sizes the condition names, in parameters; `70B` gives min = max = 70000000000.');

/** When a rule applies. */
const conditionSchema = z
	.object({
		/** The condition as written, e.g. `Small Models (<3B)` (a row's label cell, a bullet's bold label, or the sentence). */
		text: z.string().describe('The condition as written, e.g. `Small Models (<3B)`.'),
		/** Tasks the condition names (from its text, else its section, else the page title); empty when none fits. */
		tasks: z
			.array(z.enum(LR_TASKS))
			.describe('Tasks the condition names (`RLHF/DPO/GRPO` -> rlhf, dpo, grpo); empty when none fits.'),
		/** The method the condition names, when it names one. */
		method: z.enum(LR_METHODS).optional().describe('Fine-tuning method the condition names: lora, qlora or full.'),
		/** The model sizes the condition names, when it names any. */
		modelParams: modelParamsSchema.optional(),
	})
	.strict()
	.describe('When the rule applies: from the statement, else its section, else the page title.');

/** A source the rule's page cites (`[[source::Type|Title|URL]]`). */
const sourceSchema = z
	.object({
		/** Source type as written, e.g. `Paper`, `Doc`, `Blog`. */
		type: z.string().describe('Source type as written, e.g. `Paper`.'),
		/** Source title. */
		title: z.string().describe('Source title.'),
		/** URL, path or free text of the third part; absent in the two-part form. */
		url: z.string().optional().describe('URL, path or free text; absent in the two-part form.'),
	})
	.strict();

/** One stated LR recommendation (or documented parameter default): one rule of `lr-rules.json`. */
export const lrRuleSchema = z
	.object({
		/**
		 * Stable id: `<page id>#lr-<digest>`, the digest of page, section, condition and value text, so it does not
		 * change when other pages, other rules or line numbers change.
		 * @example 'Heuristic:Learning_Rate_Tuning#lr-3f9a2c1d'
		 */
		id: z.string().describe('Stable id `<page>#lr-<digest>`: unchanged when other pages or other lines change.'),
		/** Id of the page that states the rule, e.g. `Heuristic:Learning_Rate_Tuning`. */
		page: z.string().describe('Id of the page that states the rule, e.g. `Heuristic:Learning_Rate_Tuning`.'),
		/** Heading path of the section the rule stands in (titles, outermost first). */
		section: z.array(z.string()).describe('Heading path of the section the rule stands in, outermost first.'),
		/** When the rule applies. */
		condition: conditionSchema,
		/** The learning rate it states, in plain numbers. */
		lr: z
			.object({
				/** Lower end (equal to `max` for a single value). */
				min: z.number().positive().describe('Lower end, a plain number (`2e-4` -> 0.0002).'),
				/** Upper end. */
				max: z.number().positive().describe('Upper end; equal to min for a single value.'),
				/** The value as written, e.g. `2e-4 to 5e-4`. */
				text: z.string().describe('The value as written, e.g. `2e-4 to 5e-4`.'),
			})
			.strict()
			.describe('The learning rate; a range written high to low is put in order (and reported).'),
		/** The page's "start here" value (`Default Recommendation`, `start with`, `default LR`...). */
		isDefault: z.boolean().describe('The page\'s "start here" value (`Default Recommendation`, `start with`).'),
		/**
		 * What kind of statement the rule is: a `recommendation` (what to use), or a `parameter-default` (the
		 * documented default of a `learning_rate` parameter in an inputs/outputs table, not advice).
		 */
		kind: z
			.enum(['recommendation', 'parameter-default'])
			.describe('`recommendation`, or the documented default of a `learning_rate` parameter (not advice).'),
		/** Where the rule was read from: a table row, a bullet / numbered / definition item, or a paragraph sentence. */
		origin: z.enum(['table', 'bullet', 'sentence']).describe('Read from a table row, a list item, or a sentence.'),
		/** The rest of the row or sentence: qualifiers (`~`, `with decay`), comparisons, remarks. Empty when none. */
		notes: z.string().describe('The rest of the row or sentence: qualifiers, comparisons, remarks. Empty when none.'),
		/** The page's sources. */
		sources: z.array(sourceSchema).describe("The page's sources (`[[source::Type|Title|URL]]`)."),
		/** Page file relative to the content folder, e.g. `heuristics/Learning_Rate_Tuning.wiki`. */
		file: z.string().describe('Page file relative to the content folder.'),
		/** 1-based line of the row or statement. */
		line: z.number().int().min(1).describe('1-based line of the row or statement.'),
	})
	.strict();
