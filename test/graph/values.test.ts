import { describe, expect, test } from 'vitest';
import { firstSentence, overviewText, pageOverview } from '../../src/graph/overview.ts';
import {
	domainDisplay,
	domainId,
	domainKey,
	linkedTitle,
	parseDate,
	parseSource,
	sourceIdentity,
	valueTitle,
} from '../../src/graph/values.ts';

describe('parseSource', () => {
	test('three parts', () =>
		expect(parseSource('Paper|LoRA Paper|https://arxiv.org/abs/2106.09685')).toEqual({
			type: 'Paper',
			title: 'LoRA Paper',
			url: 'https://arxiv.org/abs/2106.09685',
		}));
	test('a path as third part', () =>
		expect(parseSource('Code|constants.py|packages/x/constants.py')?.url).toBe('packages/x/constants.py'));
	test('two parts', () =>
		expect(parseSource('Doc|Unsloth Documentation')).toEqual({ type: 'Doc', title: 'Unsloth Documentation' }));
	test.each(['Just a title', 'a|b|c|d', '|Title|x', 'Paper||x', ''])('malformed: %j', (v) =>
		expect(parseSource(v)).toBeUndefined(),
	);
	test('identity is the URL, else type and title', () => {
		expect(sourceIdentity({ type: 'Doc', title: 'A', url: 'https://x.org/' })).toBe(
			sourceIdentity({ type: 'Blog', title: 'B', url: 'https://x.org/' }),
		);
		expect(sourceIdentity({ type: 'Doc', title: 'A' })).toBe(sourceIdentity({ type: 'doc', title: 'a' }));
		expect(sourceIdentity({ type: 'Doc', title: 'A' })).not.toBe(sourceIdentity({ type: 'Paper', title: 'A' }));
	});
});

describe('parseDate', () => {
	test.each([
		['2025-12-12 00:00 GMT', '2025-12-12T00:00:00Z'],
		['2025-12-18 14:30 GMT', '2025-12-18T14:30:00Z'],
		['2025-12-18T14:30:05Z', '2025-12-18T14:30:05Z'],
		['2025-12-18', '2025-12-18'],
		[' 2024-02-29 ', '2024-02-29'],
	])('%j -> %j', (v, iso) => expect(parseDate(v)).toBe(iso));
	test.each([
		'yesterday',
		'2025-13-01',
		'2025-02-30',
		'2023-02-29',
		'2025-12-12 25:00 GMT',
		'12/12/2025',
		'2025-12-12 00:00 PST',
	])('malformed: %j', (v) => expect(parseDate(v)).toBeUndefined());
});

describe('domains', () => {
	test('`_` is a space, case kept for display, matched case-insensitively', () => {
		expect(domainDisplay('Fine_Tuning')).toBe('Fine Tuning');
		expect(domainKey('fine_tuning')).toBe(domainKey('Fine Tuning'));
		// One id per tag whatever the spelling, computable from the tag alone (the renderer links with it).
		for (const spelling of ['Fine Tuning', 'fine_tuning', 'FINE  TUNING', ' Fine_tuning '])
			expect(domainId(spelling)).toBe('Domain:fine_tuning');
		expect(domainId('llMs')).toBe('Domain:llms');
		expect(domainId(' _ ')).toBeUndefined();
	});
});

describe('valueTitle', () => {
	const none = () => false;
	test('namespaced values are titles', () =>
		expect(valueTitle('Concept:Attention', none)?.id).toBe('Concept:Attention'));
	test('plain text, numbers and URLs are not', () => {
		expect(valueTitle('2e-4', none)).toBeUndefined();
		expect(valueTitle('https://github.com/x', none)).toBeUndefined();
		expect(valueTitle('Note: see below', none)).toBeUndefined();
		expect(valueTitle('', none)).toBeUndefined();
	});
	test('a main-namespace value naming an existing page is a title', () =>
		expect(valueTitle('main page', (id) => id === 'Main_page')?.id).toBe('Main_page'));
});

