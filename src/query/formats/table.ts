import { attribute, columnClass, headerText, shownValue, type PrinterInput } from './context.ts';

/** The values of one cell joined by `sep`: `<br>` by default, an HTML list for `sep=ul`/`sep=ol` (several values). */
function joinValues(texts: readonly string[], sep: string | undefined): string {
	const list = sep?.trim().toLowerCase();
	if ((list === 'ul' || list === 'ol') && texts.length > 1)
		return `<${list}>${texts.map((t) => `<li>${t}</li>`).join('')}</${list}>`;
	return texts.join(sep ?? '<br>');
}

/**
 * `format=table` and `broadtable` as Semantic MediaWiki's `TableResultPrinter` writes them: a `sortable wikitable
 * smwtable` (or `class=`) with a header row (none with `headers=hide`), each header classed by its label; rows
 * `data-row-number`ed and classed `row-odd`/`row-even`; cells classed by column and type (`smwtype_num`), with
 * `data-sort-value` for numbers and dates, values joined by `sep` (`<br>`), `+align`/`+width` as style.
 * `transpose=yes` writes one row per column instead.
 */
export function tableWikitext(input: PrinterInput, broad: boolean): string {
	const { result } = input;
	const { params } = result.query;
	const className = `${params.class ?? 'sortable wikitable smwtable'}${broad ? ' broadtable' : ''}`;
	const headers = result.columns.map((c) => {
		const cls = columnClass(c);
		return `<th${cls ? ` class="${attribute(cls)}"` : ''}>${c.label === '' ? '&#160;' : headerText(input, c)}</th>`;
	});
	const cells = result.rows.map((row) =>
		result.columns.map((column, i) => {
			const values = row.cells[i]!;
			const shown = values.map((v) => shownValue(input, v, column, i));
			const type = values[0]?.type ?? column.type;
			// the subject column is classed by its type alone
			const cls = [column.mode === 'this' ? '' : columnClass(column), `smwtype${type}`]
				.filter((c) => c !== '')
				.join(' ');
			const sort = shown[0]?.sortValue;
			const style = `${column.params.align ? `text-align:${column.params.align.trim()};` : ''}${column.params.width ? `width:${column.params.width.trim()};` : ''}`;
			const attrs = ` class="${attribute(cls)}"${sort !== undefined ? ` data-sort-value="${sort}"` : ''}${style ? ` style="${attribute(style)}"` : ''}`;
			return `<td${attrs}>${joinValues(
				shown.map((s) => (s.wikitext === '' ? '&#160;' : s.wikitext)),
				params.sep,
			)}</td>`;
		}),
	);
	const rows: string[] = [];
	if (params.transpose) {
		for (const [i] of result.columns.entries())
			rows.push(`<tr>${params.headers === 'hide' ? '' : headers[i]}${cells.map((r) => r[i]).join('')}</tr>`);
	} else {
		if (params.headers !== 'hide') rows.push(`<tr>${headers.join('')}</tr>`);
		for (const [n, row] of cells.entries())
			rows.push(`<tr data-row-number="${n + 1}" class="${n % 2 === 0 ? 'row-odd' : 'row-even'}">${row.join('')}</tr>`);
	}
	return `<table class="${attribute(className)}"${params.transpose ? ' data-transpose="1"' : ''}>\n${rows.join('\n')}\n</table>`;
}
