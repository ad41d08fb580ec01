import type { Section } from './types.ts';

/** A heading found in the page, before it is placed in the tree. */
export interface HeadingInfo {
	/** 0-based offset of the heading in the parsed text. */
	readonly offset: number;
	readonly level: number;
	readonly title: string;
	readonly line: number;
}

/** The section tree of a page and the heading path at any offset. */
export interface SectionIndex {
	readonly sections: readonly Section[];
	/** Titles of the headings that enclose `offset`, outermost first. */
	pathAt(offset: number): readonly string[];
}

/** MediaWiki-style anchor base: spaces to `_`, trimmed. @example anchorOf('The Insight (Rule of Thumb)') // 'The_Insight_(Rule_of_Thumb)' */
export function anchorOf(title: string): string {
	return title.trim().replace(/\s+/g, '_');
}

interface MutableSection {
	level: number;
	title: string;
	anchor: string;
	line: number;
	children: MutableSection[];
}

/**
 * Builds the heading tree (a deeper heading nests under the nearest shallower one) with unique anchors
 * (`X`, `X_2`, `X_3` as MediaWiki does) and an index from offsets to heading paths.
 */
export function buildSections(headings: readonly HeadingInfo[]): SectionIndex {
	const sorted = [...headings].sort((a, b) => a.offset - b.offset);
	const used = new Set<string>();
	const roots: MutableSection[] = [];
	const stack: MutableSection[] = [];
	const paths: (readonly string[])[] = [];
	for (const h of sorted) {
		const base = anchorOf(h.title) || 'section';
		let anchor = base;
		for (let n = 1; used.has(anchor);) anchor = `${base}_${++n}`;
		used.add(anchor);
		const section: MutableSection = { level: h.level, title: h.title, anchor, line: h.line, children: [] };
		while (stack.length > 0 && stack.at(-1)!.level >= h.level) stack.pop();
		(stack.at(-1)?.children ?? roots).push(section);
		stack.push(section);
		paths.push(stack.map((s) => s.title));
	}
	const pathAt = (offset: number): readonly string[] => {
		let lo = 0;
		let hi = sorted.length - 1;
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid]!.offset <= offset) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return found < 0 ? [] : paths[found]!;
	};
	return { sections: roots, pathAt };
}
