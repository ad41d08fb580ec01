// Search quality on the question set (test/fixtures/search): a floor, not a target. The figures are in the README;
// `npx tsx scripts/search-quality.ts` prints them per corpus and kind.
import { expect, test } from 'vitest';
import { answerWithIndex } from '../../scripts/search-quality/index-run.ts';
import { QUESTIONS } from '../../scripts/search-quality/questions.ts';
import { shares } from '../../scripts/search-quality/score.ts';

test('the search index puts a right page in the top 3 for most questions, held-out ones included', async () => {
	const result = shares(await answerWithIndex(QUESTIONS));
	const share = (group: string) => {
		const s = result.find((x) => x.group === group)!;
		return s.right / s.total;
	};
	expect(QUESTIONS.length).toBe(63);
	expect(share('all')).toBeGreaterThanOrEqual(0.8);
	expect(share('held-out')).toBeGreaterThanOrEqual(0.7);
	for (const corpus of ['content', 'unsloth-sample', 'kapso-wikis'])
		expect(share(`corpus ${corpus}`)).toBeGreaterThanOrEqual(0.75);
}, 600_000);
