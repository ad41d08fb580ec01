import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { graphFileSchema, graphPayload, graphSchema } from '../../src/export/graph-json.ts';
import { stableStringify } from '../../src/export/stable-json.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { PAGE_NAMESPACES } from '../../src/load/types.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { KAPSO, UNSLOTH } from '../helpers/paths.ts';
import { graphOf } from '../graph/corpus.ts';
import { fact, page } from '../graph/page.ts';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(graphSchema);

describe('graph.json', () => {
	test('the schema is a draft 2020-12 JSON Schema with documented fields', () => {
		expect(graphSchema).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: 'https://wikikb.dev/api/schema/graph.schema.json',
		});
		expect(JSON.stringify(graphSchema)).toContain('Indexes into `facts`');
	});

	test("a page node's `type` enum is the five page types of `PAGE_NAMESPACES`, in their order", () => {
		const node = (graphSchema as { properties: { nodes: { items: { properties: { type: { enum: string[] } } } } } })
			.properties.nodes.items.properties.type;
		expect(node.enum).toEqual(['Workflow', 'Principle', 'Implementation', 'Environment', 'Heuristic']);
		expect(node.enum).toEqual(Object.values(PAGE_NAMESPACES));
	});

	test.each([
		['unsloth-sample', UNSLOTH],
		['kapso-wikis', KAPSO],
	])(
		'real output of %s validates against the schema and is consistent',
		async (_, dir) => {
			const { graph } = await graphOf(dir);
			const payload = JSON.parse(stableStringify(graphPayload(graph))) as ReturnType<typeof graphPayload>;
			expect(payload.facts.length).toBeGreaterThan(0); // guard: the parser gives facts
			const ok = validate(payload);
			expect(validate.errors ?? []).toEqual([]);
			expect(ok).toBe(true);
			expect(graphFileSchema.safeParse(payload).success).toBe(true);
			const ids = payload.nodes.map((n) => n.id);
			expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
			expect(new Set(ids).size).toBe(ids.length);
			expect(new Set(payload.nodes.map((n) => n.url)).size).toBe(ids.length); // urls are collision-free
			const known = new Set(ids);
			for (const e of payload.edges) {
				expect(known.has(e.from) && known.has(e.to)).toBe(true);
				for (const i of e.facts) expect(payload.facts[i]).toBeDefined();
			}
			for (const f of payload.facts) expect(known.has(f.subject)).toBe(true);
		},
		120_000,
	);

	test("facts written in a subobject carry its id: the name, or Semantic MediaWiki's hash for an unnamed one", async () => {
		const dir = await mkdtemp(join(tmpdir(), 'wikikb-subobject-'));
		try {
			await mkdir(join(dir, 'heuristics'));
			const text =
				'== Overview ==\nRates.\n{{#subobject:small|learning_rate=2e-4|task=sft}}\n{{#subobject:|learning_rate=1e-5}}\n{{#set:domain=NLP}}\n';
			await writeFile(join(dir, 'heuristics', 'Sub.mediawiki'), text);
			const { graph } = await runPipeline({ contentDir: dir, cacheDir: false });
			const payload = JSON.parse(stableStringify(graphPayload(graph))) as ReturnType<typeof graphPayload>;
			expect(validate(payload)).toBe(true);
			expect(payload.facts.map((f) => [f.property, f.value, f.subobject])).toEqual([
				['learning_rate', '2e-4', 'small'],
				['task', 'sft', 'small'],
				['learning_rate', '1e-5', '_26fc92f3cd35e037fb3a2d031fc5915a'],
				['domain', 'NLP', undefined],
			]);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('an invalid payload is rejected', () => {
		const { graph } = buildGraph([page('heuristics/H.wiki', { facts: [fact('domain', 'LLMs')] })]);
		const payload = graphPayload(graph);
		expect(validate(payload)).toBe(true);
		expect(validate({ ...payload, edges: [{ from: 'a', to: 'b', relation: 'x', facts: [-1] }] })).toBe(false);
		expect(validate({ ...payload, nodes: [{ ...payload.nodes[0], lastUpdated: 'yesterday' }] })).toBe(false);
		expect(validate({ ...payload, extra: 1 })).toBe(false);
	});
});
