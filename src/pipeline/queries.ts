import { diag, type Diagnostic } from '../diagnostics/index.ts';
import type { Graph } from '../graph/index.ts';
import type { PageId } from '../load/index.ts';
import { parseFragment, type ParsedPage, type PageQuery, type WikiSource } from '../parse/index.ts';
import {
	askPageUrl,
	askStore,
	escapeWikitext,
	EXPORT_FORMATS,
	queryStore,
	resultWikitext,
	type AskResult,
	type QueryIssue,
	type QueryStore,
} from '../query/index.ts';
import {
	renderQueryResult,
	type MarkdownLinks,
	type QueryLink,
	type QueryResultOutput,
	type RenderContext,
} from '../render/index.ts';
import { renderContext } from './page-job.ts';

/** What a run's queries give: each query's result as HTML and as Markdown (as the run asks), and their problems. */
export interface QueryAnswers {
	/** HTML of each query call of a page, by page id, in the page's order (what fills its placeholders). */
	readonly html: ReadonlyMap<PageId, readonly string[]>;
	/** Markdown of each query call of a page, by page id, in the page's order (what fills its Markdown's markers). */
	readonly markdown: ReadonlyMap<PageId, readonly string[]>;
	readonly diagnostics: readonly Diagnostic[];
}

/** What answering needs besides the graph: the pages, what templates and embedded pages read, what exists. */
export interface QueryInput {
	readonly pages: readonly ParsedPage[];
	readonly graph: Graph;
	readonly wiki: WikiSource;
	readonly existing: ReadonlySet<string>;
	readonly render: boolean;
	/** Also make each result's Markdown, its links written this way (as the pages' Markdown writes them). */
	readonly markdown?: MarkdownLinks;
}

/** Most members a concept page lists (Semantic MediaWiki pages them by 200; a static page shows them at once). */
const CONCEPT_LIMIT = 500;

/** The file position of an offset inside a query argument (arguments may span lines). */
function positionIn(arg: { text: string; line: number; col: number }, offset: number): { line: number; col: number } {
	const before = arg.text.slice(0, Math.max(0, offset));
	const lines = before.split('\n');
	return lines.length === 1
		? { line: arg.line, col: arg.col + before.length }
		: { line: arg.line + lines.length - 1, col: lines.at(-1)!.length + 1 };
}

/** A query's problems as diagnostics at the place in the page file each one is. */
function issueDiagnostics(page: ParsedPage, query: PageQuery, issues: readonly QueryIssue[]): Diagnostic[] {
	return issues.map((issue) => {
		const arg = query.template ? undefined : query.args[issue.at.arg];
		const { line, col } = arg ? positionIn(arg, issue.at.offset) : query;
		const args = { message: issue.message, template: query.template, code: issue.code };
		return issue.severity === 'error'
			? diag(page.path, line, col, 'query-error', 'issue', args)
			: diag(page.path, line, col, 'query-ignored', 'issue', args);
	});
}

/** The arguments a call is asked with: a concept lists its members (`{{#concept:conditions|description}}`). */
function argsOf(query: PageQuery): string[] {
	const args = query.args.map((a) => a.text);
	return query.kind === 'concept' ? [args[0] ?? '', `format=ul`, `limit=${CONCEPT_LIMIT}`] : args;
}

/** The links a result ends with: to more results, or to the `csv`/`json` file, both on the `/ask/` page. */
function linksOf(result: AskResult): QueryLink[] {
	const { query, format, rows } = result;
	const label = query.params.searchlabel;
	if (EXPORT_FORMATS.has(format)) {
		if (label === '' || (rows.length === 0 && !result.further)) return [];
		return [
			{
				href: askPageUrl(query, { format }),
				label: label ?? format.toUpperCase(),
				className: `smw-${format}-furtherresults`,
			},
		];
	}
	if (!result.further || label === '') return [];
	return [
		{
			href: askPageUrl(query, { offset: String(query.params.offset + rows.length) }),
			label: label ?? '… further results',
			className: `smw-${format}-furtherresults`,
		},
	];
}

/** The wikitext a concept page shows above its members: the description and the query. */
function conceptHead(query: PageQuery): string {
	const [conditions, description] = query.args;
	return `<div class="smw-concept">${description?.text ? `<div class="smw-concept-description">${description.text}</div>` : ''}<code class="smw-concept-query">${escapeWikitext(conditions?.text ?? '')}</code></div>\n`;
}

/** How results are rendered: HTML when the run renders, Markdown when it makes the pages' Markdown. */
function outputContext(input: QueryInput): RenderContext {
	return { ...renderContext(input.existing), output: { html: input.render, markdown: input.markdown } };
}

/** One query's result: its wikitext rendered as if it stood on the page, its links and its problems. */
async function resultOutput(
	store: QueryStore,
	page: ParsedPage,
	query: PageQuery,
	result: AskResult,
	input: QueryInput,
): Promise<QueryResultOutput> {
	const body = resultWikitext(store, result, page.id);
	const text = query.kind === 'concept' ? conceptHead(query) + body : body;
	const fragment = text.trim() === '' ? undefined : parseFragment(text, page, { wiki: input.wiki });
	const problems = result.issues.filter((i) => i.severity === 'error').map((i) => i.message);
	return renderQueryResult(fragment, outputContext(input), linksOf(result), problems);
}

/**
 * Answers every `{{#ask:}}`, `{{#show:}}` and `{{#concept:}}` of the pages once the graph is built (a query needs
 * every page): reports each problem as a `query-error` (or `query-ignored`) diagnostic at its place in the file,
 * and makes each result's HTML (when the run renders) and Markdown (when the run makes Markdown) to fill its page's
 * placeholder. Never throws for a query.
 */
export async function answerQueries(input: QueryInput): Promise<QueryAnswers> {
	const html = new Map<PageId, string[]>();
	const markdown = new Map<PageId, string[]>();
	const diagnostics: Diagnostic[] = [];
	const withQueries = input.pages.filter((p) => p.queries && p.queries.length > 0);
	const wanted = input.render || input.markdown !== undefined;
	if (withQueries.length === 0) return { html, markdown, diagnostics };
	const store = queryStore(input.graph);
	for (const page of withQueries) {
		const outputs: QueryResultOutput[] = [];
		for (const query of page.queries!) {
			try {
				const result = askStore(store, argsOf(query), { mode: query.kind === 'show' ? 'show' : 'ask', inline: true });
				// a concept's own query is read (and reported) where `{{#concept:}}` stands; its listing's parameters are ours
				diagnostics.push(
					...issueDiagnostics(
						page,
						query,
						query.kind === 'concept' ? result.issues.filter((i) => i.at.arg === 0) : result.issues,
					),
				);
				if (wanted) outputs.push(await resultOutput(store, page, query, result, input));
			} catch (error) {
				// a bug of the engine on one query must not stop the build: the page shows the problem in its place
				const failed = diag(page.path, query.line, query.col, 'query-error', 'engineFailed', {
					reason: (error as Error).message,
				});
				diagnostics.push(failed);
				if (wanted) outputs.push(await renderQueryResult(undefined, outputContext(input), [], [failed.message]));
			}
		}
		if (input.render)
			html.set(
				page.id,
				outputs.map((o) => o.html),
			);
		if (input.markdown)
			markdown.set(
				page.id,
				outputs.map((o) => o.markdown ?? ''),
			);
	}
	return { html, markdown, diagnostics };
}
