import type { ParsedQuery } from './types.ts';

/**
 * A query written back as one string in the form `api.php?action=ask&query=` takes (`[[A]]|?P|+order=desc|limit=5`):
 * its conditions, printouts with their parameters, and parameters (`overrides` replacing or adding some).
 * @example queryText(readQuery(store, ['[[Category:City]]', '?Population', 'limit=5']), { offset: '5' }) // '[[Category:City]]|?Population|limit=5|offset=5'
 */
export function queryText(query: ParsedQuery, overrides: Readonly<Record<string, string>> = {}): string {
	const parts = [query.conditions.trim()];
	for (const p of query.printouts) {
		parts.push(`?${p.written}`);
		for (const [name, value] of Object.entries(p.params)) parts.push(`+${name}=${value}`);
	}
	for (const [name, value] of Object.entries({ ...query.params.written, ...overrides })) parts.push(`${name}=${value}`);
	return parts.join('|');
}

/**
 * The site path of the `/ask/` page showing a query (Semantic MediaWiki links further results and file exports to
 * Special:Ask the same way): the query in `q`.
 * @example askPageUrl(query, { format: 'csv' }) // '/ask/?q=%5B%5BCategory%3ACity%5D%5D%7Cformat%3Dcsv'
 */
export function askPageUrl(query: ParsedQuery, overrides: Readonly<Record<string, string>> = {}): string {
	return `/ask/?q=${encodeURIComponent(queryText(query, overrides))}`;
}
