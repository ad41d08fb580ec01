import { diag } from '../diagnostics/index.ts';
import { inRanges } from './literal-ranges.ts';
import type { CodeBlock, Diagram, MathBlock, Template } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

/** Code, math, diagrams and templates of a page. */
export interface BlockData {
	readonly code: readonly CodeBlock[];
	readonly math: readonly MathBlock[];
	readonly diagrams: readonly Diagram[];
	readonly templates: readonly Template[];
}

const CODE_TAGS = new Set(['syntaxhighlight', 'source', 'pre']);

/** Inner text of an extension tag, without the newline that follows the opening tag or precedes the closing one. */
function innerOf(token: Token): string {
	const inner = token.childNodes.find((c) => c.type === 'ext-inner')?.toString() ?? '';
	return inner.replace(/^\n/, '').replace(/\n$/, '');
}

/** An attribute of an extension tag, when set. */
function attr(token: Token, name: string): string | undefined {
	const value = (token as unknown as { getAttr(n: string): string | true | undefined }).getAttr(name);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** True when the token stands alone on its line(s) in the parsed text. */
function standsAlone(text: string, start: number, end: number): boolean {
	const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
	const nl = text.indexOf('\n', end);
	const after = text.slice(end, nl < 0 ? text.length : nl);
	return before.trim() === '' && after.trim() === '';
}

/** Parameters of a template or parser function, anonymous ones numbered from 1. */
function paramsOf(token: Token): Template['params'] {
	const args = (token as unknown as { getAllArgs(): { name: string; getValue(): string }[] }).getAllArgs();
	return args.map((a) => ({ name: a.name, value: a.getValue().trim() }));
}

/**
 * Code blocks (`<syntaxhighlight lang>`, `<source lang>`, `<pre>`, and Markdown fences rewritten to
 * `<syntaxhighlight>`), `<math>` formulas, `{{#mermaid:}}` diagrams, and other templates and parser functions
 * with their parameters (each reported as shown, since no template pages exist).
 */
export function extractBlocks(ctx: WikiContext): BlockData {
	const code: CodeBlock[] = [];
	const math: MathBlock[] = [];
	const diagrams: Diagram[] = [];
	const templates: Template[] = [];
	for (const token of tokensOf(ctx.root, 'ext', 'magic-word', 'template')) {
		const offset = offsetOf(token);
		const { line, col } = ctx.place(offset);
		const name = token.name ?? '';
		if (token.type === 'ext') {
			if (CODE_TAGS.has(name) && !insideOtherLiteral(token)) {
				const syntax = ctx.fenceStarts.has(offset) ? 'fence' : (name as CodeBlock['syntax']);
				const lang = attr(token, 'lang');
				// a fence's closing tags were escaped by the rewrite (markdown-to-wikitext.ts); give the code back as written
				const text =
					syntax === 'fence' ? innerOf(token).replace(/&lt;\/syntaxhighlight/gi, '</syntaxhighlight') : innerOf(token);
				code.push(lang ? { line, syntax, lang, code: text } : { line, syntax, code: text });
			} else if (name === 'math' && !insideOtherLiteral(token)) {
				const end = offset + token.toString().length;
				const display = attr(token, 'display') === 'block' || standsAlone(ctx.text, offset, end);
				math.push({ line, tex: innerOf(token).trim(), display });
			}
			continue;
		}
		if (token.type === 'magic-word') {
			// these calls make literal ranges themselves, so only an enclosing extension tag hides them
			if (insideOtherLiteral(token)) continue;
			if (name === 'mermaid') {
				const param = token.childNodes.find((c) => c.type === 'parameter');
				diagrams.push({ line, kind: 'mermaid', source: (param?.toString() ?? '').trim() });
			} else if (token.childNodes[0]?.toString().trim().startsWith('#')) {
				templates.push({ line, col, name: `#${name}`, params: paramsOf(token) });
			}
			continue;
		}
		if (inRanges(ctx.literal, offset)) continue;
		const templateName = (token.childNodes[0]?.toString() ?? name).trim();
		templates.push({ line, col, name: templateName, params: paramsOf(token) });
		ctx.diagnostics.push(diag(ctx.file, line, col, 'template-shown', 'shown', { name: templateName }));
	}
	return { code, math, diagrams, templates };
}

/** True when a token sits inside an extension tag (e.g. `<math>` shown inside `<nowiki>`). */
function insideOtherLiteral(token: Token): boolean {
	for (let parent = token.parentNode; parent; parent = parent.parentNode) if (parent.type === 'ext') return true;
	return false;
}
