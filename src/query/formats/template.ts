import type { PrinterInput } from './context.ts';
import { shownValue } from './context.ts';

/** An argument value of a template call: `|` would split it, so it is written as a character reference. */
function argument(text: string): string {
	return text.replace(/\|/gu, '&#124;');
}

/** The arguments every call gets: `#userparam`, `#querycondition`, `#querylimit`, `#resultoffset`, `#rowcount`. */
function commonArgs(input: PrinterInput): string[] {
	const { query, count } = input.result;
	const { params } = query;
	return [
		...(params.userparam ? [`#userparam=${argument(params.userparam)}`] : []),
		`#querycondition=${argument(query.conditions)}`,
		`#querylimit=${params.limit}`,
		`#resultoffset=${params.offset}`,
		`#rowcount=${count}`,
	];
}

/**
 * One template call per row, as Semantic MediaWiki's template renderer writes them: the common arguments, then
 * each column's values (joined by `valuesep`, default `, `) as `1=`, `2=`... or, with `named args=yes`, by label (a
 * column without label by number), then `#=` (the 0-based row index) and `#rownumber=` (1-based, after `offset`).
 */
export function templateCalls(input: PrinterInput): string[] {
	const { result } = input;
	const { params } = result.query;
	return result.rows.map((row, r) => {
		const args = result.columns.map((column, i) => {
			const name = params.namedArgs && column.label !== '' ? column.label : String(i + 1);
			return `${argument(name)}=${argument(row.cells[i]!.map((v) => shownValue(input, v, column, i).wikitext).join(params.valuesep ?? ', '))}`;
		});
		const index = params.offset + r;
		return `{{${params.template}|${[...commonArgs(input), ...args, `#=${index}`, `#rownumber=${index + 1}`].join('|')}}}`;
	});
}

/** The `introtemplate` / `outrotemplate` call (common arguments only), or `''`. */
export function frameCall(input: PrinterInput, template: string | undefined): string {
	return template ? `{{${template}|${commonArgs(input).join('|')}}}` : '';
}
