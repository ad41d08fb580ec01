import type { z } from 'zod';
import type { lrRuleSchema, LrRule } from '../lr/index.ts';
import type { ExportInput } from './types.ts';
import { toJsonSchema } from './json-schema.ts';
import { lrFileSchema } from './lr-file-schema.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { compareCodeUnits } from '../text/index.ts';

/** JSON Schema (2020-12) of `api/lr-rules.json`. */
export const lrSchema = toJsonSchema(lrFileSchema, 'lr-rules', 'wikikb learning-rate rules');

/**
 * The `api/lr-rules.json` payload: the run's rules in a deterministic order (page id, then line; the LR stage
 * already gives reading order within a line, which the stable sort keeps).
 */
export function lrJson(result: ExportInput): z.infer<typeof lrFileSchema> {
	const rules: LrRule[] = [...result.rules].sort((a, b) => compareCodeUnits(a.page, b.page) || a.line - b.line);
	return { schemaVersion: SCHEMA_VERSION, rules: rules.map(toJsonRule) };
}

/** A plain copy with readonly arrays made mutable, the way zod's inferred type wants them. */
export function toJsonRule(r: LrRule): z.infer<typeof lrRuleSchema> {
	return {
		...r,
		section: [...r.section],
		condition: {
			...r.condition,
			tasks: [...r.condition.tasks],
			...(r.condition.modelParams ? { modelParams: { ...r.condition.modelParams } } : {}),
		},
		lr: { ...r.lr },
		sources: r.sources.map((s) => ({ ...s })),
	};
}
