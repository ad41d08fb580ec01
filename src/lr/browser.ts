/**
 * The part of `lr` that a browser may load (the `/lr/` page's recommender and table filter): rule matching, the
 * recommender, the query reader and the labels, with no Node import and none of the extraction from pages. The
 * site's client scripts import this door; everything else imports `index.ts`, which re-exports it.
 */
// In the order the `/lr/` page's script uses them: the bundler lays the modules out in import order.
export type * from './types.ts';
export { formatModelParams, formatParams, methodLabel } from './labels.ts';
export { formatLr, formatRange } from './numbers.ts';
export { parseLrQuery, type LrQueryInput } from './query.ts';
export { recommendLr } from './recommend.ts';
export { answerRows, splitConditions } from './split.ts';
export { ruleFits } from './match.ts';
