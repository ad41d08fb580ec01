import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Code, Html, Parents, Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { codeSlot } from './code.ts';
import { plainText } from './wikitext/headings.ts';
import type { RenderState } from './state.ts';
import { mermaidBlock } from './templates.ts';
import { resolveRelativeAnchors } from './relative-links.ts';
import { replaceTextLinks } from './text-links.ts';
import { visit } from './slots.ts';

const HEADING = /^h[1-6]$/u;
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Renders a pure-Markdown page (mdast with GFM) through remark-rehype: fenced code highlighted like
 * `<syntaxhighlight>` (a `mermaid` fence is a diagram), raw HTML shown as text (it is not wikitext's allowlist),
 * `[[...]]` links in text handled as in wikitext, relative links to page files pointed at their pages,
 * headings given MediaWiki anchors.
 */
export async function renderMarkdown(root: MdastRoot, state: RenderState): Promise<HastRoot> {
	const processor = unified().use(remarkRehype, {
		handlers: {
			code: (_: unknown, node: Code): ElementContent =>
				node.lang?.toLowerCase() === 'mermaid'
					? mermaidBlock(state, node.value)
					: codeSlot(state, node.value, node.lang ?? undefined, false),
			// Raw HTML is shown as text (comments dropped); standing as a block it is a paragraph of that text.
			html: (_: unknown, node: Html, parent?: Parents): ElementContent | undefined => {
				// Comments are not content (SPEC); the rest of the raw HTML is.
				const value = node.value.replace(/<!--[\s\S]*?(?:-->|$)/gu, '');
				if (value.trim() === '') return undefined;
				const shown: ElementContent = { type: 'text', value };
				return parent && BLOCK_PARENTS.has(parent.type)
					? { type: 'element', tagName: 'p', properties: {}, children: [shown] }
					: shown;
			},
		},
	});
	const tree = (await processor.run(structuredClone(root))) as HastRoot;
	replaceTextLinks(tree, state);
	resolveRelativeAnchors(tree, state);
	visit(tree, (node) => {
		if (node.type === 'element' && node.tagName === 'img') imageToLink(node);
		if (node.type !== 'element' || !HEADING.test(node.tagName)) return;
		const depth = Number(node.tagName.slice(1));
		state.slots.trust(node as Element, { id: state.anchors.take(depth, plainText(node)) });
	});
	return tree;
}

/** No images are served: an image becomes a link to its source showing its alt text, so the text stays visible. */
function imageToLink(img: Element): void {
	const src = typeof img.properties.src === 'string' ? img.properties.src : '';
	const alt = typeof img.properties.alt === 'string' ? img.properties.alt : '';
	img.tagName = 'a';
	img.properties = { href: src };
	img.children = [{ type: 'text', value: alt || src }];
}