describe('firstSentence', () => {
	test.each([
		[
			'Optimal learning rate selection, typically 10-100x higher. Second.',
			'Optimal learning rate selection, typically 10-100x higher.',
		],
		[
			'Enables optimizations (e.g., torch.compile) for speed. Next one.',
			'Enables optimizations (e.g., torch.compile) for speed.',
		],
		['Version 1.5 is used. Then more.', 'Version 1.5 is used.'],
		['Call `model.eval()`. Then.', 'Call `model.eval()`.'],
		['No full stop at all', 'No full stop at all'],
		['Ends here.', 'Ends here.'],
		['It works (really.) Then.', 'It works (really.)'],
	])('%j', (text, expected) => expect(firstSentence(text)).toBe(expected));
	test('overview prefers the text standing directly under Overview', () => {
		const prose = [
			{ line: 3, kind: 'paragraph' as const, text: 'Intro.', section: [] },
			{ line: 5, kind: 'paragraph' as const, text: 'Direct overview. More.', section: ['Overview'] },
			{ line: 8, kind: 'paragraph' as const, text: 'Description text.', section: ['Overview', 'Description'] },
		];
		expect(pageOverview(prose)).toBe('Direct overview.');
		expect(pageOverview(prose.filter((p) => p.line !== 5))).toBe('Description text.');
		expect(pageOverview([])).toBeUndefined();
	});
});

describe('linkedTitle: does an annotation value name a page (graph edge, rendered link) or is it text?', () => {
	const pages = new Set(['Implementation:Trainer', 'Domain:llms', 'Category:Tuning']);
	const exists = (id: string) => pages.has(id);
	test.each([
		['license', 'Apache-2.0', undefined],
		['license', 'Implementation:Trainer', 'Implementation:Trainer'],
		['based_on', 'Concept:Attention', 'Concept:Attention'],
		['based_on', 'https://example.org/x', undefined],
		['github_url', 'PENDING_REPO_BUILD', undefined],
		['github_url', 'Workflow:X', undefined],
		['last_updated', 'Principle:X', undefined],
		['uses_heuristic', 'Heuristic:Missing', 'Heuristic:Missing'],
		['used_by', 'plain words', undefined],
	])('[[%s::%s]] -> %s', (property, value, id) => {
		expect(linkedTitle(property, value, exists)?.id).toBe(id);
	});

	test('only page files count as existing pages: a tag node named like the value does not make it a title', () => {
		expect(linkedTitle('license', 'Trainer', (id) => id === 'Trainer')).toBeUndefined();
		expect(linkedTitle('license', 'llms', (id) => id.toLowerCase().includes('llms'))).toBeUndefined();
	});
});

describe('overviewText: the page text a summary starts from', () => {
	const block = (line: number, text: string, section: string[], kind: 'paragraph' | 'bullet' = 'paragraph') => ({
		line,
		kind,
		text,
		section,
	});
	test('the Overview prose (with its sub-sections), not the fact box or other sections', () => {
		const prose = [
			block(5, 'QLoRA: Efficient Finetuning', ['Knowledge Sources'], 'bullet'),
			block(20, 'Learning rates for `LoRA` adapters.', ['Overview']),
			block(23, 'Adapters train few parameters.', ['Overview', 'Description']),
			block(30, 'Pick a rate.', ['The Insight']),
		];
		expect(overviewText(prose)).toBe('Learning rates for LoRA adapters. Adapters train few parameters.');
	});
	test('without an Overview: the prose outside metadata sections; without prose: empty', () => {
		expect(
			overviewText([
				block(3, 'Source File: x.py', ['Metadata'], 'bullet'),
				block(9, 'The sweep runner launches runs.', ['Usage']),
			]),
		).toBe('The sweep runner launches runs.');
		expect(overviewText([])).toBe('');
	});
});
