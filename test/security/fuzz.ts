import fc from 'fast-check';
import { expect } from 'vitest';
import { findUnsafe } from './html-safety.ts';
import { crashes, renderText } from './pipeline.ts';

/**
 * Feeds `runs` generated pages (each as wikitext or as Markdown) through parse and render and asserts that no
 * stage crashed and the HTML holds nothing script-capable. Returns how many pages ran.
 */
export async function fuzzPipeline(pages: fc.Arbitrary<string>, runs: number): Promise<number> {
	let count = 0;
	await fc.assert(
		fc.asyncProperty(pages, fc.boolean(), async (text, markdown) => {
			count++;
			const { html, diagnostics } = await renderText(text, markdown ? 'heuristics/Fuzz.md' : 'heuristics/Fuzz.wiki');
			expect(findUnsafe(html)).toEqual([]);
			expect(crashes(diagnostics)).toEqual([]);
		}),
		{ numRuns: runs },
	);
	return count;
}
