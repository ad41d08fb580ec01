import { titleFromPath } from '../../src/load/file-title.ts';
import type { Fact, Link, ParsedPage, ProseBlock, Section } from '../../src/parse/types.ts';

/** A fact as the parser gives it: `[property, value]` written on line `line`. */
export function fact(property: string, value: string, line = 1, section: string[] = []): Fact {
	return { property, value, line, col: 1, section };
}

/** A wiki link written on line `line`. */
export function link(target: string, line = 1): Link {
	return { kind: 'wiki', target, line, col: 1 };
}

/** Top-level sections with these titles. */
export function sections(...titles: string[]): Section[] {
	return titles.map((title, i) => ({ level: 2, title, anchor: title.replace(/ /g, '_'), line: i + 10, children: [] }));
}

/**
 * A ParsedPage for graph tests, as the parser would give for `content/<relPath>`; by default it has every
 * section its type requires, so only what a test adds is reported.
 * @example page('heuristics/X.wiki', { facts: [fact('domain', 'LLMs')] })
 */
export function page(
	relPath: string,
	parts: Partial<
		Pick<ParsedPage, 'facts' | 'links' | 'categories' | 'sections' | 'prose' | 'title' | 'diagnostics'>
	> = {},
): ParsedPage {
	const title = titleFromPath(relPath)!;
	const all = [
		'Overview',
		'Execution Steps',
		'Theoretical Basis',
		'System Requirements',
		'Dependencies',
		'The Insight (Rule of Thumb)',
		'Reasoning',
		'Related Pages',
	];
	const prose: ProseBlock[] = [];
	return {
		id: title.id,
		namespace: title.namespace,
		name: title.name,
		title: parts.title ?? title.name,
		file: relPath,
		path: `content/${relPath}`,
		hash: '0',
		format: 'wikitext',
		frontMatter: {},
		facts: parts.facts ?? [],
		links: parts.links ?? [],
		categories: parts.categories ?? [],
		sections: parts.sections ?? sections(...all),
		tables: [],
		code: [],
		math: [],
		diagrams: [],
		templates: [],
		prose: parts.prose ?? prose,
		plainText: '',
		diagnostics: parts.diagnostics ?? [],
	};
}
