/**
 * Rules from tables (wikitext and Markdown alike, the parser gives both as rows of plain cell text):
 * - a table with an LR column (`Recommended LR`, `Learning Rate`, `Base LR`...): one rule per row and LR
 *   column; the condition is the row's label cells, the notes the rest of the row;
 * - a table with an LR row (`learning_rate || float || ... (default: 5e-5)`, or `Learning rate | 2e-4 | 5e-6`
 *   under task columns): documented defaults become `parameter-default` rules, other values recommendations.
 */
import { diag, type Diagnostic } from '../diagnostics/index.ts';
import type { ParsedPage, Table, TableRow } from '../parse/index.ts';
import { findLrValues } from './numbers.ts';
import type { RuleDraft } from './rule.ts';
import { readText } from './statements.ts';
import {
	isDefaultCue,
	isLrParameterName,
	isParameterDefaultBefore,
	mentionsLr,
	namesOtherSetting,
} from './vocabulary.ts';

/** Column headers whose cells are remarks, not conditions. */
const NOTES_HEADER =
	/^(?:notes?|comments?|remarks?|rationale|reasons?|why|explanation|description|details?|sources?|references?|trade-?offs?|effects?|impact|caveats?|when to use)$/i;
/** Column headers that say what kind of cell it is, not a condition (`Type`, `Default`, `Value`). */
const GENERIC_HEADER =
	/^(?:values?|defaults?|default values?|descriptions?|types?|required|optional|notes?|recommended|typical|range|settings?|suggested|comments?|details?|explanation|parameter|argument|name|field|option)$/i;
/** A cell that says "no value" on purpose. */
const EMPTY_CELL = /^(?:|[-–—?]+|n\/?a|none|—|tbd|same|same as above|\.\.\.)$/i;

const cellAt = (row: TableRow, i: number) => (row.cells[i] ?? '').trim();

/** Header and body rows; a headerless table whose first row names the LR uses that row as header. */
function shape(table: Table): { header: readonly string[]; rows: readonly TableRow[] } {
	if (table.header.length > 0 || table.rows.length === 0) return { header: table.header, rows: table.rows };
	const first = table.rows[0]!;
	if (first.cells.some(mentionsLr) && first.cells.every((c) => findLrValues(c).length === 0))
		return { header: first.cells, rows: table.rows.slice(1) };
	return { header: [], rows: table.rows };
}

/** Columns holding LRs: headers that name the LR, else (in a table about the LR) columns mostly filled with LRs. */
function lrColumns(table: Table, header: readonly string[], rows: readonly TableRow[]): number[] {
	const named = header.flatMap((h, i) => (mentionsLr(h) ? [i] : []));
	if (named.length > 0) return named;
	const aboutLr = (table.caption !== undefined && mentionsLr(table.caption)) || table.section.some(mentionsLr);
	if (!aboutLr || rows.length === 0) return [];
	return header.flatMap((h, i) => {
		if (i === 0 || namesOtherSetting(h) || NOTES_HEADER.test(h.trim())) return [];
		const filled = rows.filter((r) => readText(cellAt(r, i), true).stated.length > 0).length;
		return filled * 2 >= rows.length ? [i] : [];
	});
}

function noteOf(header: readonly string[], i: number, cell: string): string {
	const h = (header[i] ?? '').trim();
	return !h || NOTES_HEADER.test(h) ? cell : `${h}: ${cell}`;
}

