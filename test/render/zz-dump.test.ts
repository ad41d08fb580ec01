import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'vitest';
import { CORPUS } from '../helpers/paths.ts';
import { parsePage } from '../../src/parse/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { sourceFile } from '../helpers/source.ts';
function walk(d: string): string[] { return readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : [p]; }); }
test('dump', async () => {
	mkdirSync('/tmp/r/out', { recursive: true });
	for (const f of walk(CORPUS).filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))) {
		const rel = relative(CORPUS, f).split('/').slice(-2).join('/');
		const r = parsePage(sourceFile(readFileSync(f), rel));
		const out = await renderPage(r, { pageExists: () => true });
		writeFileSync('/tmp/r/out/' + relative(CORPUS, f).replace(/\//g, '__') + '.html', out.html + '\n<!--' + JSON.stringify(out.diagnostics) + '-->');
	}
});
