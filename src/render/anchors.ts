import type { Section } from '../parse/index.ts';
import type { RenderedHeading } from './types.ts';

/**
 * The MediaWiki (HTML5 fragment mode) anchor of a heading text: runs of whitespace become one `_`, trimmed.
 * @example anchorOf(' Rule  of thumb ') // 'Rule_of_thumb'
 */
export function anchorOf(text: string): string {
	return text.trim().replace(/\s+/gu, '_');
}

/**
 * Hands out heading ids in document order: the parser's `Section.anchor` when the next section has the same
 * title, else a fresh MediaWiki anchor; duplicates get `_2`, `_3`.
 */
export class Anchors {
	private readonly sections: Section[];
	private next = 0;
	private readonly used = new Set<string>();
	readonly headings: RenderedHeading[] = [];

	constructor(sections: readonly Section[]) {
		this.sections = flatten(sections);
	}

	/** The id of the next heading, recorded for the table of contents. */
	take(depth: number, text: string): string {
		const plain = text.replace(/\s+/gu, ' ').trim();
		let slug: string | undefined;
		const section = this.sections[this.next];
		if (section && section.title.replace(/\s+/gu, ' ').trim() === plain) {
			this.next++;
			if (!this.used.has(section.anchor)) slug = section.anchor;
		}
		slug ??= this.unique(anchorOf(plain) || 'section');
		this.used.add(slug);
		this.headings.push({ depth, slug, text: plain });
		return slug;
	}

	private unique(base: string): string {
		if (!this.used.has(base)) return base;
		for (let n = 2; ; n++) if (!this.used.has(`${base}_${n}`)) return `${base}_${n}`;
	}
}

function flatten(sections: readonly Section[]): Section[] {
	return sections.flatMap((section) => [section, ...flatten(section.children)]);
}
