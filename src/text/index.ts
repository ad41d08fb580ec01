/** Small helpers every stage shares (counts in words, string orders, name folding, grouping): pure and browser-safe. */
export { agree, countOf } from './count.ts';
export { compareCodePoints, compareCodeUnits } from './compare.ts';
export { foldName } from './fold.ts';
export { groupBy } from './group-by.ts';
