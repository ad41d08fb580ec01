// The home page's opening sentence names only what the knowledge base has.
import { describe, expect, test } from 'vitest';
import { homeLead } from '../../src/site/view/home-view.ts';

describe('homeLead', () => {
	test.each([
		[{ pages: 34, typed: 0, domains: 0, sources: 0, rules: 0 }, '34 pages.'],
		[
			{ pages: 1, typed: 1, domains: 1, sources: 0, rules: 2 },
			'1 page about training and fine-tuning models, linked into a graph of 1 domain, with 2 learning-rate rules.',
		],
		[
			{ pages: 675, typed: 675, domains: 40, sources: 312, rules: 1 },
			'675 pages about training and fine-tuning models, linked into a graph of 40 domains and 312 cited sources, with 1 learning-rate rule.',
		],
		[{ pages: 3, typed: 0, domains: 0, sources: 2, rules: 0 }, '3 pages, linked into a graph of 2 cited sources.'],
	])('%j -> %j', (counts, expected) => expect(homeLead(counts)).toBe(expected));
});
