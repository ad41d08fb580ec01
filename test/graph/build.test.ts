import { describe, expect, test } from 'vitest';
import { backlinks, buildGraph, nodeById, outlinks, wantedPages } from '../../src/graph/index.ts';
import type { Graph } from '../../src/graph/index.ts';
import { fact, link, page, sections } from './page.ts';

const edgesOf = (graph: Graph, relation?: string) =>
	graph.edges
		.filter((e) => !relation || e.relation === relation)
		.map((e) => ({
			from: e.from,
			to: e.to,
			relation: e.relation,
			facts: e.facts,
			...(e.order ? { order: e.order } : {}),
		}));
const rules = (list: readonly { rule: string }[]) => list.map((d) => d.rule);

describe('facts', () => {
	test('one fact per occurrence, exactly as written, with file and line', () => {
		const { graph } = buildGraph([
			page('heuristics/H.wiki', { facts: [fact('Domain', 'Fine_Tuning', 3), fact('domain', 'fine tuning', 4)] }),
		]);
		expect(graph.facts).toEqual([
			{
				subject: 'Heuristic:H',
				property: 'Domain',
				value: 'Fine_Tuning',
				file: 'heuristics/H.wiki',
				line: 3,
				col: 1,
				type: '_wpg',
				typed: { page: 'Domain:fine_tuning' },
			},
			{
				subject: 'Heuristic:H',
				property: 'domain',
				value: 'fine tuning',
				file: 'heuristics/H.wiki',
				line: 4,
				col: 1,
				type: '_wpg',
				typed: { page: 'Domain:fine_tuning' },
			},
		]);
	});
	test('the result does not depend on the order of the pages', () => {
		const pages = [
			page('workflows/W.wiki', { facts: [fact('step', 'Principle:B', 2), fact('step', 'Principle:A', 3)] }),
			page('principles/A.wiki'),
			page('principles/B.wiki', { facts: [fact('related', 'Workflow:W')] }),
		];
		expect(buildGraph([...pages].reverse())).toEqual(buildGraph(pages));
	});
});

