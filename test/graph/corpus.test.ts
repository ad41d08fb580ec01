import { beforeAll, describe, expect, test } from 'vitest';
import { backlinks, type Graph } from '../../src/graph/index.ts';
import { isPageType } from '../../src/load/title.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { KAPSO, UNSLOTH } from '../helpers/paths.ts';
import { countBy, graphOf } from './corpus.ts';

describe('unsloth-sample', () => {
	let graph: Graph;
	let diagnostics: Diagnostic[];
	beforeAll(async () => ({ graph, diagnostics } = await graphOf(UNSLOTH)), 120_000);

	test('the parser gives facts (guard: nothing below passes vacuously)', () => {
		expect(graph.facts.length).toBeGreaterThan(400);
		expect(graph.nodes.filter((n) => n.kind === 'page')).toHaveLength(41);
	});

	test('Heuristic:Learning_Rate_Tuning is used by the three workflows and two implementations its "Used By" section names', () => {
		const usedBy = backlinks(graph, 'Heuristic:Learning_Rate_Tuning').find((g) => g.label === 'Used by')!;
		// the edges that carry a fact written in the heuristic's own "Used By" section
		const fromSection = usedBy.nodes.filter(({ edge }) =>
			edge.facts.some((i) => graph.facts[i]!.subject === 'Heuristic:Learning_Rate_Tuning'),
		);
		expect(fromSection.map((n) => n.id)).toEqual([
			'Implementation:HF_TrainingArguments',
			'Implementation:TRL_SFTConfig',
			'Workflow:DPO_Alignment',
			'Workflow:GRPO_Reinforcement_Learning',
			'Workflow:QLoRA_Finetuning',
		]);
		for (const { edge } of fromSection) {
			expect(edge).toMatchObject({ relation: 'uses_heuristic', to: 'Heuristic:Learning_Rate_Tuning' });
			const written = edge.facts
				.map((i) => graph.facts[i]!)
				.filter((f) => f.subject === 'Heuristic:Learning_Rate_Tuning');
			expect(written).toHaveLength(1);
			expect(written[0]).toMatchObject({ property: 'uses_heuristic', file: 'heuristics/Learning_Rate_Tuning.md' });
			expect(written[0]!.line).toBeGreaterThanOrEqual(63);
		}
		// other pages that say themselves that they use it are merged in, not lost
		expect(usedBy.nodes.length).toBeGreaterThan(fromSection.length);
		expect(usedBy.nodes.every(({ edge }) => edge.facts.length > 0)).toBe(true);
	});

	test('every link resolves: no missing node, no missing-page diagnostic', () => {
		expect(graph.nodes.filter((n) => n.missing).map((n) => n.id)).toEqual([]);
		expect(diagnostics.filter((d) => d.rule === 'missing-page')).toEqual([]);
		expect(
			graph.edges.filter((e) => ['step', 'implements', 'requires_env', 'uses_heuristic'].includes(e.relation)).length,
		).toBeGreaterThan(90);
	});

	test('the reference page node as a reader sees it', () => {
		expect(graph.nodes.find((n) => n.id === 'Heuristic:Learning_Rate_Tuning')).toMatchObject({
			domains: ['Optimization', 'Fine Tuning', 'LLMs'],
			sources: [
				{ type: 'Paper', title: 'LoRA Paper', url: 'https://arxiv.org/abs/2106.09685' },
				{ type: 'Doc', title: 'Unsloth Documentation', url: 'https://docs.unsloth.ai/' },
				{ type: 'Blog', title: 'HuggingFace Training Tips', url: 'https://huggingface.co/docs/transformers/training' },
			],
			lastUpdated: '2025-12-12T00:00:00Z',
			overview:
				'Optimal learning rate selection for LoRA/QLoRA fine-tuning, typically 10-100x higher than full fine-tuning rates.',
		});
	});

	test('every page has an overview, domains, sources and a date', () => {
		const pages = graph.nodes.filter((n) => n.kind === 'page');
		expect(
			pages
				.filter((n) => !n.overview || n.domains.length === 0 || n.sources.length === 0 || !n.lastUpdated)
				.map((n) => n.id),
		).toEqual([]);
	});

	test('the graph in numbers', () => {
		expect(countBy(graph.nodes, (n) => n.type ?? n.kind)).toEqual(UNSLOTH_NODES);
		expect(countBy(graph.edges, (e) => e.relation)).toEqual(UNSLOTH_EDGES);
	});
});

