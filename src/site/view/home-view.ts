/**
 * The home page's words, as pure functions: its opening sentence names only what the knowledge base has, so a wiki
 * without domains, sources or LR rules (a Semantic MediaWiki) never reads "0 domains and 0 cited sources".
 */
import { countOf } from '../../text/index.ts';

/** What the home page sums up. */
export interface HomeCounts {
	/** Pages with content (not redirects, not missing). */
	readonly pages: number;
	/** Pages of the five kapso page types among them. */
	readonly typed: number;
	readonly domains: number;
	readonly sources: number;
	readonly rules: number;
}

/**
 * The opening sentence: the pages (about training and fine-tuning models when they are of the kapso page types),
 * the domains and sources they link into a graph, and the learning-rate rules they state, each only when there are some.
 * @example homeLead({ pages: 34, typed: 0, domains: 0, sources: 0, rules: 0 }) // '34 pages.'
 * @example homeLead({ pages: 1, typed: 1, domains: 1, sources: 0, rules: 2 }) // '1 page about training and fine-tuning models, linked into a graph of 1 domain, with 2 learning-rate rules.'
 */
export function homeLead(c: HomeCounts): string {
	const tags = [
		c.domains > 0 ? countOf(c.domains, 'domain') : '',
		c.sources > 0 ? countOf(c.sources, 'cited source') : '',
	].filter(Boolean);
	return [
		countOf(c.pages, 'page'),
		c.typed > 0 ? ' about training and fine-tuning models' : '',
		tags.length > 0 ? `, linked into a graph of ${tags.join(' and ')}` : '',
		c.rules > 0 ? `, with ${countOf(c.rules, 'learning-rate rule')}` : '',
		'.',
	].join('');
}
