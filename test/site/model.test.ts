// The site's view of a pipeline run: fact box rows, related pages, property pages (no browser needed).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PageId } from '../../src/load/types.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { humanRelation, relationGroups } from '../../src/site/view/relations.ts';
import { buildModel, type SiteModel } from '../../src/site/view/model.ts';
import { propertyName, propertyUrl } from '../../src/site/view/facts.ts';
import { nodeParams, taskLabel } from '../../src/site/view/routes.ts';
import { indexUrl } from '../../src/site/view/nav.ts';
import { urlFor } from '../../src/graph/url.ts';
import { UNSLOTH } from '../helpers/paths.ts';
import type { Graph } from '../../src/graph/types.ts';

let model: SiteModel;
let result: PipelineResult;

beforeAll(async () => {
	result = await runPipeline({ contentDir: UNSLOTH, render: true, cacheDir: false });
	model = buildModel(result);
}, 300_000);

const node = (id: string) => model.nodes.find((n) => n.data.id === id)!.data;

describe('site model', () => {
	test('the seed heuristic shows its "Used By" facts as links to the workflows, titled as the pages are', () => {
		const row = node('Heuristic:Learning_Rate_Tuning').facts.find((f) => f.property === 'Uses heuristic')!;
		expect(row.propertyUrl).toBe('/property/Uses_heuristic/');
		expect(row.values).toContainEqual({ text: 'QLoRA Finetuning', href: '/workflow/QLoRA_Finetuning/' });
	});

	test('a relation is visible from both ends: Used by on the heuristic, Uses heuristics on the workflow', () => {
		const used = node('Heuristic:Learning_Rate_Tuning').groups.find((g) => g.label === 'Used by')!;
		expect(used.items.map((i) => i.id)).toContain('Workflow:QLoRA_Finetuning');
		const uses = node('Workflow:QLoRA_Finetuning').groups.find((g) => g.label === 'Uses heuristics')!;
		expect(uses.items.map((i) => i.id)).toContain('Heuristic:Learning_Rate_Tuning');
	});

	test('a workflow lists its steps once each, in order', () => {
		const steps = node('Workflow:QLoRA_Finetuning').groups.find((g) => g.label === 'Steps')!;
		expect(steps.direction).toBe('out');
		expect(new Set(steps.items.map((i) => i.id)).size).toBe(steps.items.length);
		expect(steps.items.length).toBeGreaterThan(1);
	});

	test('every page has its rendered body and every node a unique, routable URL', async () => {
		const pages = model.nodes.filter((n) => n.data.kind === 'page');
		expect(pages.length).toBe(41);
		for (const p of pages) {
			expect(p.body?.digest, p.data.id).toBeDefined();
			expect((await result.bodies.get(p.data.id as PageId))?.html.length, p.data.id).toBeGreaterThan(0);
		}
		const urls = model.nodes.map((n) => n.data.url);
		expect(new Set(urls).size).toBe(urls.length);
		for (const url of urls) expect(nodeParams(url), url).toBeDefined();
	});

	test('a property page lists each value with the pages that state it', () => {
		const domain = model.properties.find((p) => p.name === 'Domain')!;
		const llms = domain.uses.find((u) => u.value.text === 'LLMs')!;
		expect(llms.value.href).toBe('/domain/llms/');
		expect(llms.pages.map((p) => p.id)).toContain('Heuristic:Learning_Rate_Tuning');
		expect(domain.count).toBeGreaterThanOrEqual(domain.uses.length);
	});
});

