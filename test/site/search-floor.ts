import { expect } from 'vitest';
import { answerWithSite } from '../../scripts/search-quality/site-run.ts';
import { QUESTIONS, type CorpusName } from '../../scripts/search-quality/questions.ts';
import { isRight } from '../../scripts/search-quality/score.ts';

/**
 * Types each question of the set about this corpus into the built site's `/search/` page in Chromium and checks
 * that a right page is among the first three results for at least `floor` of them (a floor, not the figure: the
 * README has the figures, `scripts/search-quality.ts` measures them).
 */
export async function expectSearchFloor(siteDir: string, corpus: CorpusName, floor: number): Promise<void> {
	const questions = QUESTIONS.filter((q) => q.corpus === corpus);
	const answered = await answerWithSite(siteDir, questions);
	const missed = answered
		.filter((a) => !isRight(a))
		.map((a) => `${a.question.id} ${a.question.question} -> ${a.top.join(', ') || 'nothing'}`);
	expect(answered.filter(isRight).length / questions.length, missed.join('\n')).toBeGreaterThanOrEqual(floor);
}
