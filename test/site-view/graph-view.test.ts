// The graph views' pure parts: neighbourhoods, starting positions that make the layout the same on every load,
// and labels that never cover each other.
import { describe, expect, test } from 'vitest';
import { defaultEdgeChoice, graphGroups, nodeGroup } from '../../src/site/view/graph-groups.ts';
import {
	compactGraph,
	indexGraph,
	labelsThatFit,
	neighbourhood,
	seedPositions,
	type LabelCandidate,
} from '../../src/site/view/graph-view.ts';
import type { Graph } from '../../src/graph/types.ts';
import type { GraphData } from '../../src/site/view/view-types.ts';

const node = (id: string, title = id) => ({
	id,
	title,
	url: `/x/${id}/`,
	kind: 'page' as const,
	namespace: 'Heuristic',
	missing: false,
});
const data: GraphData = {
	nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => node(id)),
	edges: [
		{ from: 'a', to: 'b', relation: 'step' },
		{ from: 'b', to: 'c', relation: 'uses_heuristic' },
		{ from: 'c', to: 'd', relation: 'related' },
		{ from: 'a', to: 'e', relation: 'link' },
	],
};

describe('neighbourhood', () => {
	test('holds the nodes within the depth, either direction, with their distance; plain links are not relations', () => {
		const index = indexGraph(data, { links: false, categories: false });
		expect(neighbourhood(index, 'b', 1).nodes.map((n) => [n.id, n.distance])).toEqual([
			['b', 0],
			['a', 1],
			['c', 1],
		]);
		expect(neighbourhood(index, 'a', 2).nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
		expect(neighbourhood(index, 'a', 2).edges).toHaveLength(2);
	});

	test('with links chosen, a plain link makes a neighbour too', () => {
		expect(neighbourhood(indexGraph(data, { links: true, categories: false }), 'a', 1).nodes.map((n) => n.id)).toEqual([
			'a',
			'b',
			'e',
		]);
	});
});

describe('compactGraph: a redirect is another name of its target, not a node', () => {
	const graph = {
		nodes: [
			{
				id: 'Mount_Everest',
				title: 'Mount Everest',
				url: '/page/Mount_Everest/',
				kind: 'page',
				namespace: '',
				missing: false,
			},
			{
				id: 'Everest',
				title: 'Everest',
				url: '/page/Everest/',
				kind: 'redirect',
				namespace: '',
				missing: false,
				redirectTo: 'Mount_Everest',
			},
			{
				id: 'Chomolungma',
				title: 'Chomolungma',
				url: '/page/Chomolungma/',
				kind: 'redirect',
				namespace: '',
				missing: false,
				redirectTo: 'Mount_Everest',
			},
			{ id: 'Nepal', title: 'Nepal', url: '/page/Nepal/', kind: 'page', namespace: '', missing: false },
		],
		edges: [
			{ from: 'Everest', to: 'Mount_Everest', relation: 'redirect', facts: [] },
			{ from: 'Mount_Everest', to: 'Nepal', relation: 'has_country', facts: [0] },
			{ from: 'Nepal', to: 'Nepal', relation: 'link', facts: [] },
		],
	} as unknown as Pick<Graph, 'nodes' | 'edges'>;

	test('drops redirect nodes and their edges, and lists them as aliases of their target', () => {
		const compact = compactGraph(graph);
		expect(compact.nodes.map((n) => n.id)).toEqual(['Mount_Everest', 'Nepal']);
		expect(compact.nodes[0]!.aliases).toEqual([
			{ id: 'Everest', title: 'Everest' },
			{ id: 'Chomolungma', title: 'Chomolungma' },
		]);
		expect(compact.nodes[1]!.aliases).toBeUndefined();
		expect(compact.edges).toEqual([{ from: 'Mount_Everest', to: 'Nepal', relation: 'has_country' }]);
	});
});

describe('graph groups', () => {
	const page = (id: string, namespace: string) => ({
		id,
		title: id,
		url: `/${id}/`,
		kind: 'page' as const,
		namespace,
		missing: false,
	});
	const wiki: GraphData = {
		nodes: [
			page('A', ''),
			page('B', ''),
			page('Help:C', 'Help'),
			page('Template:D', 'Template'),
			page('Category:E', 'Category'),
			{ ...page('F', ''), kind: 'category' as const, namespace: 'Category' },
			{ ...page('G', ''), kind: 'missing' as const, missing: true },
			page('Heuristic:H', 'Heuristic'),
		],
		edges: [
			{ from: 'A', to: 'B', relation: 'link' },
			{ from: 'A', to: 'Category:E', relation: 'category' },
			{ from: 'B', to: 'Help:C', relation: 'has_country' },
			{ from: 'A', to: 'Everest', relation: 'redirect' },
		],
	};

	test('a category with a page and one without are one group; a missing page is missing whatever its namespace', () => {
		expect(wiki.nodes.map((n) => nodeGroup(n))).toEqual([
			'',
			'',
			'Help',
			'Template',
			'Category',
			'Category',
			'missing',
			'Heuristic',
		]);
	});

	test('a wiki whose facts relate fewer pages than it has draws its links and categories too; a kapso knowledge base does not', () => {
		expect(defaultEdgeChoice(wiki)).toEqual({ links: true, categories: true });
		expect(defaultEdgeChoice(data)).toEqual({ links: false, categories: false });
	});

	test('the legend: page types first, the main namespace, other namespaces, then categories, templates and missing pages; templates and missing pages hidden at first', () => {
		const groups = graphGroups(wiki, { links: true, categories: true }, ['Heuristic', 'Workflow']);
		expect(groups.map((g) => [g.id, g.count, g.shown])).toEqual([
			['Heuristic', 1, true],
			['', 2, true],
			['Help', 1, true],
			['Category', 2, true],
			['Template', 1, false],
			['missing', 1, false],
		]);
		expect(graphGroups(wiki, { links: false, categories: false }, []).find((g) => g.id === 'Category')!.shown).toBe(
			false,
		);
		expect(new Set(groups.map((g) => g.color)).size).toBe(groups.length);
	});
});

describe('seedPositions', () => {
	test('gives the same positions whatever the order of the nodes, the most connected at the centre', () => {
		const degree = new Map([
			['b', 3],
			['a', 1],
		]);
		const one = seedPositions(['a', 'b', 'c'], degree);
		expect(seedPositions(['c', 'b', 'a'], degree)).toEqual(one);
		const distance = (id: string) => Math.hypot(one.get(id)!.x, one.get(id)!.y);
		expect(distance('b')).toBeLessThan(distance('a'));
		expect(new Set([...one.values()].map((p) => `${p.x},${p.y}`)).size).toBe(3);
	});
});

describe('labelsThatFit', () => {
	const boxOf = (c: LabelCandidate, size: number) => {
		const half = (Math.min(c.label.length, 28) * size * 0.6) / 2 + 4;
		const top = c.y + (c.radius ?? 0) + 2;
		return { x1: c.x - half, x2: c.x + half, y1: top, y2: top + 4 + size * 1.3 };
	};

	test('of labels that would cover each other, only the one of higher priority shows', () => {
		const crowd: LabelCandidate[] = [
			{ id: 'hub', label: 'Learning Rate Tuning', x: 100, y: 100, priority: 5 },
			{ id: 'leaf', label: 'Warmup And Schedule', x: 110, y: 104, priority: 1 },
			{ id: 'far', label: 'Far Away', x: 300, y: 300, priority: 0 },
		];
		expect([...labelsThatFit(crowd, 12, 800, 600)].sort()).toEqual(['far', 'hub']);
	});

	test('zoomed in (the nodes further apart on screen), both show', () => {
		const spread: LabelCandidate[] = [
			{ id: 'hub', label: 'Learning Rate Tuning', x: 100, y: 100, priority: 5 },
			{ id: 'leaf', label: 'Warmup And Schedule', x: 110, y: 180, priority: 1 },
		];
		expect(labelsThatFit(spread, 12, 800, 600).size).toBe(2);
	});

	test('shown labels never overlap, on a crowded cloud, and a label never covers another node', () => {
		const cloud: LabelCandidate[] = Array.from({ length: 120 }, (_, i) => ({
			id: `n${i}`,
			label: `Page number ${i}`,
			x: (i * 197) % 1000,
			y: (i * 131) % 800,
			priority: i % 7,
			radius: 6,
		}));
		const fit = labelsThatFit(cloud, 12, 1000, 800);
		const shown = cloud.filter((c) => fit.has(c.id));
		expect(shown.length).toBeLessThan(cloud.length);
		expect(shown.length).toBeGreaterThan(10);
		for (const a of shown) {
			const box = boxOf(a, 12);
			expect(box.x1 >= 0 && box.x2 <= 1000 && box.y2 <= 800).toBe(true);
			for (const b of shown) {
				if (a === b) continue;
				const other = boxOf(b, 12);
				expect(
					box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2,
					`${a.id} and ${b.id}`,
				).toBe(false);
			}
			for (const n of cloud)
				if (n !== a)
					expect(
						box.x1 < n.x + 6 && n.x - 6 < box.x2 && box.y1 < n.y + 6 && n.y - 6 < box.y2,
						`${a.id} covers ${n.id}`,
					).toBe(false);
		}
	});
});
