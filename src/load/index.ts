export { loadContent, assertUniqueTitles, ContentError, type LoadResult } from './discover.ts';
export { decodePage, hashContent, LineIndex } from './source-file.ts';
export {
	parseTitle,
	normalizeName,
	shownTitle,
	toDbKey,
	titleOf,
	isPageType,
	namespaceOf,
	type Title,
} from './title.ts';
export { titleFromPath, pathForTitle, takenPaths, type PathOptions } from './file-title.ts';
export {
	namespaces,
	useNamespaces,
	NamespaceTable,
	namespaceSettingsSchema,
	customNamespaceSchema,
	type NamespaceSpec,
	type NamespaceSettings,
} from './namespaces.ts';
export * from './types.ts';
export { isInside } from './walk.ts';
export { candidateTitles, isRelativeTarget, resolvePagePath } from './page-path.ts';
