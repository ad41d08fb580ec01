import type { PageId } from '../../src/load/types.ts';
import type { Fact, ParsedPage, ProseBlock, Table } from '../../src/parse/types.ts';

/** A prose block at a line, in a section. */
export function prose(
	line: number,
	text: string,
	kind: ProseBlock['kind'] = 'bullet',
	section: readonly string[] = [],
): ProseBlock {
	return { line, kind, text, section };
}

/** A table: header cells and rows of cells; each row's line follows the table's. */
export function table(
	line: number,
	header: readonly string[],
	rows: readonly (readonly string[])[],
	options: { section?: readonly string[]; syntax?: Table['syntax']; caption?: string } = {},
): Table {
	return {
		line,
		syntax: options.syntax ?? 'wikitext',
		...(options.caption ? { caption: options.caption } : {}),
		header,
		rows: rows.map((cells, i) => ({ line: line + 2 + 2 * i, cells })),
		section: options.section ?? [],
		depth: 0,
	};
}

/** A `[[source::...]]` fact. */
export function sourceFact(value: string, line = 1): Fact {
	return { line, col: 1, property: 'source', value, section: [] };
}

/**
 * A ParsedPage with only what the LR stage reads, built the way the parser would (for tests that must not
 * wait for the parser).
 * @example page({ name: 'Learning Rate Tuning', prose: [prose(3, 'Use 2e-4 learning rate')] })
 */
export function page(
	parts: {
		name?: string;
		folder?: string;
		prose?: readonly ProseBlock[];
		tables?: readonly Table[];
		facts?: readonly Fact[];
	} = {},
): ParsedPage {
	const name = parts.name ?? 'Test Page';
	const folder = parts.folder ?? 'heuristics';
	const ns = (
		{
			heuristics: 'Heuristic',
			workflows: 'Workflow',
			principles: 'Principle',
			implementations: 'Implementation',
			environments: 'Environment',
		} as const
	)[folder as 'heuristics'];
	const file = `${folder}/${name.replace(/ /g, '_')}.wiki`;
	return {
		id: `${ns}:${name.replace(/ /g, '_')}` as PageId,
		namespace: ns,
		name,
		title: name,
		file,
		path: `content/${file}`,
		hash: '0',
		format: 'wikitext',
		frontMatter: {},
		facts: parts.facts ?? [],
		links: [],
		categories: [],
		sections: [],
		tables: parts.tables ?? [],
		code: [],
		math: [],
		diagrams: [],
		templates: [],
		prose: parts.prose ?? [],
		plainText: '',
		diagnostics: [],
	};
}
