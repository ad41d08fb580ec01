import { attribute, headerText, shownValue, type PrinterInput } from './context.ts';
import { templateCalls } from './template.ts';

/** The markup of each list format: around the whole result, each row, each field, label and value. */
const MARKUP = {
	list: {
		open: (cls: string) => `<span class="smw-format list-format ${cls}">`,
		close: '</span>',
		row: ['<span class="smw-row">', '</span>'],
		field: true,
	},
	ul: {
		open: (cls: string) => `<ul class="smw-format ul-format ${cls}">`,
		close: '</ul>',
		row: ['<li class="smw-row">', '</li>'],
		field: true,
	},
	ol: {
		open: (cls: string, start: number) => `<ol class="smw-format ol-format ${cls}" start="${start}">`,
		close: '</ol>',
		row: ['<li class="smw-row">', '</li>'],
		field: true,
	},
	plainlist: { open: () => '', close: '', row: ['', ''], field: false },
} as const;

/** A list format. */
export type ListFormat = keyof typeof MARKUP;

/**
 * `format=list`, `ul`, `ol` and `plainlist` as Semantic MediaWiki's list printer writes them: per row the first
 * column, then the other columns that have values in parentheses (`Berlin (Population: 3,500,000, Located in:
 * Germany)`), each `label: values` (values joined by `valuesep`, fields by `propsep`); rows joined by `sep` (list
 * and plainlist, default `, `). `list`, `ul` and `ol` wrap rows, fields, labels and values in SMW's classed spans
 * and items. With `template=`, each row is a template call instead.
 */
export function listWikitext(input: PrinterInput, format: ListFormat): string {
	const { result } = input;
	const { params } = result.query;
	// template calls are no list items: `list` then writes none of its markup, as in SMW
	const markup = MARKUP[params.template && format === 'list' ? 'plainlist' : format];
	const span = (cls: string, text: string) => (markup.field ? `<span class="${cls}">${text}</span>` : text);
	let rows: string[];
	if (params.template) rows = templateCalls(input);
	else {
		rows = result.rows.map((row) => {
			const fields = result.columns.flatMap((column, i) => {
				const values = row.cells[i]!.map((v) => shownValue(input, v, column, i).wikitext);
				if (values.length === 0) return [];
				const label =
					params.headers !== 'hide' && column.label !== '' && i > 0
						? `${span('smw-field-label', headerText(input, column))}: `
						: '';
				return [
					{
						first: i === 0,
						text: span('smw-field', label + values.map((v) => span('smw-value', v)).join(params.valuesep ?? ', ')),
					},
				];
			});
			const first = fields[0]?.first ? fields.shift()!.text : '';
			const rest = fields.map((f) => f.text).join(params.propsep ?? ', ');
			return first && rest ? `${first} (${rest})` : first || rest;
		});
	}
	const sep = format === 'ul' || format === 'ol' ? '' : (params.sep ?? (params.template ? '' : ', '));
	const body = rows.map((r) => `${markup.row[0]}${r}${markup.row[1]}`).join(sep);
	return `${markup.open(attribute(params.class ?? ''), params.offset + 1)}${body}${markup.close}`;
}
