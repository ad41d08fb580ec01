export { loadContent, assertUniqueTitles, ContentError, type LoadResult } from './discover.ts';
export { decodePage, hashContent, LineIndex } from './source-file.ts';
export { parseTitle, normalizeName, toDbKey, titleFromFile, isPageType, type Title } from './title.ts';
export * from './types.ts';
export { isInside } from './walk.ts';
