import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { graphPayload, graphSchema } from '../../src/export/graph-json.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { stableStringify } from '../../src/export/stable-json.ts';
import { fact, link, page } from './page.ts';

const validate = new Ajv2020({ strict: false }).compile(graphSchema);
const FILES = [
	'heuristics/A.wiki',
	'workflows/W.md',
	'principles/P.txt',
	'implementations/I.wiki',
	'environments/E.mediawiki',
];
const PROPS = [
	'domain',
	'source',
	'last_updated',
	'step',
	'implements',
	'implemented_by',
	'requires_env',
	'required_by',
	'uses_heuristic',
	'used_by',
	'related',
	'related_to',
	'github_url',
	'Weird Prop',
	'',
	'__',
	'constructor',
	'__proto__',
];
const text = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.constantFrom(
		'Principle:P',
		'heuristic:a',
		'Concept:X',
		'Category:C',
		'Domain:d',
		'#frag',
		':',
		'a|b|c',
		'a||',
		'https://x.org/a?b#c',
		'2025-02-30',
		'2025-12-12 00:00 GMT',
		'[[x]]',
		'\u202e',
		'..',
		'/',
	),
);

test('any facts and links give a graph that validates, is deterministic and has no dangling references; nothing throws', () => {
	fc.assert(
		fc.property(
			fc.array(
				fc.record({
					file: fc.constantFrom(...FILES),
					property: fc.constantFrom(...PROPS),
					value: text,
					line: fc.nat(50),
					link: text,
				}),
				{ maxLength: 25 },
			),
			(items) => {
				const pages = FILES.map((file) =>
					page(file, {
						facts: items.filter((i) => i.file === file).map((i) => fact(i.property, i.value, i.line + 1)),
						links: items.filter((i) => i.file === file).map((i) => link(i.link, i.line + 1)),
						categories: items
							.filter((i) => i.file === file && i.value.trim())
							.map((i) => i.value.replace(/[[\]{}|<>#]/gu, '').trim() || 'X'),
					}),
				);
				const { graph } = buildGraph(pages);
				const payload = JSON.parse(stableStringify(graphPayload(graph)));
				expect(validate(payload)).toBe(true);
				expect(stableStringify(graphPayload(buildGraph([...pages].reverse()).graph))).toBe(
					stableStringify(graphPayload(graph)),
				);
				const ids = new Set(graph.nodes.map((n) => n.id));
				expect(ids.size).toBe(graph.nodes.length);
				expect(new Set(graph.nodes.map((n) => n.url)).size).toBe(graph.nodes.length);
				for (const e of graph.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
				expect(graph.facts.length).toBe(items.length);
			},
		),
		{ numRuns: 200 },
	);
});
