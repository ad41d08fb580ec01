import { diag } from '../diagnostics/index.ts';
import { inRanges } from './literal-ranges.ts';
import { plainText, tidy } from './tree-text.ts';
import type { Table, TableRow } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

interface Coords {
	readonly row: number;
	readonly column: number;
}

/** The parts of wikiparser-node's TableToken and TdToken used here. */
interface TableLike {
	getLayout(): Coords[][];
	getNthCell(c: Coords): (Token & { subtype: 'td' | 'th' | 'caption' }) | undefined;
	readonly closed: boolean;
}

const ATTRIBUTES = /^(?:\s*[\w:-]+\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*$/;
const ATTRIBUTE_NAME = /([\w:-]+)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
/** Attributes a table cell may carry (HTML global ones included); anything else is likely swallowed text. */
const CELL_ATTRIBUTES = new Set([
	'style',
	'class',
	'id',
	'rowspan',
	'colspan',
	'align',
	'valign',
	'width',
	'height',
	'bgcolor',
	'scope',
	'headers',
	'abbr',
	'nowrap',
	'lang',
	'dir',
	'title',
	'axis',
	'char',
	'charoff',
]);

/** True when text reads as a list of table cell attributes. */
function isAttributeList(text: string): boolean {
	if (!ATTRIBUTES.test(text)) return false;
	for (const m of text.matchAll(ATTRIBUTE_NAME)) {
		const name = m[1]!.toLowerCase();
		if (!CELL_ATTRIBUTES.has(name) && !name.startsWith('data-')) return false;
	}
	return true;
}

/** Plain text of a cell's content, inline code kept without backticks. */
function cellText(cell: Token): string {
	const inner = cell.childNodes.find((c) => c.type === 'td-inner');
	return inner ? tidy(plainText(inner, { tables: false })) : '';
}

/** Offset of a cell's `|`/`!` marker (a cell token begins with the newline before it). */
function cellStart(ctx: WikiContext, cell: Token): number {
	const at = offsetOf(cell);
	return ctx.text[at] === '\n' ? at + 1 : at;
}

/** Reports a cell whose `attributes | content` split swallowed text that is not attributes. */
function checkAttributes(ctx: WikiContext, cell: Token): void {
	const attrs = cell.childNodes.find((c) => c.type === 'table-attrs');
	const text = attrs?.toString() ?? '';
	if (text.trim() === '' || isAttributeList(text)) return;
	const { line, col } = ctx.place(cellStart(ctx, cell));
	ctx.diagnostics.push(diag(ctx.file, line, col, 'table-cell-attributes', 'attributes', { text }));
}

/** Number of tables that enclose this one. */
function depthOf(token: Token): number {
	let depth = 0;
	for (let p = token.parentNode; p; p = p.parentNode) if (p.type === 'table') depth++;
	return depth;
}

/** One wikitable as data: rendered grid (spans expanded), header row, caption, line and section. */
function readTable(ctx: WikiContext, token: Token): Table {
	const table = token as unknown as TableLike;
	const offset = offsetOf(token);
	const { line, col } = ctx.place(offset);
	if (!table.closed) ctx.diagnostics.push(diag(ctx.file, line, col, 'unclosed-table', 'neverClosed'));
	let caption: string | undefined;
	const grid: { line: number; cells: string[]; header: boolean[] }[] = [];
	const seen = new Set<Token>();
	for (const [y, row] of table.getLayout().entries()) {
		const cells: string[] = [];
		const header: boolean[] = [];
		let rowLine: number | undefined;
		for (const coords of row) {
			const cell = coords ? table.getNthCell(coords) : undefined;
			if (!cell) continue;
			if (cell.subtype === 'caption') {
				caption ??= cellText(cell);
				continue;
			}
			if (!seen.has(cell)) {
				seen.add(cell);
				checkAttributes(ctx, cell);
			}
			if (coords.row === y && rowLine === undefined) rowLine = ctx.place(cellStart(ctx, cell)).line;
			cells.push(cellText(cell));
			header.push(cell.subtype === 'th');
		}
		if (cells.length > 0) grid.push({ line: rowLine ?? line, cells, header });
	}
	// getLayout() covers rows only; a `|+` caption is a direct child of the table.
	caption ??= captionOf(token);
	const first = grid[0];
	const hasHeader = first !== undefined && first.header.every(Boolean);
	const rows: TableRow[] = grid
		.slice(hasHeader ? 1 : 0)
		.map((r) =>
			r.header.some(Boolean)
				? { line: r.line, cells: r.cells, headerCells: r.header }
				: { line: r.line, cells: r.cells },
		);
	const result = {
		line,
		syntax: ctx.pipeTableStarts.has(offset) ? ('markdown' as const) : ('wikitext' as const),
		header: hasHeader ? first.cells : [],
		rows,
		section: ctx.sections.pathAt(offset),
		depth: depthOf(token),
	};
	return caption ? { ...result, caption } : result;
}

/** Text of the table's first `|+` caption, if any. */
function captionOf(token: Token): string | undefined {
	for (const child of token.childNodes) {
		const cell = child as Token & { subtype?: string };
		if (cell.type === 'td' && cell.subtype === 'caption') return cellText(cell as Parameters<typeof cellText>[0]);
	}
	return undefined;
}

/** Every wikitable of the page (nested ones too, with their depth), in text order. */
export function extractTables(ctx: WikiContext): Table[] {
	const tables: Table[] = [];
	for (const token of tokensOf(ctx.root, 'table')) {
		if (inRanges(ctx.literal, offsetOf(token))) continue;
		tables.push(readTable(ctx, token));
	}
	return tables;
}
