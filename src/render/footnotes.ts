import type { Element, ElementContent } from 'hast';
import { text } from './links.ts';
import type { Slots } from './slots.ts';

/** One footnote: its number in its group, its anchor key, its text, and how many times it is cited. */
interface Note {
	readonly n: number;
	readonly group: string;
	readonly key: string;
	content?: ElementContent[];
	uses: number;
}

interface Group {
	readonly notes: Note[];
	readonly byName: Map<string, Note>;
	/** Notes before this index are already in a `<references />` list. */
	listed: number;
}

interface PendingList {
	readonly ol: Element;
	readonly notes: readonly Note[];
}

const el = (tagName: string, children: ElementContent[] = []): Element => ({
	type: 'element',
	tagName,
	properties: {},
	children,
});

/** An anchor-safe form of a ref name (`name="Smith 2023"` -> `Smith_2023`). */
function anchorPart(name: string): string {
	return name
		.trim()
		.replace(/\s+/gu, '_')
		.replace(/[^\p{L}\p{N}_.-]/gu, '');
}

/**
 * The footnotes of one page, the way MediaWiki's Cite extension numbers them: `<ref>` gives a superscript
 * `[n]` linking to note n; `<ref name="x">` can be cited again with `<ref name="x" />` (same number);
 * `group="g"` numbers apart (`[g 1]`); `<references />` lists the notes cited since the last list, and the
 * notes no list took are listed at the end of the page (`finish`). Note text is page text: it is rendered
 * as wikitext and passes the sanitiser with the rest of the page; only ids and classes are the renderer's.
 */
export class Footnotes {
	private readonly groups = new Map<string, Group>();
	private readonly pending: PendingList[] = [];

	constructor(private readonly slots: Slots) {}

	/** A citation `<ref>`: the superscript link; `content` is the rendered note text (undefined for `<ref name=x />`). */
	cite(group: string, name: string | undefined, content: ElementContent[] | undefined): Element {
		const g = this.group(group);
		let note = name ? g.byName.get(name) : undefined;
		if (!note) {
			const n = g.notes.length + 1;
			const base = `${group ? `${anchorPart(group)}-` : ''}${name && anchorPart(name) ? `${anchorPart(name)}_` : ''}${n}`;
			note = { n, group, key: base, uses: 0 };
			g.notes.push(note);
			if (name) g.byName.set(name, note);
		}
		if (content && content.length > 0 && !note.content) note.content = content;
		const use = note.uses++;
		const a = el('a', [text(`[${group ? `${group} ` : ''}${note.n}]`)]);
		a.properties.href = `#cite_note-${note.key}`;
		const sup = this.slots.trust(el('sup', [a]), { className: ['reference'], id: refId(note, use) });
		return sup;
	}

	/** Gives the text of a named note cited before (`<references><ref name="x">text</ref></references>`). */
	define(group: string, name: string, content: ElementContent[]): void {
		const note = this.group(group).byName.get(name);
		if (note && !note.content && content.length > 0) note.content = content;
	}

	/** A `<references />` list (group `group`): the notes cited since the last list; filled in by `finish`. */
	list(group: string): Element {
		const g = this.group(group);
		const ol = this.slots.trust(el('ol'), { className: ['references'] });
		this.pending.push({ ol, notes: g.notes.slice(g.listed) });
		g.listed = g.notes.length;
		return this.slots.trust(el('div', [ol]), { className: ['mw-references-wrap'] });
	}

	/** Fills every list with its notes and returns the lists of the notes no `<references />` took. */
	finish(): Element[] {
		const rest: Element[] = [];
		for (const [group, g] of this.groups) if (g.listed < g.notes.length) rest.push(this.list(group));
		for (const { ol, notes } of this.pending) ol.children = notes.map((note) => this.item(note));
		this.pending.length = 0;
		return rest;
	}

	private item(note: Note): Element {
		const back = el('span');
		if (note.uses <= 1) {
			back.children.push(backlink(note, 0, '↑'));
		} else {
			back.children.push(text('↑ '));
			for (let use = 0; use < note.uses; use++)
				back.children.push(...(use > 0 ? [text(' ')] : []), backlink(note, use, String.fromCharCode(97 + (use % 26))));
		}
		this.slots.trust(back, { className: ['mw-cite-backlink'] });
		const body = this.slots.trust(el('span', note.content ?? [text('(no text was given for this note)')]), {
			className: ['reference-text'],
		});
		return this.slots.trust(el('li', [back, text(' '), body]), { id: `cite_note-${note.key}` });
	}

	private group(name: string): Group {
		let g = this.groups.get(name);
		if (!g) {
			g = { notes: [], byName: new Map(), listed: 0 };
			this.groups.set(name, g);
		}
		return g;
	}
}

function refId(note: Note, use: number): string {
	return use === 0 ? `cite_ref-${note.key}` : `cite_ref-${note.key}-${use}`;
}

function backlink(note: Note, use: number, label: string): Element {
	const a = el('a', [text(label)]);
	a.properties.href = `#${refId(note, use)}`;
	return a;
}
