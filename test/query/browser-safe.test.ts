// `ask()` runs in the browser on graph.json: the query engine must bundle for the browser with no Node module.
import { build } from 'esbuild';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';

test('src/query bundles for the browser (no Node import anywhere in what it reads)', async () => {
	const out = await build({
		entryPoints: [join(REPO_ROOT, 'src', 'query', 'index.ts')],
		bundle: true,
		platform: 'browser',
		format: 'esm',
		write: false,
		logLevel: 'silent',
		metafile: true,
	});
	const inputs = Object.keys(out.metafile.inputs);
	expect(inputs).toContain('src/query/evaluate.ts');
	expect(inputs.filter((i) => i.startsWith('node:') || i.includes('(disabled)'))).toEqual([]);
	expect(out.errors).toEqual([]);
});
