import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'vitest';
import { CORPUS } from '../helpers/paths.ts';
import { parsePage } from '../../src/parse/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { sourceFile } from '../helpers/source.ts';
function walk(d: string): string[] { return readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? walk(p) : [p]; }); }
test('corpus', async () => {
	const files = walk(CORPUS).filter((f) => f.endsWith('.md'));
	let ms = 0; const kinds: Record<string, number> = {}; const diags: Record<string, number> = {};
	for (const f of files) {
		const parts = relative(CORPUS, f).split('/');
		const rel = parts.slice(-2).join('/');
		let r;
		try { r = parsePage(sourceFile(readFileSync(f), rel)); } catch (e) { console.log('PARSE THROW', f, e); continue; }
		kinds[r.tree.kind] = (kinds[r.tree.kind] ?? 0) + 1;
		const t = performance.now();
		const out = await renderPage(r, { pageExists: () => true });
		ms += performance.now() - t;
		for (const d of out.diagnostics) { diags[d.rule] = (diags[d.rule] ?? 0) + 1; if (d.rule === 'render-failed') console.log(f, d.message); }
	}
	console.log(files.length, 'pages', (ms / files.length).toFixed(2), 'ms/page', kinds, diags);
});
