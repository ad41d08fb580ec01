// Worker side of `runBounded`: parses and renders each generated page it is sent and posts back what the checks need.
import { parentPort } from 'node:worker_threads';
import { parsePage } from '../../src/parse/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { sourceFile } from '../helpers/source.ts';

parentPort!.on('message', async ({ id, text }: { id: number; text: string }) => {
	const parsed = parsePage(sourceFile(text, 'heuristics/Huge.wiki'));
	const rendered = await renderPage(parsed, { pageExists: () => false });
	parentPort!.postMessage({
		id,
		result: {
			html: rendered.html,
			rules: [...parsed.page.diagnostics, ...rendered.diagnostics].map((d) => d.rule),
			messages: [...parsed.page.diagnostics, ...rendered.diagnostics].map((d) => `${d.rule}: ${d.message}`),
			links: parsed.page.links.length,
			tables: parsed.page.tables.length,
		},
	});
});