describe('registry rules', () => {
	test('domain: one node per tag, matched case-insensitively, `_` = space, display keeps the case', () => {
		const { graph } = buildGraph([
			page('heuristics/A.wiki', { facts: [fact('domain', 'Fine_Tuning', 1), fact('domain', 'LLMs', 2)] }),
			page('heuristics/B.wiki', { facts: [fact('domain', 'fine tuning', 1), fact('domain', 'Fine Tuning', 2)] }),
		]);
		expect(graph.nodes.filter((n) => n.kind === 'domain').map((n) => [n.id, n.title])).toEqual([
			['Domain:fine_tuning', 'Fine Tuning'],
			['Domain:llms', 'LLMs'],
		]);
		expect(nodeById(graph, 'Heuristic:A')?.domains).toEqual(['Fine Tuning', 'LLMs']);
		expect(nodeById(graph, 'Heuristic:B')?.domains).toEqual(['fine tuning']);
		expect(nodeById(graph, 'Domain:fine_tuning')?.url).toBe('/domain/fine_tuning/');
		expect(edgesOf(graph, 'domain')).toEqual([
			{ from: 'Heuristic:A', to: 'Domain:fine_tuning', relation: 'domain', facts: [0] },
			{ from: 'Heuristic:A', to: 'Domain:llms', relation: 'domain', facts: [1] },
			{ from: 'Heuristic:B', to: 'Domain:fine_tuning', relation: 'domain', facts: [2, 3] },
		]);
	});

	test('source: identity is the URL, else type + title; malformed values are reported', () => {
		const { graph, diagnostics } = buildGraph([
			page('heuristics/A.wiki', {
				facts: [
					fact('source', 'Paper|LoRA Paper|https://arxiv.org/abs/2106.09685', 1),
					fact('source', 'Doc|Notes', 2),
					fact('source', 'Just a title', 3),
				],
			}),
			page('heuristics/B.wiki', {
				facts: [
					fact('source', 'Paper|LoRA (arXiv)|https://arxiv.org/abs/2106.09685', 1),
					fact('source', 'Doc|LoRA Paper|https://other.example/', 2),
				],
			}),
		]);
		expect(nodeById(graph, 'Heuristic:A')?.sources).toEqual([
			{ type: 'Paper', title: 'LoRA Paper', url: 'https://arxiv.org/abs/2106.09685' },
			{ type: 'Doc', title: 'Notes' },
		]);
		const sources = graph.nodes.filter((n) => n.kind === 'source');
		expect(sources).toHaveLength(3);
		const arxiv = sources.find((n) => n.sources[0]?.url === 'https://arxiv.org/abs/2106.09685')!;
		expect(graph.edges.filter((e) => e.to === arxiv.id).map((e) => e.from)).toEqual(['Heuristic:A', 'Heuristic:B']);
		// two identities share the title "LoRA Paper": their ids tell them apart by type
		expect(sources.map((n) => n.id)).toEqual(['Source:LoRA_Paper_-_Doc', 'Source:LoRA_Paper_-_Paper', 'Source:Notes']);
		expect(sources.map((n) => n.title)).toEqual(['LoRA Paper', 'LoRA Paper', 'Notes']);
		expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['malformed-source', 3]]);
	});

	test('source ids: readable, and one title of one type with two URLs is told apart by a hash', () => {
		const { graph } = buildGraph([
			page('heuristics/A.wiki', {
				facts: [
					fact('source', 'Repo|PEFT: main|https://github.com/a/peft', 1),
					fact('source', 'Repo|PEFT: main|https://github.com/b/peft', 2),
				],
			}),
		]);
		const ids = graph.nodes.filter((n) => n.kind === 'source').map((n) => n.id);
		expect(ids).toHaveLength(2);
		expect(ids.every((id) => /^Source:PEFT_main_-_[0-9a-f]{8}$/u.test(id))).toBe(true);
		expect(
			graph.nodes
				.filter((n) => n.kind === 'source')
				.map((n) => n.url)
				.every((u) => !u.includes('~')),
		).toBe(true);
	});

	test('last_updated: ISO 8601 on the node; malformed dates reported', () => {
		const { graph, diagnostics } = buildGraph([
			page('heuristics/A.wiki', { facts: [fact('last_updated', '2025-12-12 00:00 GMT')] }),
			page('heuristics/B.wiki', {
				facts: [fact('last_updated', 'yesterday', 7), fact('Last_Updated', '2024-01-02', 8)],
			}),
		]);
		expect(nodeById(graph, 'Heuristic:A')?.lastUpdated).toBe('2025-12-12T00:00:00Z');
		expect(nodeById(graph, 'Heuristic:B')?.lastUpdated).toBe('2024-01-02');
		expect(diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([
			['malformed-date', 'content/heuristics/B.wiki', 7],
		]);
	});

	test('github_url: a page attribute', () => {
		const { graph, diagnostics } = buildGraph([
			page('workflows/W.wiki', { facts: [fact('github_url', 'https://github.com/unslothai/unsloth')] }),
		]);
		expect(nodeById(graph, 'Workflow:W')?.attributes).toEqual({ github_url: ['https://github.com/unslothai/unsloth'] });
		expect(graph.edges).toEqual([]);
		expect(diagnostics).toEqual([]);
	});

	test('step: repeated steps are one edge, ordered by first occurrence, keeping every fact', () => {
		const { graph, diagnostics } = buildGraph([
			page('workflows/W.wiki', {
				facts: [
					fact('step', 'Principle:Load', 10),
					fact('step', 'Principle:Train', 20),
					fact('step', 'Principle:Save', 30),
					fact('step', 'Principle:Train', 40),
					fact('step', 'Principle:load', 41),
				],
			}),
			page('principles/Load.wiki'),
			page('principles/Train.wiki'),
			page('principles/Save.wiki'),
		]);
		expect(edgesOf(graph, 'step')).toEqual([
			{ from: 'Workflow:W', to: 'Principle:Load', relation: 'step', facts: [0, 4], order: 1 },
			{ from: 'Workflow:W', to: 'Principle:Train', relation: 'step', facts: [1, 3], order: 2 },
			{ from: 'Workflow:W', to: 'Principle:Save', relation: 'step', facts: [2], order: 3 },
		]);
		expect(outlinks(graph, 'Workflow:W')[0]).toMatchObject({
			label: 'Steps',
			nodes: [{ id: 'Principle:Load' }, { id: 'Principle:Train' }, { id: 'Principle:Save' }],
		});
		expect(diagnostics).toEqual([]);
	});

	test('step: a value that is not a Principle is wrong-value-type; a step on a non-Workflow is wrong-page-type', () => {
		const { graph, diagnostics } = buildGraph([
			page('workflows/W.wiki', { facts: [fact('step', 'Heuristic:H', 5)] }),
			page('heuristics/H.wiki', { facts: [fact('step', 'Principle:P', 6)] }),
			page('principles/P.wiki'),
		]);
		expect(diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual(
			[
				['wrong-page-type', 'content/heuristics/H.wiki', 6],
				['wrong-value-type', 'content/workflows/W.wiki', 5],
			].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
		);
		expect(edgesOf(graph, 'step').map((e) => [e.from, e.to])).toEqual([
			['Heuristic:H', 'Principle:P'],
			['Workflow:W', 'Heuristic:H'],
		]);
	});

	test('implemented_by / implements: one `implements` edge from the Implementation, with both facts', () => {
		const { graph, diagnostics } = buildGraph([
			page('principles/P.wiki', { facts: [fact('implemented_by', 'Implementation:I')] }),
			page('implementations/I.wiki', { facts: [fact('implements', 'Principle:P')] }),
		]);
		expect(edgesOf(graph)).toEqual([
			{ from: 'Implementation:I', to: 'Principle:P', relation: 'implements', facts: [0, 1] },
		]);
		expect(backlinks(graph, 'Principle:P')).toMatchObject([
			{ relation: 'implements', direction: 'in', label: 'Implemented by', nodes: [{ id: 'Implementation:I' }] },
		]);
		expect(diagnostics).toEqual([]);
	});

	test('requires_env / required_by: Implementation -requires_env-> Environment', () => {
		const { graph, diagnostics } = buildGraph([
			page('environments/E.wiki', { facts: [fact('required_by', 'Implementation:I')] }),
			page('implementations/I.wiki', { facts: [fact('requires_env', 'Environment:E')] }),
		]);
		expect(edgesOf(graph)).toEqual([
			{ from: 'Implementation:I', to: 'Environment:E', relation: 'requires_env', facts: [0, 1] },
		]);
		expect(backlinks(graph, 'Environment:E')[0]?.label).toBe('Required by');
		expect(diagnostics).toEqual([]);
	});

	test('requires_env written on an Environment page means required_by, reported as requires-env-misuse', () => {
		const { graph, diagnostics } = buildGraph([
			page('environments/E.wiki', { facts: [fact('requires_env', 'Implementation:I', 9)] }),
			page('implementations/I.wiki'),
		]);
		expect(edgesOf(graph)).toEqual([
			{ from: 'Implementation:I', to: 'Environment:E', relation: 'requires_env', facts: [0] },
		]);
		expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['requires-env-misuse', 'warning', 9]]);
		expect(diagnostics[0]!.message).toContain('[[required_by::Implementation:I]]');
	});

	test('old "Used By" convention: uses_heuristic on a Heuristic page naming a workflow means the workflow uses it', () => {
		const { graph, diagnostics } = buildGraph([
			page('heuristics/H.wiki', {
				facts: [
					fact('uses_heuristic', 'Workflow:W', 3, ['Related Pages', 'Used By']),
					fact('used_by', 'Implementation:I', 4),
				],
			}),
			page('workflows/W.wiki', { facts: [fact('uses_heuristic', 'Heuristic:H', 2)] }),
			page('implementations/I.wiki'),
		]);
		expect(edgesOf(graph)).toEqual([
			{ from: 'Implementation:I', to: 'Heuristic:H', relation: 'uses_heuristic', facts: [1] },
			{ from: 'Workflow:W', to: 'Heuristic:H', relation: 'uses_heuristic', facts: [0, 2] },
		]);
		expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['convention-mismatch', 'info', 3]]);
		expect(backlinks(graph, 'Heuristic:H')).toMatchObject([
			{ label: 'Used by', nodes: [{ id: 'Implementation:I' }, { id: 'Workflow:W' }] },
		]);
	});

	test('uses_heuristic naming a non-heuristic from a non-heuristic page is wrong-value-type, kept as written', () => {
		const { graph, diagnostics } = buildGraph([
			page('workflows/W.wiki', { facts: [fact('uses_heuristic', 'Principle:P')] }),
			page('principles/P.wiki'),
		]);
		expect(edgesOf(graph)).toEqual([{ from: 'Workflow:W', to: 'Principle:P', relation: 'uses_heuristic', facts: [0] }]);
		expect(rules(diagnostics)).toEqual(['wrong-value-type']);
	});

	test('related and related_to are one symmetric edge, seen from both ends', () => {
		const { graph } = buildGraph([
			page('implementations/B.wiki', { facts: [fact('related', 'Implementation:A')] }),
			page('implementations/A.wiki', { facts: [fact('related_to', 'Implementation:B')] }),
		]);
		expect(edgesOf(graph)).toEqual([
			{ from: 'Implementation:A', to: 'Implementation:B', relation: 'related', facts: [0, 1] },
		]);
		expect(backlinks(graph, 'Implementation:A')).toMatchObject([
			{ label: 'Related', nodes: [{ id: 'Implementation:B' }] },
		]);
		expect(backlinks(graph, 'Implementation:B')).toMatchObject([
			{ label: 'Related', nodes: [{ id: 'Implementation:A' }] },
		]);
	});

	test('unknown properties: an edge named after them when the value is a title, else an attribute; with a suggestion', () => {
		const { graph, diagnostics } = buildGraph([
			page('implementations/I.wiki', {
				facts: [
					fact('inherits_from', 'Configuration:PeftConfig', 2),
					fact('Lines_of_code', '1,309', 3),
					fact('lastupdated', '2025-01-01', 4),
				],
			}),
		]);
		expect(edgesOf(graph)).toEqual([
			{ from: 'Implementation:I', to: 'Configuration:PeftConfig', relation: 'inherits_from', facts: [0] },
		]);
		expect(nodeById(graph, 'Implementation:I')?.attributes).toEqual({
			lastupdated: ['2025-01-01'],
			lines_of_code: ['1,309'],
		});
		expect(nodeById(graph, 'Configuration:PeftConfig')).toMatchObject({
			kind: 'missing',
			missing: true,
			namespace: 'Configuration',
			name: 'PeftConfig',
		});
		expect(diagnostics.filter((d) => d.rule === 'unknown-property').map((d) => d.line)).toEqual([2, 3, 4]);
		expect(diagnostics.find((d) => d.line === 4)!.message).toContain('Did you mean `last_updated`?');
		expect(backlinks(graph, 'Configuration:PeftConfig')[0]?.label).toBe('Inherits from (incoming)');
	});
});

