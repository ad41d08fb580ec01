import { expect, test } from 'vitest';
import { fixtureTexts, mutatedPage } from './arbitraries.ts';
import { fuzzPipeline } from './fuzz.ts';

/** Half of the 10,000 generated pages per run (the other half is random pages, in a second file). */
const RUNS = 5_000;

test(`${RUNS} mutated fixtures: no stage throws or gives up, no script element, event attribute or script URL`, async () => {
	const texts = fixtureTexts();
	expect(texts.length).toBeGreaterThan(0);
	const pages = await fuzzPipeline(mutatedPage(texts), RUNS);
	expect(pages).toBeGreaterThanOrEqual(RUNS);
});
