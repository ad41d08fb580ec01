import type { Element, ElementContent } from 'hast';
import type { FlowEvent } from './flow-event.ts';
import { CONTAINERS, isBlockEvent, keepsBlock, lastIndex, leadingText } from './flow-rules.ts';

type ListType = 'ul' | 'ol' | 'dl';
interface ListLevel {
	readonly type: ListType;
	readonly list: Element;
	item: Element;
}

const el = (tagName: string): Element => ({ type: 'element', tagName, properties: {}, children: [] });
const listType = (char: string): ListType => (char === '*' ? 'ul' : char === '#' ? 'ol' : 'dl');
const itemTag = (char: string): string => (char === ';' ? 'dt' : char === ':' ? 'dd' : 'li');

/**
 * Builds hast from flow events one line at a time, the way MediaWiki's block pass does: consecutive text
 * lines form a paragraph, a blank line ends it, list prefixes (`*#:;`) open and close nested lists, a line
 * starting with a space is preformatted, a line holding a block (table, heading, `<div>`) is not wrapped,
 * bold/italic close at the end of their line, and an HTML closing tag with no opening tag is shown as text.
 */
export class FlowBuilder {
	private readonly root = el('div');
	private readonly blocks: Element[] = [this.root];
	private para: Element | undefined;
	private lists: ListLevel[] = [];
	private prefix = '';
	private inline: Element[] = [];
	private readonly quotes = new Set<Element>();
	private readonly parents = new Map<Element, Element>();
	private inBlockElem = false;
	private lines = 0;

	/**
	 * @param inlineMode phrasing only: lines are joined, no paragraphs or lists
	 * @param aloneIsBlock a formula or template alone on its line is a block (not in table cells, whose line
	 * holds other cells in the source)
	 * @param bareFirstLine the first line is not wrapped in a paragraph (a cell's text on the `|` line)
	 */
	constructor(
		private readonly inlineMode: boolean,
		private readonly aloneIsBlock = true,
		private readonly bareFirstLine = false,
	) {}

	/** Adds one line of events. */
	line(events: readonly FlowEvent[]): void {
		if (this.inlineMode) {
			if (this.lines++ > 0) this.text('\n');
			for (const event of events) this.emit(event, false);
			this.closeQuotes();
			return;
		}
		const firstLine = this.lines++ === 0;
		const visible = events.filter((e) => e.k !== 'hidden' && !(e.k === 'text' && e.v.trim() === ''));
		if (visible.length === 0) {
			// A line holding only comments or categories is not there at all (it does not end a paragraph).
			if (!events.some((e) => e.k === 'hidden') && !this.inBlockElem) this.closeFlow();
			return;
		}
		// List marks at the start of a line (`*`, `#`, `;`, and `:` also before a table) add up to one prefix.
		let prefix = '';
		let start = 0;
		for (let e = events[0]; e && (e.k === 'list' || e.k === 'dd'); e = events[++start]) prefix += e.prefix;
		if (prefix) this.listLine(prefix, events.slice(start));
		else if (this.bareFirstLine && firstLine) this.blockLine(events, false);
		else if (this.aloneIsBlock && visible.length === 1 && visible[0]!.k === 'lazy') this.blockLine(events, true);
		else if (events.some(isBlockEvent)) this.blockLine(events, false);
		else if (this.inBlockElem) {
			this.text('\n');
			for (const event of events) this.emit(event, false);
		} else if (leadingText(events)?.startsWith(' ')) this.preLine(events);
		else this.paraLine(events);
		this.closeQuotes();
	}

	/** The finished content. */
	finish(): ElementContent[] {
		return this.root.children;
	}

	private get container(): Element {
		return this.blocks.at(-1)!;
	}

	private get insertion(): Element {
		return this.inline.at(-1) ?? this.para ?? this.lists.at(-1)?.item ?? this.container;
	}

	private blockLine(events: readonly FlowEvent[], alone: boolean): void {
		this.closeFlow();
		for (const event of events) this.emit(event, alone);
		this.inBlockElem = keepsBlock(events);
	}

	private paraLine(events: readonly FlowEvent[]): void {
		if (this.para?.tagName === 'p') this.text('\n');
		else this.startPara('p');
		for (const event of events) this.emit(event, false);
	}

	private preLine(events: readonly FlowEvent[]): void {
		if (this.para?.tagName === 'pre') this.text('\n');
		else this.startPara('pre');
		// The first space (after any comments) only marks the line as preformatted.
		let marked = false;
		for (const event of events) {
			if (!marked && event.k === 'text') {
				marked = true;
				this.text(event.v.slice(1));
			} else this.emit(event, false);
		}
	}

	private startPara(tagName: 'p' | 'pre'): void {
		this.closeFlow();
		this.para = el(tagName);
		this.container.children.push(this.para);
	}

	private listLine(prefix: string, rest: readonly FlowEvent[]): void {
		this.para = undefined;
		this.inline = [];
		const normal = prefix.replace(/;/gu, ':');
		if (normal === this.prefix && normal !== '') {
			this.nextItem(prefix.at(-1)!);
		} else {
			// As MediaWiki does, the new prefix as written meets the old one normalised: `;` opens a new list after `:`.
			let common = 0;
			while (common < prefix.length && common < this.prefix.length && prefix[common] === this.prefix[common]) common++;
			this.lists.length = Math.min(this.lists.length, common);
			if (normal.length <= common && common > 0) this.nextItem(prefix[common - 1]!);
			// `;term` then `::x`: the open <dt> gives way to a <dd> holding the deeper list.
			else if (common > 0 && prefix[common - 1] === ':' && this.lists[common - 1]?.item.tagName === 'dt')
				this.nextItem(':');
			while (this.lists.length < prefix.length) this.openList(prefix[this.lists.length]!);
		}
		this.prefix = normal;
		const events = [...rest];
		if (events[0]?.k === 'text') events[0] = { k: 'text', v: events[0].v.replace(/^\s+/u, '') };
		for (const event of events) this.emit(event, false);
		// A table in a list item (`:{|`) spans lines of its own in MediaWiki, which end the list.
		if (events.some((e) => e.k === 'node' && e.block)) this.closeFlow();
	}