test('a typo of an unknown property the content uses elsewhere gets a suggestion', () => {
	const { diagnostics } = buildGraph([
		page('heuristics/A.wiki', { facts: [fact('learning_rate', '2e-4', 1), fact('learning_rate', '1e-4', 2)] }),
		page('heuristics/B.wiki', { facts: [fact('lerning_rate', '2e-4', 3)] }),
	]);
	expect(diagnostics.find((d) => d.line === 3)!.message).toBe(
		'Property `lerning_rate` is not in the registry; it is kept as written. Did you mean `learning_rate`?',
	);
	expect(diagnostics.find((d) => d.line === 1)!.message).not.toContain('Did you mean');
});

describe('nodes', () => {
	test('page node fields', () => {
		const { graph } = buildGraph([
			page('heuristics/Learning_Rate_Tuning.wiki', {
				title: 'Learning Rate Tuning (LoRA)',
				categories: ['Optimization'],
				prose: [
					{
						line: 17,
						kind: 'paragraph',
						text: 'Optimal learning rate selection for LoRA/QLoRA fine-tuning, typically 10-100x higher than full fine-tuning rates. More.',
						section: ['Overview'],
					},
				],
			}),
		]);
		expect(nodeById(graph, 'Heuristic:Learning_Rate_Tuning')).toEqual({
			id: 'Heuristic:Learning_Rate_Tuning',
			kind: 'page',
			type: 'Heuristic',
			namespace: 'Heuristic',
			name: 'Learning Rate Tuning',
			title: 'Learning Rate Tuning (LoRA)',
			missing: false,
			file: 'heuristics/Learning_Rate_Tuning.wiki',
			url: '/heuristic/Learning_Rate_Tuning/',
			domains: [],
			sources: [],
			overview:
				'Optimal learning rate selection for LoRA/QLoRA fine-tuning, typically 10-100x higher than full fine-tuning rates.',
			categories: ['Optimization'],
			attributes: {},
		});
		expect(nodeById(graph, 'Category:Optimization')).toMatchObject({
			kind: 'category',
			missing: false,
			url: '/category/Optimization/',
		});
		expect(edgesOf(graph)).toEqual([
			{ from: 'Heuristic:Learning_Rate_Tuning', to: 'Category:Optimization', relation: 'category', facts: [] },
		]);
	});

	test('links: pages, red links in page namespaces (warning) and other namespaces (info), categories', () => {
		const { graph, diagnostics } = buildGraph([
			page('heuristics/A.wiki', {
				links: [
					link('Heuristic:B', 2),
					link('heuristic:b#Values', 3),
					link('Implementation:Nope', 4),
					link('Concept:Attention', 5),
					link('Transfer Learning', 6),
					link(':Category:PEFT', 7),
					link('#Overview', 8),
					link('Heuristic:A', 9),
				],
			}),
			page('heuristics/B.wiki'),
		]);
		expect(graph.nodes.map((n) => [n.id, n.kind])).toEqual([
			['Category:PEFT', 'category'],
			['Concept:Attention', 'missing'],
			['Heuristic:A', 'page'],
			['Heuristic:B', 'page'],
			['Implementation:Nope', 'missing'],
			['Transfer_Learning', 'missing'],
		]);
		expect(nodeById(graph, 'Transfer_Learning')?.url).toBe('/page/Transfer_Learning/');
		expect(graph.edges.every((e) => e.relation === 'link' && e.facts.length === 0)).toBe(true);
		expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([
			['missing-page', 'warning', 4],
			['missing-page', 'info', 5],
			['missing-page', 'info', 6],
		]);
		expect(diagnostics[0]!.message).toContain('Create `implementations/Nope.wiki` or fix the link.');
		expect(backlinks(graph, 'Heuristic:B')).toMatchObject([{ label: 'Linked from', nodes: [{ id: 'Heuristic:A' }] }]);
		expect(wantedPages(graph).map((w) => [w.node.id, w.linkedFrom])).toEqual([
			['Concept:Attention', ['Heuristic:A']],
			['Implementation:Nope', ['Heuristic:A']],
			['Transfer_Learning', ['Heuristic:A']],
		]);
	});

	test('a page to create is suggested in the format of the page that links to it', () => {
		const { diagnostics } = buildGraph([page('heuristics/A.md', { links: [link('Principle:Missing_One', 2)] })]);
		expect(diagnostics.map((d) => d.message)).toEqual([
			'The link points to `Principle:Missing_One`, which has no page. Create `principles/Missing_One.md` or fix the link.',
		]);
	});

	test('a missing page whose name ends a page name of its namespace is suggested (generated prefixes)', () => {
		const { diagnostics } = buildGraph([
			page('implementations/vllm_Benchmark_moe.md'),
			page('implementations/Other_benchmark_moe_v2.md'),
			page('principles/Benchmark_moe.md'),
			page('heuristics/A.md', {
				links: [link('Implementation:benchmark_moe', 2), link('Implementation:Unrelated', 3)],
			}),
		]);
		expect(diagnostics.map((d) => d.message.split('or fix the link.')[1])).toEqual([
			' Did you mean `Implementation:Vllm_Benchmark_moe`?',
			'',
		]);
	});

	test('wanted pages list the page that wrote the link also when the edge starts at the missing node (used_by, required_by, old Used By)', () => {
		const { graph } = buildGraph([
			page('heuristics/Cheatsheet.wiki', {
				facts: [fact('used_by', 'Implementation:Missing Trainer'), fact('uses_heuristic', 'Workflow:Reward Modeling')],
			}),
			page('environments/Lab.wiki', { facts: [fact('required_by', 'Implementation:Trainer')] }),
			page('heuristics/Other.wiki', {
				facts: [fact('used_by', 'Workflow:Reward Modeling')],
				links: [link('Workflow:Reward Modeling')],
			}),
		]);
		expect(graph.edges.find((e) => e.to === 'Environment:Lab')?.from).toBe('Implementation:Trainer');
		expect(wantedPages(graph).map((w) => [w.node.id, w.linkedFrom])).toEqual([
			['Workflow:Reward_Modeling', ['Heuristic:Cheatsheet', 'Heuristic:Other']],
			['Implementation:Missing_Trainer', ['Heuristic:Cheatsheet']],
			['Implementation:Trainer', ['Environment:Lab']],
		]);
	});

	test('missing-section: required sections per page type, matched loosely; not when parsing failed', () => {
		const { diagnostics } = buildGraph([
			page('workflows/W.wiki', { sections: sections('overview', 'Related pages') }),
			page('heuristics/H.wiki', {
				sections: sections('Overview', 'The Insight (Rule of Thumb)', 'Reasoning', 'Related Pages'),
			}),
			page('principles/P.wiki', {
				sections: [],
				diagnostics: [
					{ file: 'content/principles/P.wiki', line: 1, col: 1, severity: 'error', rule: 'parse-failed', message: 'x' },
				],
			}),
		]);
		expect(diagnostics.map((d) => [d.rule, d.file, d.message])).toEqual([
			[
				'missing-section',
				'content/workflows/W.wiki',
				'This Workflow page has no `== Execution Steps ==` section, which every Workflow page has. Add the section.',
			],
		]);
	});

	test("missing-section names the heading in the page's own syntax: `## Reasoning` on a Markdown page", () => {
		const md = {
			...page('heuristics/H.md', { sections: sections('Overview', 'The Insight (Rule of Thumb)', 'Related Pages') }),
			format: 'markdown' as const,
		};
		expect(buildGraph([md]).diagnostics.map((d) => d.message)).toEqual([
			'This Heuristic page has no `## Reasoning` section, which every Heuristic page has. Add the section.',
		]);
	});
});

describe('titles shown', () => {
	test('a {{DISPLAYTITLE:}} that only spells the page title shows spaces; graph.json keeps it as written', () => {
		const { graph } = buildGraph([
			{ ...page('Help/Foo_bar.wiki'), model: { displayTitle: 'help:foo_bar' } },
			{ ...page('Main_page.wiki'), model: { displayTitle: 'The_main_page' } },
		]);
		expect(nodeById(graph, 'Help:Foo_bar')).toMatchObject({ title: 'help:foo bar', displayTitle: 'help:foo_bar' });
		expect(nodeById(graph, 'Main_page')?.title).toBe('The_main_page');
	});
});
