import { expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/index.ts';
import { extractLrRules } from '../../src/lr/index.ts';
import { page, prose, sourceFact, table } from './builder.ts';

const metadataTable = table(3, ['Attribute', 'Value'], [['**Source File**', '`scripts/sweep_runner.py`']]);
const advice = prose(12, 'Use a learning rate of 2e-4 for the sweep.', 'paragraph');

test('a rule carries the sources the graph gives its page, also those of a metadata table', () => {
	const pages = [page({ name: 'Sweep Runner', folder: 'implementations', tables: [metadataTable], prose: [advice] })];
	const graph = buildGraph(pages).graph;
	const { rules } = extractLrRules(pages, graph);
	expect(rules).toHaveLength(1);
	expect(rules[0]!.sources).toEqual([{ type: 'Code', title: 'sweep_runner.py', url: 'scripts/sweep_runner.py' }]);
	expect(rules[0]!.sources).toEqual(graph.nodes.find((n) => n.id === pages[0]!.id)!.sources);
});

test('without the page in the graph, sources are read as the graph reads them: facts first, malformed ones dropped', () => {
	const pages = [
		page({
			tables: [metadataTable],
			prose: [advice],
			facts: [sourceFact('Paper|LoRA|https://arxiv.org/abs/2106.09685'), sourceFact('just a title')],
		}),
	];
	const { rules } = extractLrRules(pages, { nodes: [], facts: [], edges: [], properties: [], subobjects: [] });
	expect(rules[0]!.sources).toEqual([{ type: 'Paper', title: 'LoRA', url: 'https://arxiv.org/abs/2106.09685' }]);
	expect(rules[0]!.sources).toEqual(buildGraph(pages).graph.nodes.find((n) => n.id === pages[0]!.id)!.sources);
});
