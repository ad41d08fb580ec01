/** Words for counts, string orders and name folding, shared by the CLI, the site's pages and its browser scripts; pure and browser-safe. */
export { agree, countOf } from './count.ts';
export { compareCodePoints, compareCodeUnits } from './compare.ts';
export { foldName } from './fold.ts';
