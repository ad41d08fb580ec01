/**
 * The part of `load` that a browser may load (the site's client scripts, through the view helpers they share with
 * the pages): page types and titles, with none of the file reading. Everything else imports `index.ts`.
 */
export * from './types.ts';
export {
	isPageType,
	namespaceOf,
	normalizeName,
	parseTitle,
	shownTitle,
	titleOf,
	toDbKey,
	type Title,
} from './title.ts';
