import { showValue } from '../display/value.ts';
import type { QueryStore } from '../store.ts';
import type { AskResult } from '../types.ts';

/**
 * One CSV field as PHP's `fputcsv` writes it (Semantic MediaWiki's CSV export): quoted when it holds the
 * delimiter, a quote, a backslash, a space, a tab or a line break; quotes doubled.
 * @example csvField('Has text', ',') // '"Has text"'
 */
export function csvField(text: string, delimiter: string): string {
	if (!text.includes(delimiter) && !/["\\ \t\r\n]/u.test(text)) return text;
	return `"${text.replace(/"/gu, '""')}"`;
}

/**
 * A result as Semantic MediaWiki's `format=csv` export writes it: a header row of the column labels (none with
 * `headers=hide`), then one row per result, each cell its values as plain text joined by `valuesep` (default `,`);
 * the delimiter is the first character of `sep` (default `,`), lines end with `\n`.
 * @example toCsv(store, ask('[[Category:City]]|?Population', graph)) // ',Population\nBerlin,"3,500,000"\n'
 */
export function toCsv(store: QueryStore, result: AskResult): string {
	const { params } = result.query;
	const delimiter = (params.sep ?? ',').replace(/_/gu, ' ').charAt(0) || ',';
	const valuesep = params.valuesep ?? ',';
	const lines: string[] = [];
	if (params.headers !== 'hide') lines.push(result.columns.map((c) => csvField(c.label, delimiter)).join(delimiter));
	for (const row of result.rows) {
		const cells = result.columns.map((column, i) => {
			const texts = row.cells[i]!.map(
				(v) =>
					showValue(store, v, { link: false, ...(column.format !== undefined ? { format: column.format } : {}) }).text,
			);
			return csvField(texts.join(valuesep), delimiter);
		});
		lines.push(cells.join(delimiter));
	}
	return lines.map((l) => `${l}\n`).join('');
}
