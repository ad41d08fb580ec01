import katex from 'katex';

/** The HTML of a formula and, when the TeX is bad, KaTeX's message. */
export interface MathResult {
	/** KaTeX HTML (HTML + MathML); for bad TeX, KaTeX's visible error span holding the source. */
	readonly html: string;
	readonly error?: string;
}

// `maxSize` (in em) keeps \rule and spacing from covering the page; `maxExpand` bounds macro loops.
const OPTIONS = { trust: false, strict: 'ignore', output: 'htmlAndMathml', maxSize: 50, maxExpand: 1000 } as const;

/**
 * Renders TeX with KaTeX at build time. KaTeX escapes the source, and `trust: false` refuses `\href`,
 * `\includegraphics` and the like, so the result may be inserted after sanitising.
 */
export function renderMath(tex: string, display: boolean): MathResult {
	try {
		return { html: katex.renderToString(tex, { ...OPTIONS, displayMode: display, throwOnError: true }) };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		try {
			return {
				html: katex.renderToString(tex, { ...OPTIONS, displayMode: display, throwOnError: false }),
				error: message,
			};
		} catch {
			return { html: `<span class="katex-error">${escapeHtml(tex)}</span>`, error: message };
		}
	}
}

function escapeHtml(text: string): string {
	return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
