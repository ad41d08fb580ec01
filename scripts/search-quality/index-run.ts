import { runPipeline } from '../../src/pipeline/run.ts';
import { searchDocuments } from '../../src/export/index.ts';
import { SearchIndex } from '../../src/search/index.ts';
import { CORPUS_DIRS, type CorpusName, type Question } from './questions.ts';
import type { Answered } from './score.ts';

/** Asks the search index of each question's corpus (built from its content folder, through the cache). */
export async function answerWithIndex(questions: readonly Question[]): Promise<Answered[]> {
	const indexes = new Map<CorpusName, SearchIndex>();
	const answered: Answered[] = [];
	for (const question of questions) {
		let index = indexes.get(question.corpus);
		if (!index) {
			const result = await runPipeline({ contentDir: CORPUS_DIRS[question.corpus] });
			index = SearchIndex.build(searchDocuments(result));
			indexes.set(question.corpus, index);
		}
		answered.push({ question, top: index.search(question.question, { limit: 3 }).map((hit) => hit.id) });
	}
	return answered;
}
