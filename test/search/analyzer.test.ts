import { describe, expect, test } from 'vitest';
import { queryTerms, tokenize, wordTerms } from '../../src/search/index.ts';

describe('search analyzer', () => {
	test.each([
		['Set lora_alpha=16, e.g. 2e-4.', ['Set', 'lora_alpha', '16', 'e.g', '2e-4']],
		["don't fine-tune (QLoRA)", ["don't", 'fine-tune', 'QLoRA']],
		['vLLM v0.6.3 on ROCm', ['vLLM', 'v0.6.3', 'on', 'ROCm']],
	])('tokenize(%j)', (text, words) => {
		expect(tokenize(text)).toEqual(words);
	});

	test.each([
		['Training', ['train']],
		['the', []],
		['fine-tuning', ['fine-tuning', 'fine', 'tune', 'finetun']],
		['lora_alpha', ['lora_alpha', 'lora', 'alpha']],
		['LLMChain', ['llmchain', 'llm', 'chain']],
		['OutputFixingParser', ['outputfixingpars', 'output', 'fix', 'parser']],
		// mixed-case names are one word, not camelCase
		['QLoRA', ['qlora']],
		['LoRA', ['lora']],
		['vLLM', ['vllm']],
		['24GB', ['24gb']],
	])('wordTerms(%j)', (word, terms) => {
		expect(wordTerms(word)).toEqual(terms);
	});

	test('a question keeps its content words, stemmed', () => {
		expect(queryTerms('how do I pick the LoRA rank and alpha').map((t) => t.term)).toEqual([
			'pick',
			'lora',
			'rank',
			'alpha',
		]);
	});

	test('synonyms are added after the typed words and marked as such', () => {
		const terms = queryTerms('good LR for qlora');
		expect(terms.filter((t) => !t.synonym).map((t) => t.term)).toEqual(['good', 'lr', 'qlora']);
		expect(terms.filter((t) => t.synonym).map((t) => t.term)).toEqual(['learn', 'rate']);
		expect(
			queryTerms('cuda out of memory')
				.filter((t) => t.synonym)
				.map((t) => t.term),
		).toEqual(['oom']);
		expect(
			queryTerms('how much vram')
				.filter((t) => t.synonym)
				.map((t) => t.term),
		).toEqual(['gpu', 'memori']);
	});
});
