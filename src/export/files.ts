import type { PipelineResult } from '../pipeline/run.ts';
import { graphJson, graphSchema } from './graph-json.ts';
import { lrJson, lrSchema } from './lr-json.ts';
import { pagesJson, pagesSchema } from './pages-json.ts';

/** One file of the JSON export: `api/<name>.json` and its JSON Schema. */
export interface ExportFile {
	readonly name: 'graph' | 'lr-rules' | 'pages';
	readonly payload: unknown;
	readonly schema: object;
}

/** The export's files, in a fixed order. */
export function exportFiles(result: PipelineResult): ExportFile[] {
	return [
		{ name: 'graph', payload: graphJson(result), schema: graphSchema },
		{ name: 'lr-rules', payload: lrJson(result), schema: lrSchema },
		{ name: 'pages', payload: pagesJson(result), schema: pagesSchema },
	];
}
