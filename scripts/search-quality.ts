/**
 * Search quality: the share of the question set (`test/fixtures/search/questions.json`) with a right page in the
 * top 3, per corpus, per kind, and for the tuning and held-out questions.
 *
 *   npx tsx scripts/search-quality.ts                      # the search index (what the MCP `search` tool ranks with)
 *   npx tsx scripts/search-quality.ts --site kapso-wikis=DIR --site unsloth-sample=DIR --site content=DIR
 *                                                          # also the built sites' search pages, in Chromium
 *   add --misses to list the questions without a right answer in the top 3
 */
import { parseArgs } from 'node:util';
import { answerWithIndex } from './search-quality/index-run.ts';
import { QUESTIONS, type CorpusName } from './search-quality/questions.ts';
import { isRight, shares, sharesTable, type Answered } from './search-quality/score.ts';
import { answerWithSite } from './search-quality/site-run.ts';

const { values } = parseArgs({
	options: { site: { type: 'string', multiple: true }, misses: { type: 'boolean', default: false } },
});
const columns: { name: string; answered: Answered[] }[] = [
	{ name: 'search index (MCP `search`)', answered: await answerWithIndex(QUESTIONS) },
];
if (values.site?.length) {
	const answered: Answered[] = [];
	for (const spec of values.site) {
		const [corpus, dir] = spec.split('=') as [CorpusName, string];
		answered.push(
			...(await answerWithSite(
				dir,
				QUESTIONS.filter((q) => q.corpus === corpus),
			)),
		);
	}
	columns.push({ name: 'site search (Chromium)', answered });
}
console.log(sharesTable(columns.map((c) => ({ name: c.name, shares: shares(c.answered) }))));
if (values.misses) {
	for (const c of columns) {
		console.log(`\nMissed by ${c.name}:`);
		for (const a of c.answered.filter((x) => !isRight(x)))
			console.log(
				`- ${a.question.id} (${a.question.kind}) ${a.question.question}\n    got ${a.top.join(', ') || 'nothing'}\n    want ${a.question.answers.join(', ')}`,
			);
	}
}
