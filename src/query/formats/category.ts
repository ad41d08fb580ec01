import { groupBy } from '../../text/index.ts';
import { attribute, shownValue, type PrinterInput } from './context.ts';

/**
 * `format=category` as Semantic MediaWiki's category printer writes it: results grouped under the first letter of
 * their sort key (as a category page lists its members), in `columns` columns (default 3); each item is the first
 * column, then the other columns' labels and values in parentheses, values joined by `delim` (default `,`).
 */
export function categoryWikitext(input: PrinterInput): string {
	const { result } = input;
	const { params } = result.query;
	const delim = params.written.delim ?? ',';
	const items = result.rows.map((row) => {
		const letter = [...row.subject.sortKey][0]?.toUpperCase() ?? '';
		const texts = result.columns.map((column, i) => row.cells[i]!.map((v) => shownValue(input, v, column, i).wikitext));
		const [first = [], ...rest] = texts;
		const others = rest.flatMap((values, j) => {
			if (values.length === 0) return [];
			const label = params.headers !== 'hide' ? result.columns[j + 1]!.label : '';
			return [`${label ? `${label} ` : ''}${values.join(`${delim} `)}`];
		});
		return { letter, text: `${first.join(`${delim} `)}${others.length > 0 ? ` (${others.join(' ')})` : ''}` };
	});
	const columns = Math.max(1, params.columns);
	const blocks = [...groupBy(items, (item) => item.letter)].map(
		([letter, group]) =>
			`<div class="smw-column-group"><div class="smw-column-header">${attribute(letter)}</div>\n<ul>${group.map((i) => `<li>${i.text}</li>`).join('')}</ul></div>`,
	);
	return `<div class="smw-columnlist-container" style="column-count:${columns}">\n${blocks.join('\n')}\n</div>`;
}