	private openList(char: string): void {
		const parent = this.lists.at(-1)?.item ?? this.container;
		const list = el(listType(char));
		const item = el(itemTag(char));
		list.children.push(item);
		parent.children.push(list);
		this.lists.push({ type: listType(char), list, item });
	}

	private nextItem(char: string): void {
		const level = this.lists.at(-1);
		if (!level) return this.openList(char);
		this.inline = [];
		level.item = el(itemTag(char));
		level.list.children.push(level.item);
	}

	private closeFlow(): void {
		this.para = undefined;
		this.lists = [];
		this.prefix = '';
		this.inline = [];
		this.quotes.clear();
	}

	private emit(event: FlowEvent, alone: boolean): void {
		switch (event.k) {
			case 'text':
				if (event.v.trim()) this.quoteParagraph();
				return this.text(event.v);
			case 'node':
				if (!event.block) this.quoteParagraph();
				return void this.insertion.children.push(event.n);
			case 'lazy':
				return void this.insertion.children.push(event.make(alone));
			case 'open':
				if (!CONTAINERS.has(event.el.tagName)) this.quoteParagraph();
				return this.open(event.el);
			case 'close':
				return this.close(event.tag, event.raw);
			case 'quote':
				this.quoteParagraph();
				return this.toggle(event.marks);
			case 'dd':
				if (this.lists.at(-1)?.type === 'dl') return this.nextItem(':');
				return this.text(':');
			case 'list':
				return this.text(event.prefix);
			case 'hidden':
				return;
		}
	}

	/**
	 * Running text straight inside a `<blockquote>` goes in a paragraph, as MediaWiki does (and as a Markdown
	 * `> quote`, rewritten to `<blockquote>quote</blockquote>` on the same lines, reads).
	 */
	private quoteParagraph(): void {
		if (
			this.inlineMode ||
			this.para ||
			this.inline.length > 0 ||
			this.lists.length > 0 ||
			this.container.tagName !== 'blockquote'
		)
			return;
		this.para = el('p');
		this.container.children.push(this.para);
	}

	private text(value: string): void {
		if (value) this.insertion.children.push({ type: 'text', value });
	}

	private open(element: Element): void {
		if (
			!this.inlineMode &&
			CONTAINERS.has(element.tagName) &&
			this.inline.length === 0 &&
			!this.para &&
			this.lists.length === 0
		) {
			this.container.children.push(element);
			this.blocks.push(element);
			return;
		}
		this.pushInline(element);
	}

	private pushInline(element: Element): void {
		const parent = this.insertion;
		parent.children.push(element);
		this.parents.set(element, parent);
		this.inline.push(element);
	}

	private close(tag: string, raw: string): void {
		const index = lastIndex(this.inline, (e) => e.tagName === tag && !this.quotes.has(e));
		if (index >= 0) return this.popInline(index);
		const block = lastIndex(this.blocks, (e, i) => i > 0 && e.tagName === tag);
		if (block > 0) {
			this.closeFlow();
			this.blocks.length = block;
			return;
		}
		// MediaWiki shows a closing tag that closes nothing as text.
		this.text(raw);
	}

	/** Closes `inline[index]` and everything inside it, then reopens the bold/italic that were inside. */
	private popInline(index: number): void {
		const closed = this.inline.splice(index);
		for (const inner of closed.slice(1)) {
			if (!this.quotes.has(inner)) continue;
			this.quotes.delete(inner);
			this.dropIfEmpty(inner);
			this.openQuote(inner.tagName as 'b' | 'i');
		}
	}

	private toggle(marks: readonly ('b' | 'i')[]): void {
		const open = (m: string): number => lastIndex(this.inline, (e) => this.quotes.has(e) && e.tagName === m);
		const ordered = [...marks].sort((a, b) => open(b) - open(a));
		for (const mark of ordered) {
			const index = open(mark);
			if (index >= 0) this.closeQuote(index);
			else this.openQuote(mark);
		}
	}

	private openQuote(mark: 'b' | 'i'): void {
		const element = el(mark);
		this.pushInline(element);
		this.quotes.add(element);
	}

	private closeQuote(index: number): void {
		const element = this.inline[index]!;
		const above = this.inline.slice(index + 1);
		this.inline.length = index;
		this.quotes.delete(element);
		this.dropIfEmpty(element);
		for (const inner of above) {
			const again: Element = {
				type: 'element',
				tagName: inner.tagName,
				properties: { ...inner.properties },
				children: [],
			};
			const wasQuote = this.quotes.delete(inner);
			this.dropIfEmpty(inner);
			this.pushInline(again);
			if (wasQuote) this.quotes.add(again);
		}
	}

	/** Bold and italic end with their line. */
	private closeQuotes(): void {
		for (
			let index = lastIndex(this.inline, (e) => this.quotes.has(e));
			index >= 0;
			index = lastIndex(this.inline, (e) => this.quotes.has(e))
		) {
			this.closeQuote(index);
		}
	}

	private dropIfEmpty(element: Element): void {
		if (element.children.length > 0) return;
		const parent = this.parents.get(element);
		if (parent) parent.children = parent.children.filter((c) => c !== element);
	}
}
