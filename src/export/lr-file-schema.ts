// The shape of `api/lr-rules.json`, apart from lr-json.ts (which also makes its JSON Schema through
// zod-to-json-schema): reading an exported file needs only this, and `wikikb lr` on an export loads nothing more.
import { z } from 'zod';
import { lrRuleSchema } from '../lr/index.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

/** Shape of `api/lr-rules.json`: `{ schemaVersion, rules }`, one rule per stated LR recommendation. */
export const lrFileSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the export format.'),
		rules: z.array(lrRuleSchema).describe('Every stated LR rule, sorted by page id, then line, then reading order.'),
	})
	.strict();
