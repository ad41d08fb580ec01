import { showValue, type ShownValue } from '../display/value.ts';
import type { QueryStore } from '../store.ts';
import type { AskResult, Printout, ResultValue } from '../types.ts';

/** What a printer reads: the store (for declarations) and the result. */
export interface PrinterInput {
	readonly store: QueryStore;
	readonly result: AskResult;
}

/** An attribute value written in wikitext HTML (`class="..."`): quotes, `&`, `<`, `>` as entities. */
export function attribute(text: string): string {
	return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * Is a column's values linked? `link=all` links every page value, `link=subject` only the first column's,
 * `link=none` none.
 */
export function linked(input: PrinterInput, column: number): boolean {
	const { link } = input.result.query.params;
	return link === 'all' || (link === 'subject' && column === 0);
}

/** A value of a column as wikitext. */
export function shownValue(input: PrinterInput, value: ResultValue, printout: Printout, column: number): ShownValue {
	return showValue(input.store, value, {
		link: linked(input, column),
		...(printout.format !== undefined ? { format: printout.format } : {}),
		...(printout.params.lang ? { lang: printout.params.lang } : {}),
	});
}

/**
 * A column's label as a header shows it: with `headers=show`, a property column's label links to the property
 * page (`[[:Property:Has height|Height]]`); with `headers=plain`, the label alone; a chain gets SMW's chain marker.
 */
export function headerText(input: PrinterInput, printout: Printout): string {
	const { headers } = input.result.query.params;
	const last = printout.chain?.at(-1);
	let text = printout.label;
	if (headers === 'show' && last && text !== '') text = `[[:Property:${last.name}|${text}]]`;
	if (printout.mode === 'chain')
		text += `<span title="${attribute(printout.chain!.map((p) => `${p.inverse ? '-' : ''}${p.name}`).join('.'))}" class="smw-chain-marker">⠉</span>`;
	return text;
}

/**
 * A header's CSS class, as Semantic MediaWiki makes it: the label without tags, spaces and `_` as `-`
 * (`Has success state` -> `Has-success-state`); empty for an empty label.
 */
export function columnClass(printout: Printout): string {
	return printout.label
		.replace(/<[^>]*>/gu, '')
		.trim()
		.replace(/[\s_]+/gu, '-');
}
