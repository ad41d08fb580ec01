import { drawnSource } from './diagram-source.ts';
import { currentTheme } from './theme.ts';

/**
 * Renders every `<pre class="mermaid">` block with mermaid (loaded on demand), `securityLevel: 'strict'`
 * so diagram text cannot carry HTML or click handlers. The source stays readable when JavaScript is off.
 * A diagram that fails to parse keeps its source and gets a note instead of breaking the page. mermaid draws
 * `drawnSource` of the text (no event handlers, no actor menus: `diagram-source.ts`).
 */
export async function renderDiagrams(): Promise<void> {
	const blocks = [...document.querySelectorAll<HTMLElement>('pre.mermaid')];
	if (blocks.length === 0) return;
	const { default: mermaid } = (await import(/* @vite-ignore */ __WIKIKB_MERMAID_URL__)) as typeof import('mermaid');
	const sources = blocks.map((b) => b.textContent ?? '');
	const drawn = sources.map(drawnSource);
	const draw = async () => {
		// 'strict' still draws HTML labels whose <img src>/<a href> survive DOMPurify (a tracking pixel from page
		// text): draw labels as SVG text, and forbid those tags in what mermaid sanitizes anyway.
		mermaid.initialize({
			startOnLoad: false,
			securityLevel: 'strict',
			htmlLabels: false,
			flowchart: { htmlLabels: false },
			dompurifyConfig: { FORBID_TAGS: ['img', 'image', 'a', 'foreignObject'] },
			theme: currentTheme() === 'dark' ? 'dark' : 'default',
		});
		for (const [i, block] of blocks.entries()) {
			try {
				// Check first: a failed render leaves mermaid's error drawing in the document.
				if (!(await mermaid.parse(drawn[i]!, { suppressErrors: true })))
					throw new Error('The diagram source is not valid mermaid.');
				const { svg } = await mermaid.render(`wikikb-diagram-${i}`, drawn[i]!);
				block.innerHTML = svg;
				block.dataset.processed = 'true';
				block.setAttribute('role', 'img');
				block.setAttribute('aria-label', 'Diagram');
			} catch (error) {
				block.textContent = sources[i]!;
				block.dataset.error = error instanceof Error ? error.message : 'Diagram could not be drawn.';
				block.title = 'This diagram could not be drawn; its source is shown.';
			}
		}
	};
	await draw();
	document.addEventListener('wikikb:theme', () => void draw());
}
