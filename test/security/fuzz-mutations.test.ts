import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fixtureTexts, mutatedPage } from './arbitraries.ts';
import { findUnsafe } from './html-safety.ts';
import { crashes, renderText } from './pipeline.ts';

/** Half of the 10,000 generated pages per run (the other half is random pages, in a second file). */
const RUNS = 5_000;

test(`${RUNS} mutated fixtures: no stage throws or gives up, no script element, event attribute or script URL`, async () => {
	const texts = fixtureTexts();
	expect(texts.length).toBeGreaterThan(0);
	let pages = 0;
	await fc.assert(
		fc.asyncProperty(mutatedPage(texts), fc.boolean(), async (text, markdown) => {
			pages++;
			const { html, diagnostics } = await renderText(text, markdown ? 'heuristics/Fuzz.md' : 'heuristics/Fuzz.wiki');
			expect(findUnsafe(html)).toEqual([]);
			expect(crashes(diagnostics)).toEqual([]);
		}),
		{ numRuns: RUNS },
	);
	expect(pages).toBeGreaterThanOrEqual(RUNS);
});
