import { z } from 'zod';
import {
	askString,
	columnLabels,
	plainCells,
	queryStore,
	toTextTable,
	type AskResult,
	type QueryStore,
} from '../../query/index.ts';
import { ToolError, defineTool } from './types.ts';

const rowSchema = z
	.object({
		page: z.string().describe('Graph id of the result (`Heuristic:Learning_Rate_Tuning`); pass it to `get_page`.'),
		title: z
			.string()
			.describe('Full title as Semantic MediaWiki names results (namespace prefix, spaces, `#subobject`).'),
		url: z.string().optional().describe('Site path of the page, when the site has one.'),
		values: z
			.array(z.array(z.string()))
			.describe('One list per column (in `columns` order): the values as plain text.'),
	})
	.strict();

const issueSchema = z
	.object({
		severity: z.enum(['error', 'warning']),
		code: z.string().describe("Semantic MediaWiki's message key, or wikikb's."),
		message: z.string(),
		argument: z.number().int().min(0).describe('Index of the part of the query (between single `|`) it is in.'),
		offset: z.number().int().min(0).describe('0-based offset in that part.'),
	})
	.strict();

/** The results as the tool lists them: each page with its values as plain text. */
function rowsOf(store: QueryStore, result: AskResult): z.infer<typeof rowSchema>[] {
	const cells = plainCells(store, result);
	return result.rows.map((row, r) => ({
		page: row.subject.page,
		title: row.subject.fulltext,
		...(row.subject.url !== undefined ? { url: row.subject.url } : {}),
		values: cells[r]!,
	}));
}

/** `ask`: a Semantic MediaWiki query over the knowledge graph, as `wikikb ask` and the pages' `{{#ask:}}` run it. */
export const askTool = defineTool({
	name: 'ask',
	title: 'Ask a Semantic MediaWiki query',
	description:
		"Runs a Semantic MediaWiki query (the string `api.php?action=ask&query=` takes) over the pages' facts and categories: conditions, then `|`-separated printouts and parameters. Examples: `[[Category:Heuristics]]|?domain|limit=20`, `[[domain::LLMs]][[uses_heuristic::+]]|?uses_heuristic|sort=last_updated|order=desc`, `[[Help:+]]`. Comparators `>` `<` `!` `~` (with `*`), `||` for or, `<q>...</q>` subqueries, `[[-prop::X]]` inverses, `?prop.prop` chains. Use it for exact, structured questions (which pages state X, sorted by Y); use `search` for questions in words.",
	input: {
		query: z
			.string()
			.min(1)
			.max(4000)
			.describe('The query, e.g. `[[Category:Heuristics]][[domain::NLP]]|?source|limit=10`.'),
	},
	output: {
		columns: z
			.array(z.string())
			.describe('Column labels, the subject column (`Page`) first unless the query moves or hides it.'),
		rows: z.array(rowSchema).describe('The results of the asked page of results (`limit`, `offset`).'),
		count: z.number().int().min(0).describe('Number of results before `limit` and `offset`.'),
		further: z.boolean().describe('More results follow: ask again with a higher `offset=`.'),
		issues: z.array(issueSchema).describe('Warnings about the query (ignored parameters and the like).'),
	},
	async run(knowledge, args) {
		const store = queryStore(knowledge.graph);
		const answer = askString(store, args.query);
		const { result } = answer;
		const carets = answer.carets.map((caret) => caret.trimEnd());
		// As `wikikb ask` exits 2: a query not read as written would answer another question than the one asked.
		if (result.issues.some((i) => i.severity === 'error'))
			throw new ToolError(`The query cannot be read as written:\n${carets.join('\n')}`);
		const issues = result.issues.map((i) => ({
			severity: i.severity,
			code: i.code,
			message: i.message,
			argument: i.at.arg,
			offset: i.at.offset,
		}));
		return {
			structured: {
				columns: columnLabels(result),
				rows: rowsOf(store, result),
				count: result.count,
				further: result.further,
				issues,
			},
			text: [toTextTable(store, result).trimEnd(), ...carets].join('\n'),
		};
	},
});
