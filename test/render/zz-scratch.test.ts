import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { context, pipelineResult } from './helpers.ts';
import { renderPage } from '../../src/render/index.ts';
test('x', async () => {
	const r = await renderPage(pipelineResult(readFileSync(process.env.F ?? '/work/shared/seed/000_8520e3a803257a82.txt', 'utf8')), context());
	console.log(r.html); console.log(JSON.stringify(r.headings), JSON.stringify(r.diagnostics));
});
