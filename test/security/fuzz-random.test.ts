import fc from 'fast-check';
import { expect, test } from 'vitest';
import { randomPage } from './arbitraries.ts';
import { findUnsafe } from './html-safety.ts';
import { crashes, renderText } from './pipeline.ts';

/** Half of the 10,000 generated pages per run (the other half mutates fixtures, in a second file so both cores work). */
const RUNS = 5_000;

test(`${RUNS} random hostile pages: no stage throws or gives up, no script element, event attribute or script URL`, async () => {
	let pages = 0;
	await fc.assert(
		fc.asyncProperty(randomPage, fc.boolean(), async (text, markdown) => {
			pages++;
			const { html, diagnostics } = await renderText(text, markdown ? 'heuristics/Fuzz.md' : 'heuristics/Fuzz.wiki');
			expect(findUnsafe(html)).toEqual([]);
			expect(crashes(diagnostics)).toEqual([]);
		}),
		{ numRuns: RUNS },
	);
	expect(pages).toBeGreaterThanOrEqual(RUNS);
});