describe('site helpers', () => {
	test.each([
		['uses_heuristic', 'Uses heuristic', '/property/Uses_heuristic/'],
		['Last_updated', 'Last updated', '/property/Last_updated/'],
		['domain', 'Domain', '/property/Domain/'],
	])('property %s is shown as %s at %s', (raw, name, url) => {
		expect(propertyName(raw)).toBe(name);
		expect(propertyUrl(raw)).toBe(url);
	});

	test.each([
		['/heuristic/Learning_Rate_Tuning/', { ns: 'heuristic', name: 'Learning_Rate_Tuning' }],
		['/property/Domain/', undefined],
		['/lr/', undefined],
	])('route params of %s', (url, params) => {
		expect(nodeParams(url)).toEqual(params);
	});

	test.each(['Heuristic', 'Help', 'API', 'CONCEPT', 'Page', 'Ünïcode'])(
		'the index of namespace %s is the folder its pages are in (`/api/` is the JSON export)',
		(namespace) => {
			expect(indexUrl(namespace)).toBe(urlFor(`${namespace}:X`).replace(/X\/$/u, ''));
		},
	);

	test('tasks and unknown relations read as words', () => {
		expect(taskLabel('grpo')).toBe('GRPO');
		expect(taskLabel('continued-pretraining')).toBe('continued pretraining');
		expect(humanRelation('based_on')).toBe('Based on');
	});

	test('symmetric related edges appear once on both ends; self edges are dropped', () => {
		const graph = {
			nodes: [],
			facts: [],
			edges: [
				{ from: 'A', to: 'B', relation: 'related', facts: [] },
				{ from: 'B', to: 'A', relation: 'related', facts: [] },
				{ from: 'A', to: 'A', relation: 'related', facts: [] },
			],
		} as unknown as Graph;
		const groups = relationGroups(graph);
		expect(groups.get('A')).toEqual([{ relation: 'related', direction: 'out', label: 'Related', ids: ['B'] }]);
		expect(groups.get('B')).toEqual([{ relation: 'related', direction: 'out', label: 'Related', ids: ['A'] }]);
	});
});

describe('wanted hints of missing nodes', () => {
	test('name the file to create like the linking page, and the page a link probably meant', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'wikikb-wanted-'));
		try {
			await mkdir(join(dir, 'heuristics'));
			await mkdir(join(dir, 'implementations'));
			await writeFile(join(dir, 'implementations', 'vllm_Benchmark_moe.md'), '# vllm Benchmark moe\n\nA benchmark.\n');
			await writeFile(
				join(dir, 'heuristics', 'A.md'),
				'# A\n\nSee [[Principle:Nope]], [[Concept:Attention]] and [[Implementation:benchmark_moe]].\n',
			);
			const wanted = buildModel(await runPipeline({ contentDir: dir, cacheDir: false })).nodeById;
			expect(wanted.get('Principle:Nope')!.data.wanted).toEqual({ createAs: 'principles/Nope.md', meant: [] });
			expect(wanted.get('Concept:Attention')!.data.wanted).toEqual({ createAs: 'Concept/Attention.md', meant: [] });
			expect(wanted.get('Implementation:Benchmark_moe')!.data.wanted?.meant.map((r) => r.url)).toEqual([
				'/implementation/Vllm_Benchmark_moe/',
			]);
			expect(wanted.get('Heuristic:A')!.data.wanted).toBeUndefined();
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});

describe('overviews', () => {
	test('read as text, without the Markdown or wikitext markup the page writes (descriptions, search, tables); graph.json keeps it', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'wikikb-overview-'));
		try {
			await mkdir(join(dir, 'implementations'));
			await writeFile(
				join(dir, 'implementations', 'Args.md'),
				"# Implementation: Args\n\n## Overview\nHolds every setting of a `Trainer` run, **all** of [[Principle:Optimization|the optimizer]] and ''more''.\n",
			);
			const result = await runPipeline({ contentDir: dir, cacheDir: false });
			expect(buildModel(result).nodeById.get('Implementation:Args')!.data.overview).toBe(
				'Holds every setting of a Trainer run, all of the optimizer and more.',
			);
			expect(result.graph.nodes.find((n) => n.id === 'Implementation:Args')!.overview).toContain('`Trainer`');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
