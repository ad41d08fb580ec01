import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderPage } from '../../src/render/index.ts';
import type { RenderedPage } from '../../src/render/types.ts';
import { SEED_PAGE } from '../helpers/paths.ts';
import { all, classes, htmlTree, pipelineResult, textOf } from './helpers.ts';

/** The pages of the unsloth sample that the seed page links to and that exist there. */
const SAMPLE = new Set([
	'Workflow:QLoRA_Finetuning',
	'Workflow:GRPO_Reinforcement_Learning',
	'Workflow:DPO_Alignment',
	'Implementation:TRL_SFTConfig',
	'Domain:optimization',
	'Domain:llms',
]);

describe('the reference page', () => {
	let page: RenderedPage;
	let tree: ReturnType<typeof htmlTree>;
	beforeAll(async () => {
		const text = readFileSync(SEED_PAGE, 'utf8');
		page = await renderPage(pipelineResult(text, 'heuristics/Learning_Rate_Tuning.wiki'), {
			pageExists: (id) => SAMPLE.has(id),
		});
		tree = htmlTree(page.html);
	});

	test('renders its LR table with a header row and 5 rows', () => {
		const table = all(tree, 'table').find((t) => textOf(t).includes('Recommended LR'))!;
		const rows = all(table, 'tr');
		expect(all(rows[0]!, 'th').map((th) => textOf(th))).toEqual(['Task Type', 'Recommended LR', 'Notes']);
		const body = rows.slice(1).map((row) => all(row, 'td').map((td) => textOf(td)));
		expect(body).toHaveLength(5);
		expect(body[0]).toEqual(['Instruction Fine-tuning (SFT)', '2e-4 to 5e-4', 'Standard for most tasks']);
		expect(body[3]).toEqual(['Small Models (<3B)', '3e-4 to 1e-3', 'Can use higher LR']);
	});

	test('its sources are external links with rel="noopener nofollow"', () => {
		const sources = all(tree, 'span').filter((s) => classes(s).includes('wikikb-source'));
		expect(sources.map((s) => textOf(s))).toEqual([
			'LoRA Paper (Paper)',
			'Unsloth Documentation (Doc)',
			'HuggingFace Training Tips (Blog)',
		]);
		const links = sources.map((s) => all(s, 'a')[0]!);
		expect(links.map((a) => a.properties.href)).toEqual([
			'https://arxiv.org/abs/2106.09685',
			'https://docs.unsloth.ai/',
			'https://huggingface.co/docs/transformers/training',
		]);
		for (const a of links) {
			expect(a.properties.rel).toEqual(['noopener', 'nofollow']);
			expect(classes(a)).toContain('external');
		}
	});

	test('its uses_heuristic links point at the right pages, red when missing', () => {
		const usedBy = all(tree, 'ul').at(-1)!;
		const links = all(usedBy, 'a').map((a: Element) => [a.properties.href, classes(a).includes('new')]);
		expect(links).toEqual([
			['/workflow/QLoRA_Finetuning/', false],
			['/workflow/GRPO_Reinforcement_Learning/', false],
			['/workflow/DPO_Alignment/', false],
			['/implementation/TRL_SFTConfig/', false],
			['/implementation/HF_TrainingArguments/', true],
		]);
	});

	test('its domains link to Domain pages and its date is a <time>', () => {
		const domains = all(tree, 'a').filter((a) => String(a.properties.href).startsWith('/domain/'));
		expect(domains.map((a) => [textOf(a), a.properties.href])).toEqual([
			['Optimization', '/domain/optimization/'],
			['Fine Tuning', '/domain/fine_tuning/'],
			['LLMs', '/domain/llms/'],
		]);
		expect(all(tree, 'time').map((t) => t.properties.dateTime)).toEqual(['2025-12-12T00:00:00Z']);
	});

	test('its headings carry MediaWiki anchors and make the table of contents', () => {
		expect(page.headings.map((h) => h.slug)).toEqual([
			'Overview',
			'Description',
			'Usage',
			'The_Insight_(Rule_of_Thumb)',
			'Reasoning',
			'Related_Pages',
			'Used_By',
		]);
		expect(all(tree, 'h2').map((h) => h.properties.id)).toEqual([
			'Overview',
			'The_Insight_(Rule_of_Thumb)',
			'Reasoning',
			'Related_Pages',
		]);
	});

	test('its Python example is highlighted', () => {
		const pre = all(tree, 'pre').find((p) => classes(p).includes('shiki'))!;
		expect(textOf(pre)).toContain('learning_rate = 2e-4');
		expect(page.diagnostics).toEqual([]);
	});
});
