import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unreadableVersion } from '../export/index.ts';
import type { Graph } from '../graph/index.ts';
import { runPipeline } from '../pipeline/index.ts';
import {
	askApiJson,
	askString,
	queryStore,
	resultWikitext,
	toCsv,
	toTextTable,
	type AskResult,
	type QueryStore,
} from '../query/index.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { createProgress } from './progress.ts';
import { contentOption, stringOption } from './shared-options.ts';

/** What `--format` prints. */
const OUTPUTS = ['table', 'csv', 'json', 'count', 'wikitext'] as const;
type Output = (typeof OUTPUTS)[number];

/**
 * The graph of an export: `PATH/api/graph.json` for an export folder, else the file itself.
 * @throws UsageError when it is missing or not a wikikb graph
 */
async function exportedGraph(path: string): Promise<Graph> {
	const file = (await stat(path).then(
		(s) => s.isDirectory(),
		() => false,
	))
		? join(path, 'api', 'graph.json')
		: path;
	const text = await readFile(file, 'utf8').catch(() => {
		throw new UsageError(
			`\`${file}\` cannot be read. Pass an export folder (made by \`wikikb export\`) or its \`api/graph.json\`.`,
		);
	});
	let graph: unknown;
	try {
		graph = JSON.parse(text);
	} catch {
		throw new UsageError(`\`${file}\` is not JSON. Pass the \`api/graph.json\` of a \`wikikb export\`.`);
	}
	const g = graph as (Partial<Graph> & { schemaVersion?: unknown }) | null;
	// a file without a version is no export at all: the shape check below says so
	const wrongVersion = g?.schemaVersion === undefined ? undefined : unreadableVersion(file, g);
	if (wrongVersion) throw new UsageError(wrongVersion);
	if (!g || !Array.isArray(g.nodes) || !Array.isArray(g.facts) || !Array.isArray(g.properties))
		throw new UsageError(
			`\`${file}\` is not a wikikb graph (no \`nodes\`, \`facts\` and \`properties\`). Pass the \`api/graph.json\` of a \`wikikb export\`.`,
		);
	return g as Graph;
}

/** The result in the asked output: `--format`, else the query's own `format=csv`/`json`/`count`, else a table. */
function printed(store: QueryStore, result: AskResult, output: Output | undefined): string {
	const own = result.query.params.format;
	const chosen = output ?? (own === 'csv' || own === 'json' || own === 'count' ? own : 'table');
	switch (chosen) {
		case 'csv':
			return toCsv(store, result);
		case 'json':
			// in the key order of Semantic MediaWiki's API, which clients may print as they read it
			return `${JSON.stringify(askApiJson(store, result), null, 2)}\n`;
		case 'count':
			return `${result.count}\n`;
		case 'wikitext':
			return `${resultWikitext(store, result)}\n`;
		default:
			return toTextTable(store, result);
	}
}

export const askCommand: Command = {
	help: `Usage: wikikb ask 'QUERY' [--format table|csv|json|count|wikitext] [--content DIR | --export PATH]

Runs a Semantic MediaWiki query over the pages, as \`api.php?action=ask&query=QUERY\` takes it: conditions, then
printouts and parameters after \`|\`, e.g. '[[Category:Town]][[Population::>500000]]|?Population|sort=Population|order=desc'.
The same engine answers the pages' {{#ask:}} calls. Problems are printed with a caret under their place.
Exit code 0 with results, 1 with none, 2 when the query cannot be read as written (or bad options).

Options:
  --format FORMAT    table (default; the query's own format=csv, json or count when it has one), csv,
                     json (Semantic MediaWiki's ask API shape), count, or wikitext (the result as a page shows it)
  --content DIR      content folder to read (default: content)
  --export PATH      ask an export instead: its folder or its api/graph.json (no parsing; what /ask/ uses)
  --config FILE      settings file for --content (default: wikikb.config.json, if there is one)
  -h, --help         show this help

Examples:
  wikikb ask '[[Category:Heuristic]][[domain::LLMs]]|?source|sort=last_updated|order=desc'
  wikikb ask '[[Help:+]]' --format json --export dist
`,
	options: { ...contentOption, format: { type: 'string' }, export: { type: 'string' } },
	positional: 'query',
	config: ['content'],
	async run(values, io: CliIo, settings) {
		const query = stringOption(values, 'query');
		if (query.trim() === '')
			throw new UsageError("`wikikb ask` needs a query, e.g. `wikikb ask '[[Category:Town]]|?Population'`.");
		const format = values.format;
		if (format !== undefined && !OUTPUTS.includes(format as Output))
			throw new UsageError(
				`\`--format ${String(format)}\` is not an output of \`wikikb ask\`. Use ${OUTPUTS.map((o) => `\`${o}\``).join(', ')}.`,
			);
		const exported = stringOption(values, 'export');
		let graph: Graph;
		if (exported) graph = await exportedGraph(exported);
		else {
			const progress = createProgress(io, 'Parsing');
			graph = (
				await runPipeline({
					contentDir: stringOption(values, 'content'),
					onPage: progress.tick,
					namespaces: settings.namespaces ?? [],
				})
			).graph;
			progress.finish();
		}
		const store = queryStore(graph);
		const { result, carets } = askString(store, query);
		for (const caret of carets) io.err(caret);
		if (result.issues.some((i) => i.severity === 'error')) return 2;
		io.out(printed(store, result, format as Output | undefined));
		return result.count > 0 ? 0 : 1;
	},
};
