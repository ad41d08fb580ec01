import { showValue } from '../display/value.ts';
import type { QueryStore } from '../store.ts';
import type { AskResult } from '../types.ts';

/** Widest a column gets in the terminal before its cells are cut with `…`. */
const MAX_WIDTH = 60;

/** Columns a string takes in a terminal: one per code point (wide characters are rare in titles and values). */
const width = (text: string) => [...text].length;

function fit(text: string, size: number): string {
	const chars = [...text];
	if (chars.length > size) return `${chars.slice(0, size - 1).join('')}…`;
	return text + ' '.repeat(size - chars.length);
}

/** The column labels of a result, the subject column `Page` when it has no label of its own. */
export function columnLabels(result: AskResult): string[] {
	return result.columns.map((c) => (c.label === '' && c.mode === 'this' ? 'Page' : c.label));
}

/** Each row's values as plain text (titles, numbers and dates as SMW shows them, no links), one list per column. */
export function plainCells(store: QueryStore, result: AskResult): string[][][] {
	return result.rows.map((row) =>
		result.columns.map((column, i) =>
			row.cells[i]!.map(
				(v) =>
					showValue(store, v, { link: false, ...(column.format !== undefined ? { format: column.format } : {}) }).text,
			),
		),
	);
}

/**
 * A result as a plain-text table for the terminal: the column labels (the subject column `Page` when it has no
 * label), a rule, one line per result with values as plain text joined by `, `, columns padded to their widest
 * cell (at most 60 characters), then how many results there are.
 * @example toTextTable(store, ask('[[Category:Mountains]]|?Has height', graph))
 */
export function toTextTable(store: QueryStore, result: AskResult): string {
	const header = columnLabels(result);
	const body = plainCells(store, result).map((row) => row.map((values) => values.join(', ').replace(/\s+/gu, ' ')));
	const widths = header.map((h, i) => Math.min(MAX_WIDTH, Math.max(width(h), ...body.map((r) => width(r[i]!)))));
	const line = (cells: readonly string[]) =>
		cells
			.map((c, i) => fit(c, widths[i]!))
			.join('  ')
			.trimEnd();
	const shown = result.rows.length;
	const total = result.count;
	const summary =
		shown === total
			? `${total} result${total === 1 ? '' : 's'}`
			: `${shown} of ${total} results (offset ${result.query.params.offset}; use limit= and offset= for more)`;
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), '', summary].join('\n') + '\n';
}
