import type { AstNodes } from 'wikiparser-node';
import type { RenderState } from '../state.ts';
import { type FlowEvent, toEvents } from './events.ts';
import { FlowBuilder } from './flow-builder.ts';

/** How a run of wikitext is laid out. */
export interface BlockOptions {
	/** Table cell content: trimmed, its first line not wrapped in a paragraph (MediaWiki writes `<td>text</td>`). */
	readonly cell?: boolean;
}

/**
 * Renders wikitext nodes as block content: paragraphs, lists, indented `<pre>` lines, headings, tables and
 * HTML blocks, following MediaWiki's line-by-line block pass.
 */
export function renderBlocks(
	nodes: readonly AstNodes[],
	state: RenderState,
	options: BlockOptions = {},
): import('hast').ElementContent[] {
	const events = toEvents(nodes, state);
	if (options.cell) trimEdges(events);
	const builder = new FlowBuilder(false, !options.cell, options.cell);
	for (const line of splitLines(events)) builder.line(line);
	return builder.finish();
}

/** Renders wikitext nodes as phrasing content (heading titles, link texts): no paragraphs. */
export function renderInline(
	nodes: readonly AstNodes[],
	state: RenderState,
	trim = false,
): import('hast').ElementContent[] {
	const events = toEvents(nodes, state);
	if (trim) trimEdges(events);
	const builder = new FlowBuilder(true);
	for (const line of splitLines(events)) builder.line(line);
	return builder.finish();
}

/** Splits events into lines at the newlines of text events. */
function splitLines(events: readonly FlowEvent[]): FlowEvent[][] {
	const lines: FlowEvent[][] = [[]];
	for (const event of events) {
		if (event.k !== 'text' || !event.v.includes('\n')) {
			lines.at(-1)!.push(event);
			continue;
		}
		const parts = event.v.split('\n');
		parts.forEach((part, index) => {
			if (index > 0) lines.push([]);
			if (part) lines.at(-1)!.push({ k: 'text', v: part });
		});
	}
	return lines;
}

/** Drops whitespace at both ends of a run (MediaWiki trims cell content and heading titles). */
function trimEdges(events: FlowEvent[]): void {
	while (events[0]?.k === 'text') {
		const v = events[0].v.replace(/^\s+/u, '');
		if (v) {
			events[0] = { k: 'text', v };
			break;
		}
		events.shift();
	}
	while (events.at(-1)?.k === 'text') {
		const last = events.at(-1) as { v: string };
		const v = last.v.replace(/\s+$/u, '');
		if (v) {
			events[events.length - 1] = { k: 'text', v };
			break;
		}
		events.pop();
	}
}
