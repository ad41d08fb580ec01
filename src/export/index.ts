import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PipelineResult } from '../pipeline/run.ts';
import { exportFiles } from './files.ts';
import { stableStringify } from './stable-json.ts';

/**
 * Writes the JSON export of a pipeline run under `<outDir>/api/` (and schemas under `api/schema/`).
 * Output depends only on the result, so the same input gives byte-identical files.
 * @returns the paths written, relative to `outDir`
 */
export async function writeExport(result: PipelineResult, outDir: string): Promise<string[]> {
	const written: string[] = [];
	await mkdir(join(outDir, 'api', 'schema'), { recursive: true });
	for (const f of exportFiles(result)) {
		await writeFile(join(outDir, 'api', `${f.name}.json`), stableStringify(f.payload));
		await writeFile(join(outDir, 'api', 'schema', `${f.name}.schema.json`), stableStringify(f.schema));
		written.push(`api/${f.name}.json`, `api/schema/${f.name}.schema.json`);
	}
	return written;
}

export { stableStringify, compareStrings } from './stable-json.ts';
export { exportFiles, type ExportFile } from './files.ts';
