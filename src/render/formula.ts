import type { ElementContent } from 'hast';
import { diag } from '../diagnostics/index.ts';
import type { RenderState } from './state.ts';

/**
 * A `<math>` formula as a slot holding KaTeX's HTML (inline, or a display block); bad TeX shows KaTeX's red
 * error text and adds a `math-error` diagnostic at the formula's line.
 * @param offset 0-based offset of the formula in the rendered tree's text, for the diagnostic's line
 */
export function formula(state: RenderState, tex: string, display: boolean, offset: number): ElementContent {
	// The page's Markdown keeps the TeX source (`$...$`, `$$...$$`).
	const plain: ElementContent = {
		type: 'element',
		tagName: display ? 'div' : 'span',
		properties: { className: [display ? 'math-display' : 'math-inline'] },
		children: [{ type: 'text', value: tex.trim() }],
	};
	if (!state.makers) return state.slots.slot(plain);
	const result = state.makers.renderMath(tex, display);
	if (result.error !== undefined) {
		// The parser's own record of the formula knows its line in the file; the tree offset is the fallback.
		const line = state.page.math.find((m) => m.tex.trim() === tex.trim())?.line ?? state.lineAt(offset);
		state.diagnostics.push(
			diag(state.page.path, line, 1, 'math-error', 'cannotTypeset', { tex: clip(tex), reason: result.error }),
		);
	}
	// `raw` is KaTeX's own escaped output; it only exists after sanitising (see Slots).
	return state.slots.slot({ type: 'raw', value: result.html } as unknown as ElementContent, plain);
}

function clip(text: string): string {
	const one = text.replace(/\s+/gu, ' ').trim();
	return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
