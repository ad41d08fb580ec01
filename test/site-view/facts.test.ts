import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/index.ts';
import type { Fact } from '../../src/parse/types.ts';
import { factRows } from '../../src/site/view/facts.ts';
import { fact, page } from '../graph/page.ts';

const inSubobject = (f: Fact, subobject: string): Fact => ({ ...f, subobject });

describe('fact box rows', () => {
	test('facts of a subobject stay together after the page facts, repeats folded', () => {
		const facts = [
			inSubobject(fact('learning_rate', '2e-4', 3), 'small'),
			fact('domain', 'LLMs', 1),
			inSubobject(fact('task', 'sft', 3), 'small'),
			inSubobject(fact('learning_rate', '1e-5', 4), '_L4C1'),
			fact('domain', 'LLMs', 5),
		];
		const { graph } = buildGraph([page('heuristics/H.wiki', { facts })]);
		const rows = factRows(graph, new Map(graph.nodes.map((n) => [n.id, n]))).get('Heuristic:H')!;
		expect(rows.map((r) => [r.subobject ?? '', r.property, r.values.map((v) => v.text)])).toEqual([
			['', 'Domain', ['LLMs']],
			['small', 'Learning rate', ['2e-4']],
			['small', 'Task', ['sft']],
			['_L4C1', 'Learning rate', ['1e-5']],
		]);
		expect(rows[0]!.values[0]!.href).toBe('/domain/llms/');
	});
});
