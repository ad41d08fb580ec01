import { describe, expect, test } from 'vitest';
import { buildGraph, nodeById } from '../../src/graph/index.ts';
import { pageMetadata } from '../../src/graph/metadata.ts';
import type { ParsedPage, Table } from '../../src/parse/types.ts';
import { fact, page } from './page.ts';

const table = (rows: string[][]): Table => ({
	line: 3,
	syntax: 'markdown',
	header: ['Metadata', 'Value'],
	rows: rows.map((cells, i) => ({ line: 5 + i, cells })),
	section: [],
	depth: 0,
});
const withParts = (p: ParsedPage, parts: Partial<ParsedPage>): ParsedPage => ({ ...p, ...parts });

describe('metadata written without properties', () => {
	test('a Markdown metadata table: domains, code sources and the date', () => {
		const p = withParts(page('implementations/CheckRepo.md'), {
			tables: [
				table([
					['Type', 'Implementation'],
					['Source File', '`utils/check_repo.py`'],
					['Domains', 'Quality Assurance, Repository Management'],
					['Last Updated', '2025-12-18'],
					['Source', 'a free text note'],
				]),
			],
		});
		expect(pageMetadata(p)).toEqual({
			domains: ['Quality Assurance', 'Repository Management'],
			sources: [{ type: 'Code', title: 'check_repo.py', url: 'utils/check_repo.py' }],
			lastUpdated: '2025-12-18',
		});
	});

	test('an infobox template: domains and the repository link', () => {
		const p = withParts(page('implementations/LoKrConfig.md'), {
			templates: [
				{
					line: 1,
					col: 1,
					name: 'Implementation',
					params: [
						{ name: 'domain', value: 'NLP,Computer Vision,PEFT' },
						{ name: 'link', value: 'https://github.com/huggingface/peft' },
					],
				},
			],
		});
		expect(pageMetadata(p)).toEqual({
			domains: ['NLP', 'Computer Vision', 'PEFT'],
			sources: [{ type: 'Repo', title: 'huggingface/peft', url: 'https://github.com/huggingface/peft' }],
		});
	});

	test('Domains and Knowledge Sources sections: list items, external links in page order, categories when the list is empty', () => {
		const sections = [
			{ level: 2, title: 'Knowledge Sources', anchor: 'Knowledge_Sources', line: 3, children: [] },
			{ level: 2, title: 'Domains', anchor: 'Domains', line: 7, children: [] },
			{ level: 2, title: 'Overview', anchor: 'Overview', line: 12, children: [] },
		];
		const p = withParts(page('implementations/X.md'), {
			sections,
			links: [
				{ kind: 'external', target: 'https://github.com/huggingface/peft', text: 'HuggingFace PEFT', line: 4, col: 3 },
				{ kind: 'external', target: 'https://arxiv.org/abs/2306.07280', text: 'OFT paper', line: 6, col: 3 },
				{ kind: 'external', target: 'https://example.org/later', text: 'Not a source', line: 14, col: 1 },
			],
			prose: [
				{ line: 5, kind: 'bullet', text: 'Source File: src/peft/tuners/lora/aqlm.py', section: ['Knowledge Sources'] },
				{ line: 8, kind: 'bullet', text: 'Natural Language Processing (NLP)', section: ['Domains'] },
				{ line: 9, kind: 'bullet', text: 'Transfer Learning', section: ['Domains'] },
			],
			categories: ['Ignored'],
		});
		expect(pageMetadata(p)).toEqual({
			domains: ['Natural Language Processing (NLP)', 'Transfer Learning'],
			sources: [
				{ type: 'Repo', title: 'HuggingFace PEFT', url: 'https://github.com/huggingface/peft' },
				{ type: 'Code', title: 'aqlm.py', url: 'src/peft/tuners/lora/aqlm.py' },
				{ type: 'Paper', title: 'OFT paper', url: 'https://arxiv.org/abs/2306.07280' },
			],
		});
		expect(pageMetadata(withParts(p, { prose: [], categories: ['NLP', 'Prompt Tuning'] })).domains).toEqual([
			'NLP',
			'Prompt Tuning',
		]);
	});

	test('front matter', () => {
		expect(
			pageMetadata(
				withParts(page('heuristics/H.md'), {
					frontMatter: { domains: ['LLMs', 'Optimization'], last_updated: '2025-01-02' },
				}),
			),
		).toEqual({ domains: ['LLMs', 'Optimization'], sources: [], lastUpdated: '2025-01-02' });
	});

	test('the graph uses it only for what no property states, with domain and source edges that have no facts', () => {
		const p = withParts(page('implementations/T.md', { facts: [fact('domain', 'LLMs')] }), {
			tables: [
				table([
					['Domains', 'Testing, CI/CD'],
					['Last Updated', '2025-12-18'],
					['Sources', '`src/t.py`'],
				]),
			],
		});
		const { graph } = buildGraph([p]);
		expect(nodeById(graph, 'Implementation:T')).toMatchObject({
			domains: ['LLMs'],
			lastUpdated: '2025-12-18',
			sources: [{ type: 'Code', title: 't.py', url: 'src/t.py' }],
		});
		expect(graph.edges.map((e) => [e.relation, e.to, e.facts])).toEqual([
			['domain', 'Domain:llms', [0]],
			['source', 'Source:T.py', []],
		]);
	});
});
