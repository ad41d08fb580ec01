import type { PageType } from '../load/index.ts';
import type { Section } from '../parse/index.ts';

/**
 * Sections every page of a type has, measured over both corpora (unsloth-sample and kapso-wikis: every
 * page of the type has them). Matched case-insensitively, ignoring punctuation, at any heading level.
 */
export const REQUIRED_SECTIONS = {
	Workflow: ['Overview', 'Execution Steps', 'Related Pages'],
	Principle: ['Overview', 'Theoretical Basis', 'Related Pages'],
	Implementation: ['Overview', 'Related Pages'],
	Environment: ['Overview', 'System Requirements', 'Dependencies', 'Related Pages'],
	Heuristic: ['Overview', 'The Insight (Rule of Thumb)', 'Reasoning', 'Related Pages'],
} as const satisfies Record<PageType, readonly string[]>;

/**
 * Compares headings loosely: case, punctuation and spacing are ignored.
 * @example headingKey('The Insight (Rule of Thumb)') // 'the insight rule of thumb'
 */
export function headingKey(title: string): string {
	return title
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function collect(sections: readonly Section[], into: Set<string>): Set<string> {
	for (const s of sections) {
		into.add(headingKey(s.title));
		collect(s.children, into);
	}
	return into;
}

/** The required sections of a page type that a heading tree lacks, in table order. */
export function missingSections(type: PageType, sections: readonly Section[]): string[] {
	const present = collect(sections, new Set());
	return REQUIRED_SECTIONS[type].filter((title) => !present.has(headingKey(title)));
}
