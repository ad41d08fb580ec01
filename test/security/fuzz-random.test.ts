import { expect, test } from 'vitest';
import { randomPage } from './arbitraries.ts';
import { fuzzPipeline } from './fuzz.ts';

/** Half of the 10,000 generated pages per run (the other half mutates fixtures, in a second file so both cores work). */
const RUNS = 5_000;

test(`${RUNS} random hostile pages: no stage throws or gives up, no script element, event attribute or script URL`, async () => {
	const pages = await fuzzPipeline(randomPage, RUNS);
	expect(pages).toBeGreaterThanOrEqual(RUNS);
});
