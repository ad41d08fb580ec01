import { describe, expect, test } from 'vitest';
import { renderPage } from '../../src/render/index.ts';
import { all, classes, context, htmlTree, pipelineResult, textOf } from './helpers.ts';

const existing = new Set(['Principle:Low_Rank', 'Implementation:Hf_TestsFetcher', 'Heuristic:Learning_Rate_Tuning']);
const anchors = async (text: string, relPath = 'heuristics/Test_Page.wiki') =>
	all(htmlTree((await renderPage(pipelineResult(text, relPath), context(existing))).html), 'a');

describe('relative Markdown links', () => {
	test('wikitext page: a link to a page file by path is a wiki link', async () => {
		const [a] = await anchors('== See ==\n* [rank note](../principles/Low_Rank.md) [[domain::X]]');
		expect(a!.properties.href).toBe('/principle/Low_Rank/');
		expect(textOf(a!)).toBe('rank note');
		expect(classes(a!)).not.toContain('new');
	});

	test('wikitext page: a missing page file is a red link', async () => {
		const a = (await anchors('[[domain::X]] [gone](Nope.md)')).find((x) => textOf(x) === 'gone');
		expect(a!.properties.href).toBe('/heuristic/Nope/');
		expect(classes(a!)).toContain('new');
	});

	test('wikitext page: /wikis/X.md finds the one existing page with that file name', async () => {
		const a = (await anchors('[[domain::X]]\n- [Fetcher](/wikis/hf_TestsFetcher.md)')).find(
			(x) => textOf(x) === 'Fetcher',
		);
		expect(a!.properties.href).toBe('/implementation/Hf_TestsFetcher/');
		expect(textOf(a!)).toBe('Fetcher');
	});

	test('wikitext page: another relative target is a plain link; the text is never lost', async () => {
		const list = await anchors('[[domain::X]] see [the data](../data/table.csv) and `[c](d/e.md)`');
		const a = list.find((x) => textOf(x) === 'the data');
		expect(a?.properties.href).toBe('../data/table.csv');
		expect(list.some((x) => textOf(x) === 'c')).toBe(false);
	});

	test('Markdown page: relative links point at their pages', async () => {
		const list = await anchors(
			'# T\n\n[rank](../principles/Low_Rank.md) and [f](/wikis/hf_TestsFetcher.md) and [x](../data/t.csv)\n',
			'heuristics/Md_Page.md',
		);
		expect(list.map((a) => a.properties.href)).toEqual([
			'/principle/Low_Rank/',
			'/implementation/Hf_TestsFetcher/',
			'../data/t.csv',
		]);
	});
});
