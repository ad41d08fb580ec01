import { useNamespaces, type NamespaceSettings, type SourceFile } from '../load/index.ts';
import { parsePage } from '../parse/index.ts';
import type { ParsedPage, WikiSource } from '../parse/index.ts';
import { renderPage } from '../render/index.ts';
import type { RenderContext, RenderedPage } from '../render/types.ts';

/** A batch of pages to parse (and render), as sent to a worker: plain data only. */
export interface PageJob {
	readonly files: readonly SourceFile[];
	/** Render HTML too (the site needs it; the JSON export does not). */
	readonly render: boolean;
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
}

/** The rendered body of a page. */
export type RenderedHtml = Omit<RenderedPage, 'diagnostics'>;

const PAGE_NAMESPACE = /^(Workflow|Principle|Implementation|Environment|Heuristic):/u;

/**
 * What exists for red links: pages of the five types exist when they have a file; every other node
 * (domains, categories, sources, other namespaces) gets its own site page from the graph.
 */
export function renderContext(existing: ReadonlySet<string>): RenderContext {
	return { pageExists: (id) => !PAGE_NAMESPACE.test(id) || existing.has(id) };
}

/** Parses each page once and renders from that same tree. Never throws for bad input. */
export async function runJob(job: PageJob): Promise<PageOutput[]> {
	useNamespaces(job.namespaces);
	const existing = new Set(job.existing);
	const ctx = job.render ? renderContext(existing) : undefined;
	const templates = new Map(job.templates);
	const wiki: WikiSource = { pageText: (id) => templates.get(id), exists: (id) => existing.has(id) };
	const outputs: PageOutput[] = [];
	for (const file of job.files) {
		const result = parsePage(file, { wiki });
		if (!ctx) {
			outputs.push({ page: result.page });
			continue;
		}
		const { diagnostics, ...rendered } = await renderPage(result, ctx);
		const page = diagnostics.length > 0 ? { ...result.page, diagnostics: [...result.page.diagnostics, ...diagnostics] } : result.page;
		outputs.push({ page, rendered });
	}
	return outputs;
}