describe('kapso-wikis', () => {
	let graph: Graph;
	let diagnostics: Diagnostic[];
	beforeAll(async () => ({ graph, diagnostics } = await graphOf(KAPSO)), 120_000);

	test('the parser gives facts (guard: nothing below passes vacuously)', () => {
		expect(graph.facts.length).toBeGreaterThan(4000);
	});

	test('no property value naming one of the five page types is missing (that generator checked them)', () => {
		const missing = new Set(graph.nodes.filter((n) => n.missing).map((n) => n.id));
		const bad = graph.edges
			.filter((e) => e.facts.length > 0 && (missing.has(e.from) || missing.has(e.to)))
			.flatMap((e) => e.facts.map((i) => graph.facts[i]!))
			.filter((f) => isPageType(f.value.split(':')[0]!.trim()));
		expect(bad).toEqual([]);
		expect(
			graph.edges.filter(
				(e) => e.facts.length > 0 && ['step', 'implements', 'requires_env', 'uses_heuristic'].includes(e.relation),
			).length,
		).toBeGreaterThan(700);
	});

	test('the only page-type red links are plain links between vllm benchmark pages, each reported as a warning', () => {
		const missingTyped = graph.nodes.filter((n) => n.missing && isPageType(n.namespace)).map((n) => n.id);
		const sources = graph.edges.filter((e) => missingTyped.includes(e.to));
		expect(sources.every((e) => e.relation === 'link' && e.from.startsWith('Implementation:Vllm-project_vllm_'))).toBe(
			true,
		);
		expect(missingTyped).toHaveLength(KAPSO_MISSING_TYPED);
		expect(diagnostics.filter((d) => d.rule === 'missing-page' && d.severity === 'warning')).toHaveLength(
			sources.length,
		);
	});

	test('every page has an overview and domains', () => {
		const pages = graph.nodes.filter((n) => n.kind === 'page');
		expect(pages.filter((n) => !n.overview).map((n) => n.id)).toEqual([]);
		expect(pages.filter((n) => n.domains.length === 0).map((n) => n.id)).toEqual([]);
		expect(pages.filter((n) => n.sources.length === 0).map((n) => n.id)).toEqual([]);
	});

	test('the graph in numbers', () => {
		expect(countBy(graph.nodes, (n) => n.type ?? n.kind)).toEqual(KAPSO_NODES);
		expect(countBy(graph.edges, (e) => e.relation)).toEqual(KAPSO_EDGES);
		expect(countBy(diagnostics, (d) => `${d.severity} ${d.rule}`)).toEqual(KAPSO_DIAGNOSTICS);
	});
});

// Measured on the corpus (pages by type, other nodes by kind; edges by relation). The typed relations
// (step, implements, requires_env, uses_heuristic, related) were recomputed independently from a regex scan of
// the annotations with the registry's rules and agree; they change only when the corpus or the registry does.
const UNSLOTH_NODES = {
	Environment: 3,
	Heuristic: 10,
	Implementation: 11,
	Principle: 12,
	Workflow: 5,
	domain: 26,
	source: 49,
};
const UNSLOTH_EDGES = { domain: 123, implements: 12, requires_env: 20, source: 120, step: 12, uses_heuristic: 56 };
/** Plain `[[Implementation:benchmark_moe]]`-style links in vllm pages whose targets carry another name. */
const KAPSO_MISSING_TYPED = 25;
const KAPSO_NODES = {
	Environment: 19,
	Heuristic: 29,
	Implementation: 419,
	Principle: 143,
	Workflow: 24,
	category: 46,
	domain: 463,
	missing: 353,
	source: 237,
};
const KAPSO_EDGES = {
	alternative_to: 1,
	based_on: 1,
	called_by: 2,
	category: 202,
	configured_by: 1,
	configures: 3,
	depends_on: 1,
	domain: 2006,
	fixes: 1,
	follows: 1,
	implements: 164,
	inherits_from: 3,
	// 506 since the parser reads Markdown links to `/wikis/<page>.md` as page links (six between transformers CI pages).
	link: 506,
	optimizes: 2,
	patches: 1,
	precedes: 3,
	related: 93,
	requires: 7,
	requires_env: 319,
	source: 1121,
	step: 151,
	synced_with: 1,
	uses: 25,
	uses_concept: 1,
	uses_heuristic: 120,
	wraps: 2,
};
const KAPSO_DIAGNOSTICS = {
	'info convention-mismatch': 99,
	'info missing-page': 643,
	'warning missing-page': 31,
	'warning requires-env-misuse': 125,
	'warning unknown-property': 56,
	'warning wrong-page-type': 14,
	'warning wrong-value-type': 21,
};
