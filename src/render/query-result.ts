import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ParseResult } from '../parse/index.ts';
import { renderPage } from './index.ts';
import { hastToMarkdown } from './to-markdown.ts';
import type { RenderContext } from './types.ts';

/** A link a query's result ends with: more results or the file of a `csv`/`json` query, on the `/ask/` page. */
export interface QueryLink {
	/** Site path (`/ask/?q=...`). */
	readonly href: string;
	readonly label: string;
	/** Semantic MediaWiki's class of the link's span (`smw-table-furtherresults`, `smw-csv-furtherresults`). */
	readonly className: string;
}

/** Text with `` `code` `` spans as `<code>`, as diagnostics write values. */
function withCode(message: string): ElementContent[] {
	return message
		.split('`')
		.map((part, i): ElementContent =>
			i % 2 === 1
				? { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: part }] }
				: { type: 'text', value: part },
		);
}

/** One query's result as the outputs `ctx.output` asks for (HTML unless `html` is `false`; Markdown when asked). */
export interface QueryResultOutput {
	readonly html: string;
	/** Links marked (see `placeMarkedLinks`), when `ctx.output.markdown` is set. */
	readonly markdown?: string;
}

/**
 * One query's result on a page: the result's wikitext rendered like page text (sanitized, links to site paths),
 * then the links to the `/ask/` page, then the query's problems in a note (Semantic MediaWiki shows them after the
 * result too); as HTML, and as Markdown when `ctx.output.markdown` asks for it. Built from text nodes: nothing in a
 * query or a value can become markup here.
 * @param fragment the parsed wikitext of the result (none when the format writes no text)
 */
export async function renderQueryResult(
	fragment: ParseResult | undefined,
	ctx: RenderContext,
	links: readonly QueryLink[],
	problems: readonly string[],
): Promise<QueryResultOutput> {
	const rendered = fragment ? await renderPage(fragment, ctx) : undefined;
	const body = rendered?.html ?? '';
	const extra: Element[] = links.map((l) => ({
		type: 'element',
		tagName: 'span',
		properties: { className: [l.className] },
		children: [
			{ type: 'element', tagName: 'a', properties: { href: l.href }, children: [{ type: 'text', value: l.label }] },
		],
	}));
	if (problems.length > 0) {
		// spans (shown as blocks by the style sheet), so that a query written inside a paragraph keeps valid HTML
		extra.push({
			type: 'element',
			tagName: 'span',
			properties: { className: ['smw-query-errors'], role: 'note' },
			children: [
				{
					type: 'element',
					tagName: 'strong',
					properties: {},
					children: [
						{ type: 'text', value: problems.length === 1 ? 'Problem with this query: ' : 'Problems with this query:' },
					],
				},
				...(problems.length === 1
					? withCode(problems[0]!)
					: problems.map((p): ElementContent => ({
							type: 'element',
							tagName: 'span',
							properties: { className: ['smw-query-error'] },
							children: withCode(p),
						}))),
			],
		});
	}
	const html = ctx.output?.html === false ? '' : body + toHtml({ type: 'root', children: extra } satisfies Root);
	const markdownLinks = ctx.output?.markdown;
	const markdown = markdownLinks
		? {
				markdown:
					[rendered?.markdown ?? '', hastToMarkdown(markdownExtras(links, problems), markdownLinks)]
						.map((m) => m.trim())
						.filter(Boolean)
						.join('\n\n') + '\n',
			}
		: {};
	return { html, ...markdown };
}

/** The links and problems after a result, as the tree its Markdown is made from: each link a paragraph, problems a list. */
function markdownExtras(links: readonly QueryLink[], problems: readonly string[]): Root {
	const paragraph = (children: ElementContent[]): Element => ({
		type: 'element',
		tagName: 'p',
		properties: {},
		children,
	});
	const strong = (text: string): Element => ({
		type: 'element',
		tagName: 'strong',
		properties: {},
		children: [{ type: 'text', value: text }],
	});
	const children: Element[] = links.map((l) =>
		paragraph([
			{ type: 'element', tagName: 'a', properties: { href: l.href }, children: [{ type: 'text', value: l.label }] },
		]),
	);
	if (problems.length === 1)
		children.push(
			paragraph([strong('Problem with this query:'), { type: 'text', value: ' ' }, ...withCode(problems[0]!)]),
		);
	if (problems.length > 1)
		children.push(paragraph([strong('Problems with this query:')]), {
			type: 'element',
			tagName: 'ul',
			properties: {},
			children: problems.map((p): Element => ({
				type: 'element',
				tagName: 'li',
				properties: {},
				children: withCode(p),
			})),
		});
	return { type: 'root', children };
}
