// Placeholder until the graph issue (#3) lands.
import type { PipelineResult } from '../pipeline/run.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

export const graphSchema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };

export function graphJson(result: PipelineResult): object {
	return { schemaVersion: SCHEMA_VERSION, nodes: result.graph.nodes, facts: result.graph.facts, edges: result.graph.edges };
}
