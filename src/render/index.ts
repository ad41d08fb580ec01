import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { diag } from '../diagnostics/index.ts';
import { LINK_MARKS } from '../graph/index.ts';
import type { ParseResult, PageTree } from '../parse/index.ts';
import { Anchors } from './anchors.ts';
import { Footnotes } from './footnotes.ts';
import { loadHtmlMakers, type HtmlMakers } from './html-makers.ts';
import { QUERY_MARKS } from './query-slot.ts';
import { EXTERNAL_REL, leavesSite } from './links.ts';
import { renderMarkdown } from './markdown.ts';
import { replaceRelativeTextLinks } from './relative-links.ts';
import { isSafeUrl, sanitizeTree } from './sanitize.ts';
import { Slots, visit } from './slots.ts';
import { hastToMarkdown } from './to-markdown.ts';
import type { RenderState } from './state.ts';
import type { RenderContext, RenderedPage } from './types.ts';
import { renderBlocks } from './wikitext/blocks.ts';

export type * from './types.ts';
export { fillQueries, fillQueryMarkdown, QUERY_TAG } from './query-slot.ts';
export { renderQueryResult, type QueryLink, type QueryResultOutput } from './query-result.ts';
export type { MarkdownLinks } from './to-markdown.ts';

/**
 * Renders a parsed page to safe HTML the way MediaWiki + Semantic MediaWiki would: the page tree becomes hast,
 * everything derived from page text passes `sanitizeTree`, then renderer-made HTML (highlighted code, KaTeX)
 * is put in. Pure and deterministic; never throws (a failure is a `render-failed` diagnostic and the page
 * shown as escaped text).
 * @example await renderPage(parsePage(file), { pageExists: (id) => ids.has(id) }) // { html, headings, diagnostics }
 */
export async function renderPage(result: ParseResult, ctx: RenderContext): Promise<RenderedPage> {
	const makers = ctx.output?.html !== false ? await loadHtmlMakers() : undefined;
	const state = createState(result, ctx, makers);
	try {
		return finish(await buildTree(result.tree, state), state);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const plain = createState(result, ctx, makers);
		plain.diagnostics.push(diag(result.page.path, 0, 0, 'render-failed', 'failed', { reason: message }));
		try {
			return finish(preRoot(result.tree.text), plain);
		} catch {
			const markdown = ctx.output?.markdown
				? {
						markdown: `\`\`\`\`\`\`\n${result.tree.text.replace(LINK_MARKS, '\uFFFD').replace(QUERY_MARKS, '\uFFFD')}\n\`\`\`\`\`\`\n`,
					}
				: {};
			return {
				html: `<pre>${escapeText(result.tree.text)}</pre>`,
				headings: [],
				diagnostics: plain.diagnostics,
				...markdown,
			};
		}
	}
}

async function buildTree(tree: PageTree, state: RenderState): Promise<Root> {
	if (tree.kind === 'wikitext') {
		const root: Root = { type: 'root', children: renderBlocks(tree.root.childNodes, state) };
		// notes no `<references />` listed go at the end of the page, as with MediaWiki's Cite
		root.children.push(...state.footnotes.finish());
		replaceRelativeTextLinks(root, state);
		return root;
	}
	if (tree.kind === 'markdown') return renderMarkdown(tree.root, state);
	return preRoot(tree.text);
}

function finish(tree: Root, state: RenderState): RenderedPage {
	markExternalLinks(tree, state.slots);
	state.slots.seal(tree);
	const clean = sanitizeTree(tree);
	const output = state.ctx.output;
	const wantHtml = output?.html !== false;
	// Markdown is made from the same sanitized tree, with code and formulas in their portable forms (a copy
	// when the HTML is made too).
	const portable = output?.markdown ? (wantHtml ? structuredClone(clean) : clean) : undefined;
	let html = '';
	if (wantHtml) {
		state.slots.fill(clean);
		// Raw nodes exist only now, put in by `fill` (KaTeX's own HTML); the sanitiser drops any other.
		html = toHtml(clean, { allowDangerousHtml: true });
	}
	const page: RenderedPage = { html, headings: state.anchors.headings, diagnostics: state.diagnostics };
	if (!portable || !output?.markdown) return page;
	state.slots.fill(portable, 'portable');
	return { ...page, markdown: hastToMarkdown(portable, output.markdown) };
}

function createState(result: ParseResult, ctx: RenderContext, makers: HtmlMakers | undefined): RenderState {
	const { tree, page } = result;
	// Lines of the rendered text; the parser keeps line breaks when it rewrites Markdown, so they match the file's.
	const lineAt = (offset: number): number => {
		let line = 1;
		for (let i = tree.text.indexOf('\n'); i >= 0 && i < offset; i = tree.text.indexOf('\n', i + 1)) line++;
		return line;
	};
	const slots = new Slots();
	return {
		ctx,
		page,
		slots,
		anchors: new Anchors(page.sections),
		diagnostics: [],
		lineAt,
		autoNumber: 0,
		footnotes: new Footnotes(slots),
		makers,
		fenceStarts: (tree.kind === 'wikitext' && tree.fenceStarts) || new Set<number>(),
	};
}

/** Every link out of the site gets class `external` and `rel="noopener nofollow"`, however it was written. */
function markExternalLinks(tree: Root, slots: Slots): void {
	visit(tree, (node) => {
		if (node.type !== 'element' || node.tagName !== 'a') return;
		const href = node.properties.href;
		if (typeof href === 'string' && isSafeUrl(href) && leavesSite(href)) {
			const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
			slots.trust(node as Element, {
				className: classes.includes('external') ? classes : [...classes, 'external'],
				rel: EXTERNAL_REL,
			});
		}
	});
}

function preRoot(text: string): Root {
	return {
		type: 'root',
		children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: text }] }],
	};
}

function escapeText(text: string): string {
	return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
