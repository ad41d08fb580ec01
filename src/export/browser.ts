/**
 * The export's light door: what reading an exported file and printing JSON need, without the writers (no Node
 * built-in, no graph, no search index, no JSON Schema maker). `wikikb lr` on an export loads this, not `index.ts`.
 */
export { lrFileSchema } from './lr-file-schema.ts';
export { unreadableVersion } from './schema-version.ts';
export { stableStringify } from './stable-json.ts';
