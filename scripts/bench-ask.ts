// `npm run bench:ask`: milliseconds per query of the query engine on the kapso corpus (634 real pages), or on
// `--content DIR`. Not a test. Each query is asked `--runs` times (default 50) on one store; the median is reported,
// and the store's one-time build apart. Options: --runs N, --content DIR.
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/pipeline/run.ts';
import { askStore, queryStore, splitQuery } from '../src/query/index.ts';
import { KAPSO } from '../test/helpers/paths.ts';

/** Queries of the kinds people write on the corpus: categories and namespaces, values, patterns, chains, inverses, sorts. */
const QUERIES = [
	'[[Heuristic:+]]|?domain|?source|sort=last_updated|order=desc|limit=20',
	'[[domain::LLMs]]',
	'[[Implementation:+]] [[domain::~*Fine*]]|?domain',
	'[[Workflow:+]]|?step|?domain',
	'[[implements::+]]|?implements|sort=implements',
	'[[uses_heuristic::<q>[[Heuristic:+]]</q>]]',
	'[[step.implemented_by::+]]|?step',
	'[[last_updated::>2025-01-01]]|?last_updated|sort=last_updated',
	'[[~*LoRA*]]|limit=100',
	'[[Category:+]]|format=count',
];

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '50' }, content: { type: 'string', default: KAPSO } },
});
const runs = Number(values.runs);
const { graph, pages } = await runPipeline({ contentDir: values.content, cacheDir: false });
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let started = performance.now();
const store = queryStore(graph);
const storeMs = performance.now() - started;
console.log(`${pages.length} pages, ${graph.facts.length} facts; store built in ${storeMs.toFixed(1)} ms\n`);
console.log('| query | results | median ms |\n|---|---:|---:|');
const medians: number[] = [];
for (const query of QUERIES) {
	const args = splitQuery(query).map((p) => p.text);
	const times: number[] = [];
	let count = 0;
	for (let i = 0; i < runs; i++) {
		started = performance.now();
		count = askStore(store, args).count;
		times.push(performance.now() - started);
	}
	medians.push(median(times));
	console.log(`| \`${query.replace(/\|/gu, '\\|')}\` | ${count} | ${medians.at(-1)!.toFixed(2)} |`);
}
console.log(
	`\nmedian over the queries: ${median([...medians]).toFixed(2)} ms; slowest ${Math.max(...medians).toFixed(2)} ms`,
);
