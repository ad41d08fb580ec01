import type { Element, ElementContent } from 'hast';
import type { RenderState } from './state.ts';

/** One parameter of a template call as written; anonymous ones are named `1`, `2`, ... */
export interface TemplateParam {
	readonly name: string;
	readonly value: string;
	readonly anonymous: boolean;
}

/**
 * A template or parser function that has no page here (`{{Name|a=b}}`, `{{#ask:...}}`), shown visibly rather
 * than dropped: its name, then each parameter as written (as text, not rendered).
 * @returns `<span class="wikikb-template">` (plus `wikikb-template-block` when it stands on its own line)
 */
export function templateBox(
	state: RenderState,
	name: string,
	params: readonly TemplateParam[],
	block: boolean,
): Element {
	const children: ElementContent[] = [span(state, 'wikikb-template-name', [{ type: 'text', value: name }])];
	for (const param of params) {
		const parts: ElementContent[] = [];
		if (!param.anonymous)
			parts.push(span(state, 'wikikb-template-key', [{ type: 'text', value: param.name }]), {
				type: 'text',
				value: ' = ',
			});
		parts.push(span(state, 'wikikb-template-value', [{ type: 'text', value: param.value }]));
		children.push({ type: 'text', value: ' ' }, span(state, 'wikikb-template-param', parts));
	}
	const box = span(state, 'wikikb-template', children);
	if (block) state.slots.trust(box, { className: ['wikikb-template', 'wikikb-template-block'] });
	return box;
}

/** A `{{#mermaid:...}}` diagram: `<pre class="mermaid">` with the source as text, drawn in the browser. */
export function mermaidBlock(state: RenderState, source: string): Element {
	const pre: Element = {
		type: 'element',
		tagName: 'pre',
		properties: {},
		children: [{ type: 'text', value: source.trim() }],
	};
	return state.slots.trust(pre, { className: ['mermaid'] });
}

function span(state: RenderState, className: string, children: ElementContent[]): Element {
	return state.slots.trust({ type: 'element', tagName: 'span', properties: {}, children }, { className: [className] });
}
