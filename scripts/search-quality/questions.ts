import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KAPSO, REPO_ROOT, UNSLOTH } from '../../test/helpers/paths.ts';

const questionSchema = z.object({
	id: z.string().regex(/^q\d+$/u),
	corpus: z.enum(['kapso-wikis', 'unsloth-sample', 'content']),
	question: z.string().min(1),
	answers: z.array(z.string().regex(/^[A-Z][a-z]+:./u)).min(1),
	kind: z.enum(['natural', 'synonym', 'typo', 'keyword', 'one-word-match', 'property']),
	note: z.string(),
});

/** One question of the set, with the pages that answer it (canonical page ids). */
export type Question = z.infer<typeof questionSchema>;
/** A corpus of the question set. */
export type CorpusName = Question['corpus'];

/** The question set (`test/fixtures/search/questions.json`, described in its README). */
export const QUESTIONS: readonly Question[] = z
	.array(questionSchema)
	.parse(JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/search/questions.json'), 'utf8')));

/** The content folder of each corpus. */
export const CORPUS_DIRS: Readonly<Record<CorpusName, string>> = {
	'kapso-wikis': KAPSO,
	'unsloth-sample': UNSLOTH,
	content: join(REPO_ROOT, 'content'),
};

/**
 * Questions held out from tuning: every third one (q03, q06, ..., q63), 21 of 63, chosen before any ranking was
 * tried. Ranking changes were judged on the other 42 only; the held-out share is reported apart.
 */
export function isHeldOut(question: Question): boolean {
	return Number(question.id.slice(1)) % 3 === 0;
}