/** Rows of a table with LR columns. */
function fromLrColumns(
	page: ParsedPage,
	table: Table,
	header: readonly string[],
	rows: readonly TableRow[],
	columns: readonly number[],
	diagnostics: Diagnostic[],
): RuleDraft[] {
	const drafts: RuleDraft[] = [];
	const others = header.map((_, i) => i).filter((i) => !columns.includes(i));
	const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
	const allOthers = [
		...others,
		...Array.from({ length: Math.max(0, width - header.length) }, (_, k) => header.length + k),
	];
	// The row's label is the cells before the first LR column (what is not a remark or another setting);
	// cells after it are remarks. When the LR comes first, the first other column labels the row.
	const isLabel = (i: number) => !NOTES_HEADER.test((header[i] ?? '').trim()) && !namesOtherSetting(header[i] ?? '');
	let labelColumns = allOthers.filter((i) => i < columns[0]! && isLabel(i));
	if (labelColumns.length === 0) labelColumns = allOthers.filter(isLabel).slice(0, 1);
	if (labelColumns.length === 0 && allOthers.length > 0) labelColumns = [allOthers[0]!];
	for (const row of rows) {
		if (row.headerCells && row.headerCells.length > 0 && row.headerCells.every(Boolean)) continue;
		const label = labelColumns
			.map((i) => cellAt(row, i))
			.filter(Boolean)
			.join(', ');
		const notes = allOthers
			.filter((i) => !labelColumns.includes(i) && cellAt(row, i))
			.map((i) => noteOf(header, i, cellAt(row, i)));
		columns.forEach((col, k) => {
			const cell = cellAt(row, col);
			if (EMPTY_CELL.test(cell)) return;
			const reading = readText(cell, true);
			if (reading.stated.length === 0) {
				diagnostics.push(diag(page.path, row.line, 1, 'unreadable-lr', 'cell', { cell, column: header[col] ?? '' }));
				return;
			}
			const columnHeader = (header[col] ?? '').trim();
			const multiple = reading.stated.length > 1;
			for (const { value, clause } of reading.stated) {
				// With several LR columns (`Base LR`, `Max LR`), say which one this is.
				const cellNote = [
					...(columns.length > 1 && columnHeader ? [columnHeader] : []),
					...(cell !== value.text ? [cell] : []),
				];
				drafts.push({
					section: table.section,
					conditionText: multiple ? [label, clause].filter(Boolean).join(': ') : label || columnHeader,
					conditionSources: [multiple ? clause : reading.conditionText, label, columnHeader, table.caption ?? ''],
					value,
					isDefault: isDefaultCue(label) || isDefaultCue(multiple ? clause : cell) || /\bdefault\b/i.test(columnHeader),
					kind: 'recommendation',
					origin: 'table',
					notes: [...cellNote, ...notes].join('; '),
					line: row.line,
					order: k * 100 + value.start,
				});
			}
		});
	}
	return drafts;
}

/** Rows whose label cell is the LR parameter itself (`learning_rate`, `Learning rate`). */
function fromLrRows(table: Table, header: readonly string[], rows: readonly TableRow[]): RuleDraft[] {
	const drafts: RuleDraft[] = [];
	for (const row of rows) {
		const labelIndex = row.cells.findIndex((c) => c.trim() !== '');
		if (labelIndex < 0 || !isLrParameterName(cellAt(row, labelIndex))) continue;
		const label = cellAt(row, labelIndex);
		row.cells.forEach((raw, col) => {
			if (col === labelIndex) return;
			const cell = raw.trim();
			const columnHeader = (header[col] ?? '').trim();
			const reading = readText(cell, true);
			const multiple = reading.stated.length > 1;
			// Other cells holding LRs are rules of their own, not notes of this one.
			const notes = row.cells.flatMap((c, i) =>
				i !== labelIndex && i !== col && c.trim() && findLrValues(c).length === 0 ? [noteOf(header, i, c.trim())] : [],
			);
			for (const { value, clause } of reading.stated) {
				const parameterDefault =
					/\bdefault/i.test(columnHeader) ||
					isParameterDefaultBefore(cell.slice(Math.max(0, value.start - 40), value.start));
				const generic = columnHeader === '' || GENERIC_HEADER.test(columnHeader) || NOTES_HEADER.test(columnHeader);
				const phrase = [
					...(multiple ? clause : reading.conditionText).matchAll(/\b(?:for|when|with|on|during)\s+[^,;.():]+/gi),
				]
					.map((m) => m[0].trim())
					.join(', ');
				drafts.push({
					section: table.section,
					conditionText: parameterDefault ? cell : generic ? phrase || label : columnHeader,
					// `Learning rate (LoRA)` as a row label names the method.
					conditionSources: parameterDefault
						? []
						: generic
							? [phrase, label]
							: [columnHeader, multiple ? clause : '', label],
					value,
					isDefault: false,
					kind: parameterDefault ? 'parameter-default' : 'recommendation',
					origin: 'table',
					notes: [...(parameterDefault || cell === value.text ? [] : [cell]), ...notes].join('; '),
					line: row.line,
					order: col * 100 + value.start,
				});
			}
		});
	}
	return drafts;
}

/** Does the table hold LRs in a column (its header names the LR, or it is about the LR and mostly LRs)? */
export function hasLrColumn(table: Table): boolean {
	const { header, rows } = shape(table);
	return lrColumns(table, header, rows).length > 0;
}

/** Drafts of the rules one page's tables state, and diagnostics for LR cells without a readable value. */
export function rulesFromTables(page: ParsedPage): { drafts: RuleDraft[]; diagnostics: Diagnostic[] } {
	const drafts: RuleDraft[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const table of page.tables) {
		const { header, rows } = shape(table);
		const columns = lrColumns(table, header, rows);
		if (columns.length > 0) drafts.push(...fromLrColumns(page, table, header, rows, columns, diagnostics));
		else drafts.push(...fromLrRows(table, header, rows));
	}
	return { drafts, diagnostics };
}
