import { describe, expect, test } from 'vitest';
import { SearchIndex, type SearchDocument } from '../../src/search/index.ts';

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
	const [type, name] = id.split(':') as [string, string];
	return {
		id,
		title: name.replace(/_/gu, ' '),
		type,
		url: `/${type.toLowerCase()}/${name}/`,
		domains: [],
		name: name.replace(/_/gu, ' '),
		summary: '',
		headings: '',
		facts: '',
		text: '',
		...fields,
	};
}

const DOCS = [
	doc('Heuristic:Learning_Rate_Tuning', {
		summary: 'Optimal learning rate selection for LoRA fine-tuning.',
		domains: ['Optimization'],
		text: 'Use 2e-4 for QLoRA. Lower rates are more stable.',
	}),
	doc('Heuristic:Gradient_Checkpointing', {
		summary: 'Trade compute for memory.',
		domains: ['Memory'],
		text: 'When training hits CUDA OOM on a 24GB GPU, enable gradient checkpointing.',
	}),
	doc('Workflow:QLoRA_Finetuning', {
		summary: 'Fine-tune a 4-bit model with LoRA adapters.',
		domains: ['Fine Tuning'],
		text: 'Steps: load the model, add adapters, train with a learning rate of 2e-4.',
	}),
	doc('Environment:Colab', {
		summary: 'A free T4 GPU notebook.',
		domains: ['Infrastructure'],
		text: 'Install unsloth, restart the runtime.',
	}),
];
const index = SearchIndex.build(DOCS);
const ids = (query: string, options = {}) => index.search(query, options).map((h) => h.id);

describe('search ranking', () => {
	test('a question matches on any of its words, the page matching more of them first', () => {
		expect(ids('what learning rate should I use for qlora')[0]).toBe('Heuristic:Learning_Rate_Tuning');
	});

	test('a word no page holds does not empty the results', () => {
		expect(ids('learning rate zyzzyva')).toContain('Heuristic:Learning_Rate_Tuning');
	});

	test('synonyms: OOM and out of memory, LR and learning rate', () => {
		expect(ids('out of memory on my card')[0]).toBe('Heuristic:Gradient_Checkpointing');
		expect(ids('LR')).toEqual(expect.arrayContaining(['Heuristic:Learning_Rate_Tuning', 'Workflow:QLoRA_Finetuning']));
	});

	test('a typo matches the word it misspells', () => {
		expect(ids('gradient chekpointing')[0]).toBe('Heuristic:Gradient_Checkpointing');
	});

	test('stop words alone find nothing', () => {
		expect(ids('how do I')).toEqual([]);
	});

	test('filters by type and domain (without case, `_` = space), with or without words', () => {
		expect(ids('2e-4', { filters: { type: ['Workflow'] } })).toEqual(['Workflow:QLoRA_Finetuning']);
		expect(ids('', { filters: { domain: ['fine_tuning'] } })).toEqual(['Workflow:QLoRA_Finetuning']);
		expect(ids('', { filters: { allow: (id: string) => id.startsWith('Environment:') } })).toEqual([
			'Environment:Colab',
		]);
	});

	test('a word naming a page type prefers pages of that type', () => {
		expect(ids('gpu environment')[0]).toBe('Environment:Colab');
	});

	test('hits carry what a result list shows', () => {
		const [hit] = index.search('colab');
		expect(hit).toMatchObject({
			id: 'Environment:Colab',
			title: 'Colab',
			type: 'Environment',
			url: '/environment/Colab/',
			domains: ['Infrastructure'],
		});
		expect(hit!.score).toBeGreaterThan(0);
	});

	test('a serialized index answers as the built one, and is the same for the same pages in any order', () => {
		const json = JSON.stringify(index.toJSON());
		const loaded = SearchIndex.load(JSON.parse(json));
		for (const q of ['learning rate qlora', 'chekpointing', 'LR', 'free gpu'])
			expect(loaded.search(q)).toEqual(index.search(q));
		expect(JSON.stringify(SearchIndex.build([...DOCS].reverse()).toJSON())).toBe(json);
	});
});

describe('facets and excerpts', () => {
	test('facets count pages per type and per domain', () => {
		const { type, domain } = index.facets();
		expect(type.get('Heuristic')).toBe(2);
		expect(domain.get('Fine Tuning')).toBe(1);
	});

	test('an excerpt is the passage with the most matched words, marked, cut with …', async () => {
		const { excerpt, markdownText } = await import('../../src/search/index.ts');
		const text = markdownText(
			`# Title\n\n${'Filler words here. '.repeat(20)}When **training** runs out of memory, [enable](/x.md) gradient checkpointing. ${'More filler. '.repeat(20)}`,
		);
		const parts = excerpt(text, ['train', 'gradient', 'checkpoint'], 12);
		expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['training', 'gradient', 'checkpointing']);
		expect(parts[0]!.text).toBe('… ');
		expect(parts.at(-1)!.text).toBe(' …');
		expect(parts.map((p) => p.text).join('')).toContain(
			'When training runs out of memory, enable gradient checkpointing',
		);
	});
});
