import type { ZodTypeAny } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';

/**
 * Turns a zod schema into a JSON Schema (draft 2020-12 `$schema`, `$id` under `api/schema/`),
 * so the files' docs, types and schemas come from one source.
 */
export function toJsonSchema(schema: ZodTypeAny, name: string, title: string): object {
	const generated = zodToJsonSchema(schema, { target: 'jsonSchema7', $refStrategy: 'root' }) as Record<string, unknown>;
	delete generated.$schema;
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: `https://wikikb.dev/api/schema/${name}.schema.json`,
		title,
		...generated,
	};
}
