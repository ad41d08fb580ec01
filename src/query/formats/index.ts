import type { QueryStore } from '../store.ts';
import type { AskResult } from '../types.ts';
import { categoryWikitext } from './category.ts';
import { embeddedWikitext } from './embedded.ts';
import { listWikitext } from './list.ts';
import { tableWikitext } from './table.ts';
import { frameCall } from './template.ts';

/** Formats whose result on a page is a link to the `/ask/` page, which makes the file (as SMW links to Special:Ask). */
export const EXPORT_FORMATS = new Set(['csv', 'json']);

/**
 * A result as wikitext, the way Semantic MediaWiki's result printers write it for the page to parse: the format's
 * markup (table, lists, template calls, category columns, embedded pages, the count), with `intro` before and
 * `outro` (and `introtemplate`/`outrotemplate`) around it; with no result, the `default` text alone. `csv` and
 * `json` give only `intro`/`outro` here: their link to the file is made by the page (see `askLink`).
 * @param self id of the page the query is on (embedded results leave it out)
 */
export function resultWikitext(store: QueryStore, result: AskResult, self?: string): string {
	const input = { store, result };
	const { params } = result.query;
	if (result.rows.length === 0 && result.format !== 'count') return result.further ? '' : params.default;
	let body: string;
	switch (result.format) {
		case 'table':
		case 'broadtable':
			body = tableWikitext(input, result.format === 'broadtable');
			break;
		case 'list':
		case 'ul':
		case 'ol':
		case 'plainlist':
			body = listWikitext(input, result.format);
			break;
		case 'template':
			body = listWikitext(input, params.template ? 'plainlist' : 'list');
			break;
		case 'category':
			body = categoryWikitext(input);
			break;
		case 'embedded':
			body = embeddedWikitext(input, self);
			break;
		case 'count':
			if (result.count === 0 && params.default) return params.default;
			body = String(result.count);
			break;
		default:
			body = '';
	}
	return `${params.intro}${frameCall(input, params.introtemplate)}${body}${frameCall(input, params.outrotemplate)}${params.outro}`;
}
