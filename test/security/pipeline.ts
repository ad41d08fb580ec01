import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { parsePage } from '../../src/parse/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { sourceFile } from '../helpers/source.ts';

/** What one page gives through the whole pipeline: its HTML and every diagnostic (load, parse, render). */
export interface PipelineOutput {
	readonly html: string;
	readonly diagnostics: readonly Diagnostic[];
}

/**
 * Runs page text (or bytes) through load (`decodePage`), `parsePage` and `renderPage`, as a build does for
 * one file; every link target is taken to be missing, so red links are exercised too.
 * @example await renderText("'''x'''") // { html: '<p><b>x</b></p>', diagnostics: [] }
 */
export async function renderText(
	text: string | Uint8Array,
	relPath = 'heuristics/Hostile_Page.wiki',
): Promise<PipelineOutput> {
	const parsed = parsePage(sourceFile(text, relPath));
	const rendered = await renderPage(parsed, { pageExists: () => false });
	return { html: rendered.html, diagnostics: [...parsed.page.diagnostics, ...rendered.diagnostics] };
}

/**
 * Diagnostics that mean a stage failed on its own code rather than on a limit: `render-failed`, and a
 * `parse-failed` that is not the nesting limit (it quotes the exception). Each is a crash caught in time.
 */
export function crashes(diagnostics: readonly Diagnostic[]): string[] {
	return diagnostics
		.filter((d) => d.rule === 'render-failed' || (d.rule === 'parse-failed' && !/nested \d+ deep/u.test(d.message)))
		.map((d) => `${d.rule}: ${d.message}`);
}
