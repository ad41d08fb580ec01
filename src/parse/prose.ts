import { inRanges } from './literal-ranges.ts';
import { decodeEntities, plainText, tidy } from './tree-text.ts';
import type { ProseBlock } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import type { Token } from './wikitext.ts';

type Node = Token['childNodes'][number];

/** Tokens that end a paragraph or list item and are not prose themselves. */
const BREAKS = new Set(['heading', 'table', 'hr']);
const BLOCK_EXT = new Set(['syntaxhighlight', 'source', 'pre', 'references', 'gallery']);
/** HTML tags that start or end a block: a paragraph does not run through them (`> quote` becomes `<blockquote>`). */
const BLOCK_HTML = new Set(['blockquote', 'p', 'div', 'center']);

interface Open {
	kind: ProseBlock['kind'];
	offset: number;
	parts: string[];
}

/** Kind of list item from its marker (`*`, `#`, `:`, `;`, or nested ones such as `#*`). */
function itemKind(marker: string): ProseBlock['kind'] {
	const last = marker.trim().at(-1);
	return last === '#' ? 'numbered' : last === '*' ? 'bullet' : 'definition';
}

/** True when a child ends the current block. */
function isBreak(node: Node): boolean {
	if (BREAKS.has(node.type)) return true;
	if (node.type === 'ext') return BLOCK_EXT.has((node as Token).name ?? '');
	if (node.type === 'html') return BLOCK_HTML.has(((node as Token).name ?? '').toLowerCase());
	return node.type === 'magic-word' && (node as Token).name === 'mermaid';
}

/**
 * The prose of a wikitext page outside tables and code: paragraphs (lines up to a blank line), bullets,
 * numbered items and definitions (one per list line), each with its plain text (inline code in backticks),
 * line and section path.
 */
export function extractProse(ctx: WikiContext): ProseBlock[] {
	const blocks: ProseBlock[] = [];
	let open: Open | undefined;
	const close = (): void => {
		if (!open) return;
		const text = tidy(open.parts.join(''));
		if (text !== '')
			blocks.push({
				line: ctx.place(open.offset).line,
				kind: open.kind,
				text,
				section: ctx.sections.pathAt(open.offset),
			});
		open = undefined;
	};
	const add = (text: string, offset: number): void => {
		if (!open) {
			if (text.trim() === '') return;
			open = { kind: 'paragraph', offset: offset + (text.length - text.trimStart().length), parts: [] };
		}
		open.parts.push(text);
	};
	// offsets by running sum: the root has no gaps between children, and getAbsoluteIndex on text nodes is O(siblings)
	let next = 0;
	for (const node of ctx.root.childNodes) {
		const at = next;
		next += node.toString().length;
		if (isBreak(node)) {
			close();
			continue;
		}
		if (node.type === 'list') {
			close();
			open = { kind: itemKind(node.toString()), offset: at, parts: [] };
			continue;
		}
		if (node.type === 'dd') {
			add(': ', at);
			continue;
		}
		if (node.type === 'text') {
			const data = (node as { data: string }).data;
			const base = at;
			let from = 0;
			for (let nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', from)) {
				add(decodeEntities(data.slice(from, nl)), base + from);
				const rest = data.slice(nl + 1);
				const nextNl = rest.indexOf('\n');
				const blank = nextNl >= 0 && rest.slice(0, nextNl).trim() === '';
				if (open && (open.kind !== 'paragraph' || blank)) close();
				else add(' ', base + nl);
				from = nl + 1;
			}
			add(decodeEntities(data.slice(from)), base + from);
			continue;
		}
		if (node.type === 'comment') continue;
		const literal = inRanges(ctx.literal, at) && node.type !== 'html' && node.type !== 'ext';
		add(literal ? node.toString() : plainText(node, { ticks: true }), at);
	}
	close();
	return blocks;
}
