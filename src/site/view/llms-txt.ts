import { pageSummary } from '../../export/index.ts';
import { markdownPath, movedUrls, nodeById, placeMarkedLinks } from '../../graph/index.ts';
import type { PipelineResult } from '../../pipeline/index.ts';
import { countOf } from '../../text/index.ts';
import { pageTypeLabel, pluralOf } from './nav.ts';

/** Where the files for language models link to: a site path (a page's own) as this build publishes it. */
export type PlaceLink = (sitePath: string) => string;

/** A page's Markdown file as the site serves it: its title, what it is, its source page, then its text. */
export interface MarkdownFile {
	/** Site path of the file, e.g. `/heuristic/Learning_Rate_Tuning.md` (before the base path). */
	readonly path: string;
	readonly text: string;
}

/** What the pages of the five known types hold; a page of any other namespace is listed under its namespace. */
const WHAT_TYPES_HOLD: Readonly<Record<string, string>> = {
	Workflow: 'end-to-end procedures, step by step',
	Principle: 'the ideas the steps rest on',
	Implementation: 'code: classes, functions, scripts and their parameters',
	Environment: 'what the code needs to run',
	Heuristic: 'rules of thumb: what to set and why',
};

/** The five known types in reading order, then every other namespace that has pages, alphabetically. */
function namespaceOrder(namespaces: Iterable<string>): string[] {
	const known = Object.keys(WHAT_TYPES_HOLD);
	const others = [...new Set(namespaces)].filter((n) => !known.includes(n)).sort((a, b) => a.localeCompare(b));
	return [...known, ...others];
}

/** How many pages a section lists, in words: `1 heuristic`, `3 Tool pages`, `2 pages in the main namespace`. */
function sectionCount({
	namespace,
	plural,
	pages,
}: {
	namespace: string;
	plural: string;
	pages: readonly unknown[];
}): string {
	if (namespace === '') return `${countOf(pages.length, 'page')} in the main namespace`;
	if (namespace in WHAT_TYPES_HOLD) return countOf(pages.length, namespace.toLowerCase(), plural.toLowerCase());
	return countOf(pages.length, `${namespace} page`);
}

/** Text on one line, for a list item or a blockquote. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * Every page's Markdown file (`/heuristic/X.md` beside `/heuristic/X/`): `# Title`, a line saying what the page
 * is and where its HTML page is, then the page as Markdown with its links placed by `place`.
 */
export async function markdownFiles(result: PipelineResult, place: PlaceLink): Promise<MarkdownFile[]> {
	const files: MarkdownFile[] = [];
	// Links were written to `urlFor` paths; a page a case clash moved is elsewhere (see `caseSafeUrls`).
	const moved = movedUrls(result.graph.nodes);
	const at = (path: string) => moved.get(path) ?? path;
	for (const page of result.pages) {
		const node = nodeById(result.graph, page.id);
		const markdown = await result.markdown.get(page.id);
		if (!node || markdown === undefined) continue;
		const body = placeMarkedLinks(markdown, (path, md) => place(md ? markdownPath(at(path)) : at(path)));
		const about = `${pageTypeLabel(page.namespace)} page \`${page.id}\`${node.domains.length ? ` in ${node.domains.join(', ')}` : ''}. As HTML: ${place(node.url)}`;
		files.push({ path: markdownPath(node.url), text: `# ${page.title}\n\n${about}\n\n${body.trim()}\n` });
	}
	return files;
}

/**
 * `llms.txt` (llmstxt.org): an H1 with the site's name, a blockquote saying what the knowledge base holds, then
 * one section per page type (namespace: the five known ones first, then custom ones) listing every page's Markdown file with its summary, and an "Optional" section
 * with the whole-site files (the full text, the JSON export).
 */
export function llmsTxt(result: PipelineResult, place: PlaceLink): string {
	const summaries = new Map(result.pages.map((p) => [p.id as string, pageSummary(p)]));
	const pages = result.graph.nodes.filter((n) => n.kind === 'page');
	const sections = namespaceOrder(pages.map((p) => p.namespace))
		.map((namespace) => ({
			namespace,
			plural: pluralOf(namespace),
			pages: pages.filter((p) => p.namespace === namespace),
		}))
		.filter((section) => section.pages.length > 0);
	const domains = new Map<string, number>();
	for (const page of pages) for (const d of page.domains) domains.set(d, (domains.get(d) ?? 0) + 1);
	const top = [...domains]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, 8)
		.map(([d]) => d);
	const lines = [
		'# wikikb knowledge base',
		'',
		`> ${countOf(pages.length, 'page')}${result.rules.length ? ' of machine-learning know-how' : ''} (${sections.map(sectionCount).join(', ')})${top.length ? `, in domains such as ${top.join(', ')}` : ''}, linked into a typed graph${result.rules.length ? `, with ${countOf(result.rules.length, 'learning-rate rule')}` : ''}.`,
		'',
		'Each page is linked below as Markdown (the same text as its HTML page, with tables, code and formulas); its facts, connections and LR rules are in the JSON export. An agent can also use the MCP server: `npx wikikb mcp --content DIR`.',
	];
	for (const { namespace, plural, pages: ofType } of sections) {
		const what = WHAT_TYPES_HOLD[namespace];
		lines.push('', `## ${plural}`, '');
		if (what) lines.push(`${plural}: ${what}.`, '');
		for (const page of ofType) {
			const summary = oneLine(summaries.get(page.id) ?? page.overview ?? '');
			lines.push(
				`- [${page.title.replace(/[[\]]/gu, '')}](${place(markdownPath(page.url))})${summary ? `: ${summary}` : ''}`,
			);
		}
	}
	lines.push(
		'',
		'## Optional',
		'',
		`- [Every page in one file](${place('/llms-full.txt')}): the Markdown of all pages`,
		`- [Learning-rate rules](${place('/api/lr-rules.json')}): every LR recommendation the pages state, as JSON`,
		`- [Knowledge graph](${place('/api/graph.json')}): pages, facts and typed edges, as JSON`,
		`- [Pages](${place('/api/pages.json')}): every page's summary and headings, as JSON; one page in full at \`/api/page/<path>.json\``,
	);
	return `${lines.join('\n')}\n`;
}

/** `llms-full.txt`: every page's Markdown file, one after the other. */
export function llmsFullTxt(files: readonly MarkdownFile[]): string {
	return files.map((f) => f.text).join('\n---\n\n');
}
