// Placeholder until the LR issue (#4) lands.
import type { PipelineResult } from '../pipeline/run.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

export const lrSchema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };

export function lrJson(result: PipelineResult): object {
	return { schemaVersion: SCHEMA_VERSION, rules: result.rules };
}
