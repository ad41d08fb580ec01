import { isPageType, namespaceOf, useNamespaces, type NamespaceSettings, type SourceFile } from '../load/index.ts';
import { parsePage, type ParsedPage, type WikiSource } from '../parse/index.ts';
import { renderPage, type MarkdownLinks, type RenderContext, type RenderedPage } from '../render/index.ts';
import { markdownLinks } from './markdown-links.ts';

/** A batch of pages to parse (and render), as sent to a worker: plain data only. */
export interface PageJob {
	readonly files: readonly SourceFile[];
	/** Render HTML too (the site needs it; the JSON export does not). */
	readonly render: boolean;
	/** Make each page's Markdown too (the JSON export and the site's `.md` files). */
	readonly markdown?: boolean;
	/** Ids of every page of the run, for red links when rendering and for `{{#ifexist:}}`. */
	readonly existing: readonly string[];
	/** The Template-namespace pages of the run (`[id, text]`), which template calls expand. */
	readonly templates: readonly (readonly [string, string])[];
	/** Custom namespaces of the run (`useNamespaces`), set in the worker before anything is parsed. */
	readonly namespaces: NamespaceSettings;
}

/** What one page gives: its data and, when asked, its HTML (whose diagnostics are already in `page`). */
export interface PageOutput {
	readonly page: ParsedPage;
	readonly rendered?: RenderedHtml;
	/** The page's Markdown, links marked (see `placeMarkedLinks`), when the job asked for it. */
	readonly markdown?: string;
}

/** The rendered body of a page. */
export type RenderedHtml = Omit<RenderedPage, 'diagnostics' | 'markdown'>;

/**
 * What exists for red links: pages of the five types exist when they have a file; every other node
 * (domains, categories, sources, other namespaces) gets its own site page from the graph.
 */
export function renderContext(existing: ReadonlySet<string>): RenderContext {
	return { pageExists: (id) => !isPageType(namespaceOf(id)) || existing.has(id) };
}

/** How a job renders a page: its links, and the outputs it asks for (HTML, Markdown with links to pages' `.md`). */
function jobRenderContext(job: PageJob, existing: ReadonlySet<string>): RenderContext {
	return {
		...renderContext(existing),
		output: { html: job.render, markdown: job.markdown ? linksOfRun(job.existing) : undefined },
	};
}

/** The Markdown links of the last run a worker served: every job of a run sends the same page ids. */
let lastRun: { readonly existing: readonly string[]; readonly links: MarkdownLinks } | undefined;

function linksOfRun(existing: readonly string[]): MarkdownLinks {
	const same =
		lastRun !== undefined &&
		lastRun.existing.length === existing.length &&
		lastRun.existing.every((id, i) => id === existing[i]);
	if (!same) lastRun = { existing, links: markdownLinks(existing) };
	return lastRun!.links;
}

/**
 * Parses each page once and renders from that same tree: HTML, Markdown or both. Never throws for bad input.
 * Diagnostics of rendering are the site's: a run that makes only Markdown (`export`) drops them, so `check` and
 * `export` report the same.
 */
export async function runJob(job: PageJob): Promise<PageOutput[]> {
	useNamespaces(job.namespaces);
	const existing = new Set(job.existing);
	const ctx = job.render || job.markdown ? jobRenderContext(job, existing) : undefined;
	const templates = new Map(job.templates);
	const wiki: WikiSource = { pageText: (id) => templates.get(id), exists: (id) => existing.has(id) };
	const outputs: PageOutput[] = [];
	for (const file of job.files) {
		const result = parsePage(file, { wiki });
		if (!ctx) {
			outputs.push({ page: result.page });
			continue;
		}
		const { diagnostics, markdown, ...rendered } = await renderPage(result, ctx);
		if (!job.render) {
			outputs.push({ page: result.page, markdown });
			continue;
		}
		const page =
			diagnostics.length > 0
				? { ...result.page, diagnostics: [...result.page.diagnostics, ...diagnostics] }
				: result.page;
		outputs.push({ page, rendered, ...(markdown !== undefined ? { markdown } : {}) });
	}
	return outputs;
}
