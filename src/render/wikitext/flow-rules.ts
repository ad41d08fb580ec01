import type { FlowEvent } from './flow-event.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
// MediaWiki's two patterns, split by opening and closing tag: `openMatch` and `closeMatch` of `doBlockLevels`.
const OPEN_MATCH_OPENING = new Set([
	'table',
	...HEADINGS,
	'pre',
	'p',
	'ul',
	'ol',
	'dl',
	'tr',
	'caption',
	'dt',
	'dd',
	'li',
]);
const OPEN_MATCH_CLOSING = new Set(['td', 'th', 'tr', 'caption', 'dt', 'dd', 'li']);
const CLOSE_MATCH_OPENING = new Set(['td', 'th', 'center', 'blockquote', 'div', 'hr', 'figure']);
const CLOSE_MATCH_CLOSING = new Set([
	'table',
	...HEADINGS,
	'pre',
	'p',
	'ul',
	'ol',
	'dl',
	'center',
	'blockquote',
	'div',
	'hr',
	'figure',
]);
/** Tags that start or end a block on their line: every tag of MediaWiki's `doBlockLevels` patterns above. */
export const BLOCK_TAGS = new Set([
	...OPEN_MATCH_OPENING,
	...OPEN_MATCH_CLOSING,
	...CLOSE_MATCH_OPENING,
	...CLOSE_MATCH_CLOSING,
]);
/** HTML elements that, opened outside a paragraph or list, hold the following lines. */
export const CONTAINERS = new Set([
	...BLOCK_TAGS,
	'tbody',
	'thead',
	'tfoot',
	'section',
	'article',
	'aside',
	'details',
	'summary',
	'figcaption',
]);

/** Index of the last item matching `test` (ES2022 has no `findLastIndex`), or -1. */
export function lastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
	for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
	return -1;
}

/** The text a line starts with, once comments and other hidden things are skipped. */
export function leadingText(events: readonly FlowEvent[]): string | undefined {
	const first = events.find((e) => e.k !== 'hidden');
	return first?.k === 'text' ? first.v : undefined;
}

/**
 * After a block line, are the following lines kept out of paragraphs? Yes when the line opens a block
 * (`<pre>`, `<ul>`, `<li>`...) and closes none (MediaWiki's `inBlockElem = !closeMatch`).
 */
export function keepsBlock(events: readonly FlowEvent[]): boolean {
	const opens = events.some(
		(e) =>
			(e.k === 'open' && OPEN_MATCH_OPENING.has(e.el.tagName)) || (e.k === 'close' && OPEN_MATCH_CLOSING.has(e.tag)),
	);
	const closes = events.some(
		(e) =>
			(e.k === 'node' && e.block) ||
			(e.k === 'open' && CLOSE_MATCH_OPENING.has(e.el.tagName)) ||
			(e.k === 'close' && CLOSE_MATCH_CLOSING.has(e.tag)),
	);
	return opens && !closes;
}

/** Does this event make its line a block line (no paragraph)? */
export function isBlockEvent(event: FlowEvent): boolean {
	if (event.k === 'node') return event.block;
	if (event.k === 'open') return BLOCK_TAGS.has(event.el.tagName);
	if (event.k === 'close') return BLOCK_TAGS.has(event.tag);
	return false;
}
