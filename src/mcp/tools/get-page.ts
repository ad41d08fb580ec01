import { pageFileSchema, type PageFile } from '../../export/index.ts';
import { z } from 'zod';
import { findPage, type Knowledge } from '../knowledge.ts';
import { ToolError, defineTool } from './types.ts';

/**
 * The page a title names, or a `ToolError` that lists what it could mean (or says to search).
 * @throws ToolError when no page or several pages fit
 */
export async function pageNamed(knowledge: Knowledge, title: string): Promise<PageFile> {
	const found = findPage(knowledge, title);
	if (!found.page) {
		const hint =
			found.candidates.length > 0
				? `It could be ${found.candidates.map((c) => `\`${c.id}\``).join(', ')}: pass one of these ids.`
				: 'Pass a page id such as `Heuristic:Learning_Rate_Tuning` (the `id` of a `search` result), or use `search` to find the page.';
		throw new ToolError(`No single page is titled \`${title}\`. ${hint}`);
	}
	const page = await knowledge.page(found.page.id);
	if (!page)
		throw new ToolError(
			`The page \`${found.page.id}\` is in the graph but its file is missing from \`${knowledge.origin}\`. Export again.`,
		);
	return page;
}

/** The page as a reader (or a model) reads it: title, what it is, its Markdown, then its connections. */
export function pageText(page: PageFile): string {
	const groups = [...page.outgoing, ...page.incoming].map(
		(g) => `- ${g.label}: ${g.pages.map((p) => `${p.title} (\`${p.id}\`)`).join(', ')}`,
	);
	return [
		`# ${page.title}`,
		`${page.type || 'Main namespace'} page \`${page.id}\`${page.domains.length ? `; domains: ${page.domains.join(', ')}` : ''}${page.lastUpdated ? `; updated ${page.lastUpdated}` : ''}`,
		page.markdown.trim(),
		...(groups.length ? ['## Connected pages', groups.join('\n')] : []),
	].join('\n\n');
}

/** `get_page`: one page in full, as the export's per-page JSON. */
export const getPageTool = defineTool({
	name: 'get_page',
	title: 'Read a page',
	description:
		'Returns one page of the knowledge base in full: its text as Markdown (tables, code, formulas kept), its facts as written, the pages it links to and that link to it grouped by relation, its sources, domains, learning-rate rules and diagnostics. Name the page by its id (from `search`) or its title.',
	input: {
		title: z
			.string()
			.min(1)
			.max(500)
			.describe(
				'Page id (`Heuristic:Learning_Rate_Tuning`) or title (`Learning Rate Tuning`); case, spaces and `_` do not matter.',
			),
	},
	output: pageFileSchema.shape,
	async run(knowledge, args) {
		const page = await pageNamed(knowledge, args.title);
		return { structured: page, text: pageText(page) };
	},
});
