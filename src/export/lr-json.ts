import { z } from 'zod';
import { lrRuleSchema } from '../lr/schema.ts';
import type { LrRule } from '../lr/types.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import { toJsonSchema } from './json-schema.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { compareStrings } from './stable-json.ts';

/** Shape of `api/lr-rules.json`: `{ schemaVersion, rules }`, one rule per stated LR recommendation. */
export const lrFileSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the export format.'),
		rules: z.array(lrRuleSchema).describe('Every stated LR rule, sorted by page id, then line, then reading order.'),
	})
	.strict();


/** JSON Schema (2020-12) of `api/lr-rules.json`. */
export const lrSchema = toJsonSchema(lrFileSchema, 'lr-rules', 'wikikb learning-rate rules');

/**
 * The `api/lr-rules.json` payload: the run's rules in a deterministic order (page id, then line; the LR stage
 * already gives reading order within a line, which the stable sort keeps).
 */
export function lrJson(result: PipelineResult): z.infer<typeof lrFileSchema> {
	const rules: LrRule[] = [...result.rules].sort((a, b) => compareStrings(a.page, b.page) || a.line - b.line);
	return { schemaVersion: SCHEMA_VERSION, rules: rules.map(toJsonRule) };
}

/** A plain copy with readonly arrays made mutable, the way zod's inferred type wants them. */
function toJsonRule(r: LrRule): z.infer<typeof lrRuleSchema> {
	return {
		...r,
		section: [...r.section],
		condition: { ...r.condition, tasks: [...r.condition.tasks], ...(r.condition.modelParams ? { modelParams: { ...r.condition.modelParams } } : {}) },
		lr: { ...r.lr },
		sources: r.sources.map((s) => ({ ...s })),
	};
}
