// What a node's page shows beyond its view: its kind's badge, the members it lists, the connections left over.
import { describe, expect, test } from 'vitest';
import { kindLabel, nodePageView, propertyTypeNote } from '../../src/site/view/node-page.ts';
import type { NodeData, NodeRef, NodeSummary } from '../../src/site/view/view-types.ts';

const ref = (id: string): NodeRef => ({ id, title: id, url: `/x/${id}/`, kind: 'page', namespace: '', missing: false });
const summary = (id: string, title = id): NodeSummary =>
	({
		id,
		kind: 'page',
		namespace: 'Heuristic',
		name: id,
		title,
		url: `/heuristic/${id}/`,
		missing: false,
		domains: [],
		members: 0,
	}) as NodeSummary;
const node = (over: Partial<NodeData>): NodeData => ({
	id: 'X',
	kind: 'page',
	namespace: 'Heuristic',
	name: 'X',
	title: 'X',
	url: '/heuristic/X/',
	missing: false,
	domains: [],
	sources: [],
	categories: [],
	facts: [],
	groups: [],
	diagnostics: { error: 0, warning: 0, info: 0 },
	hasDiagrams: false,
	...over,
});

describe('kindLabel', () => {
	test.each([
		[{ kind: 'page', namespace: 'Heuristic' }, 'Heuristic'],
		[{ kind: 'page', namespace: '' }, 'Page'],
		[{ kind: 'missing', namespace: 'Tool' }, 'Tool (missing)'],
		[{ kind: 'redirect', namespace: 'Heuristic' }, 'Redirect'],
		[{ kind: 'domain', namespace: 'Domain' }, 'Domain'],
	] as const)('%j -> %j', (given, expected) => expect(kindLabel(given)).toBe(expected));
});

describe('nodePageView', () => {
	const summaries = new Map(['b', 'a', 'c'].map((id) => [id, summary(id, id.toUpperCase())]));

	test('a domain lists its pages by title and leaves them out of the connections, which keep the rest', () => {
		const members = {
			relation: 'domain',
			direction: 'in' as const,
			label: 'Pages',
			items: [ref('b'), ref('a'), ref('gone')],
		};
		const related = { relation: 'related', direction: 'out' as const, label: 'Related', items: [ref('c')] };
		const view = nodePageView(
			node({ kind: 'domain', namespace: 'Domain', groups: [members, related] }),
			summaries,
			new Map(),
		);
		expect(view.tagMembers.map((m) => m.id)).toEqual(['a', 'b']);
		expect(view.listsMembers).toBe(true);
		expect(view.otherGroups).toEqual([related]);
		expect(view.membersHeading).toBe('Pages');
		expect(view.connectionsHeading).toBe('Connections');
		expect(view.alternates).toEqual([]);
	});

	test("a source takes its address from a page that cites it, and lists its pages as 'Cited by'", () => {
		const cites = { relation: 'source', direction: 'in' as const, label: 'Cited by', items: [ref('a')] };
		const citation = { type: 'Paper', title: 'P', href: 'https://example.org/p', url: '/source/P/' };
		const views = new Map([['a', { data: node({ id: 'a', sources: [{ ...citation, url: '/other/' }, citation] }) }]]);
		const view = nodePageView(
			node({ kind: 'source', namespace: 'Source', url: '/source/P/', groups: [cites] }),
			summaries,
			views,
		);
		expect(view.sourceView).toEqual(citation);
		expect(view.membersHeading).toBe('Cited by');
	});

	test('a category lists its pages in the order given; a page keeps all its connections and gets its JSON and Markdown', () => {
		const category = nodePageView(
			node({ kind: 'category', namespace: 'Category', members: { subcategories: [], pages: [ref('c'), ref('a')] } }),
			summaries,
			new Map(),
		);
		expect(category.categoryPages.map((m) => m.id)).toEqual(['c', 'a']);
		const groups = [{ relation: 'domain', direction: 'in' as const, label: 'Pages', items: [ref('a')] }];
		const page = nodePageView(node({ groups }), summaries, new Map());
		expect(page.listsMembers).toBe(false);
		expect(page.otherGroups).toEqual(groups);
		expect(page.tagMembers).toEqual([]);
		expect(page.sourceView).toBeUndefined();
		expect(page.alternates).toEqual([
			{ type: 'application/json', href: '/api/page/heuristic/X.json' },
			{ type: 'text/markdown', href: '/heuristic/X.md' },
		]);
	});

	test("a missing page's connections are the pages that link to it", () => {
		expect(nodePageView(node({ kind: 'missing' }), summaries, new Map()).connectionsHeading).toBe(
			'Pages that link here',
		);
	});
});

test('propertyTypeNote says where the type comes from', () => {
	expect(['page', 'predefined', 'registry', 'default'].map((source) => propertyTypeNote(source as 'page'))).toEqual([
		'declared on its page',
		'predefined by Semantic MediaWiki',
		"from wikikb's property registry",
		"Semantic MediaWiki's default type: no page declares this property",
	]);
});
