import type { Token } from './wikitext.ts';

/** A wikiparser-node child: a token or a text node (which has `data`). */
type Node = Token['childNodes'][number];

const SKIP = new Set([
	'comment',
	'category',
	'hr',
	'double-underscore',
	'list',
	'quote',
	'table-syntax',
	'table-attrs',
	'html-attrs',
	'ext-attrs',
	'noinclude',
	'include',
	'heading-trail',
	'template',
	'arg',
]);
const CODE_EXT = new Set(['syntaxhighlight', 'source', 'pre']);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities a page author writes (`&lt;`, `&#124;`, `&#x7C;`). @example decodeEntities('a&lt;b') // 'a<b' */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[e.toLowerCase()] ?? m;
	});
}

/** Options of `plainText`. */
export interface PlainOptions {
	/** Wrap `<code>` text in backticks (prose); otherwise keep just the text (table cells). */
	readonly ticks?: boolean;
	/** Include the text of nested tables (default true). */
	readonly tables?: boolean;
}

/** Splits the inside of `[[...]]` into an annotation's display text, or undefined when it is not one. */
export function annotationDisplay(inner: string): string | undefined {
	const sep = inner.indexOf('::');
	if (sep <= 0 || inner.slice(0, sep).includes('|')) return undefined;
	const parts = inner.slice(sep + 2).split('|');
	if (/^\s*source\s*$/i.test(inner.slice(0, sep))) return (parts[1] ?? parts[0] ?? '').trim();
	return (parts.length > 1 ? parts.at(-1)! : parts[0]!).trim();
}

/** Text of a link token as a reader sees it. */
function linkText(token: Token, opts: PlainOptions): string {
	const raw = token.toString();
	const inner = raw.slice(2, -2);
	const annotation = annotationDisplay(inner);
	if (annotation !== undefined) return annotation;
	const textPart = token.childNodes.find((c) => c.type === 'link-text');
	if (textPart) return plainText(textPart as Token, opts);
	return inner.replace(/^:/, '').split('|')[0]!.trim();
}

/**
 * The plain text of a token as a reader sees it: markup dropped, link text kept, entities decoded, code
 * blocks, comments, categories, templates and `<ref>` footnotes dropped; `<code>` text kept (in backticks with `ticks`).
 */
export function plainText(node: Node, opts: PlainOptions = {}): string {
	if (node.type === 'text') return decodeEntities((node as { data: string }).data);
	const token = node as Token;
	const type = token.type;
	if (SKIP.has(type) || (type === 'table' && opts.tables === false)) return '';
	switch (type) {
		case 'html': {
			const name = token.name;
			if (name === 'code' || name === 'tt' || name === 'kbd') return opts.ticks ? '`' : '';
			return name === 'br' ? ' ' : '';
		}
		case 'ext': {
			const name = token.name ?? '';
			// a footnote is not part of its sentence (the LR rules read sentences); the site shows it as a note
			if (CODE_EXT.has(name) || name === 'references' || name === 'ref') return '';
			const inner = token.childNodes.find((c) => c.type === 'ext-inner');
			if (!inner) return '';
			return name === 'nowiki' || name === 'math' ? decodeEntities(inner.toString()) : plainText(inner, opts);
		}
		case 'magic-word': {
			const name = token.name ?? '';
			return name === '!' ? '|' : name === '=' ? '=' : '';
		}
		case 'link':
			return linkText(token, opts);
		case 'ext-link': {
			const text = token.childNodes.find((c) => c.type === 'ext-link-text');
			return text ? plainText(text, opts) : (token.childNodes[0]?.toString() ?? '');
		}
		case 'free-ext-link':
		case 'magic-link':
			return token.toString();
		case 'td': {
			const inner = token.childNodes.find((c) => c.type === 'td-inner');
			return inner ? ` ${plainText(inner, opts)} ` : '';
		}
		case 'tr':
			return `\n${token.childNodes.map((c) => plainText(c, opts)).join('')}`;
		default:
			return token.childNodes.map((c) => plainText(c, opts)).join('');
	}
}

/** Collapses runs of spaces and tabs and trims; newlines become spaces when `oneLine`. */
export function tidy(text: string, oneLine = true): string {
	const spaced = oneLine ? text.replace(/\s+/g, ' ') : text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n');
	return spaced.trim();
}
