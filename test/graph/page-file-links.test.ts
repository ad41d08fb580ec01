import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/index.ts';
import { link, page } from './page.ts';

describe('Markdown links to page files', () => {
	test('link edges go to the page the path names, or the one page with that file name; other paths make no node', () => {
		const { graph } = buildGraph([
			page('heuristics/A.md', {
				links: [
					{ ...link('../principles/P.md', 2), page: 'Principle:P' },
					link('/wikis/sweep_runner.py.md', 3),
					link('/wikis/nowhere.md', 4),
					// `[[Notes.md]]` written in wikitext: a title, not a path (the parser gives `page` to Markdown links)
					link('Notes.md', 5),
				],
			}),
			page('principles/P.wiki'),
			page('implementations/sweep_runner.py.md'),
		]);
		const edges = graph.edges.filter((e) => e.relation === 'link').map((e) => e.to);
		expect(edges).toEqual(['Implementation:Sweep_runner.py', 'Notes.md', 'Principle:P']);
		expect(graph.nodes.map((n) => n.id).filter((id) => /wikis|nowhere/iu.test(id))).toEqual([]);
	});
});
