import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderText } from './pipeline.ts';
test('peek', async () => {
	for (const f of (process.env.PEEK ?? '').split(',')) {
		const r = await renderText(readFileSync(f), 'heuristics/Peek.wiki');
		console.log('----' + f + '\n' + r.html + '\n' + r.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule} ${d.message}`).join('\n'));
	}
});
