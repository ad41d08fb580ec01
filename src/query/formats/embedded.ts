import type { PrinterInput } from './context.ts';
import { escapeWikitext, pageLink } from '../display/wikitext.ts';

/**
 * `format=embedded` as Semantic MediaWiki's embedded printer writes it: for each result page, a heading
 * (`embedformat`, `h1` by default; none with `embedonly=yes`) linking to the page, then the page's text transcluded
 * (`{{:Page}}`); with `embedformat=ul`/`ol`, an item per page. The page that holds the query is not embedded in
 * itself (its title is shown in bold instead).
 * @param self id of the page the query is on, if any
 */
export function embeddedWikitext(input: PrinterInput, self: string | undefined): string {
	const { params } = input.result.query;
	const list = params.embedformat === 'ul' || params.embedformat === 'ol' ? params.embedformat : undefined;
	const parts = input.result.rows.map((row) => {
		const e = row.subject;
		const title =
			params.link === 'none'
				? escapeWikitext(e.fulltext)
				: pageLink(e.subobject ? `${e.page}#${e.subobject}` : e.page, e.caption);
		const content =
			e.page === self
				? `'''${escapeWikitext(e.fulltext)}'''`
				: `{{${e.namespace === '' ? ':' : ''}${e.page.replace(/_/gu, ' ')}}}`;
		if (list) return `<li>${params.embedonly ? '' : `${title}<br>\n`}${content}</li>`;
		return `${params.embedonly ? '' : `<${params.embedformat}>${title}</${params.embedformat}>\n`}${content}`;
	});
	return list ? `<${list}>\n${parts.join('\n')}\n</${list}>` : parts.join('\n');
}
