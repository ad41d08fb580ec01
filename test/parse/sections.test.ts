import { describe, expect, test } from 'vitest';
import { anchorOf, buildSections } from '../../src/parse/sections.ts';

const h = (offset: number, level: number, title: string) => ({ offset, level, title, line: offset + 1 });

describe('buildSections', () => {
	test('nests deeper headings under the nearest shallower one', () => {
		const { sections } = buildSections([h(0, 2, 'A'), h(1, 3, 'B'), h(2, 4, 'C'), h(3, 2, 'D')]);
		expect(sections.map((s) => [s.title, s.children.map((c) => [c.title, c.children.map((d) => d.title)])])).toEqual([
			['A', [['B', ['C']]]],
			['D', []],
		]);
	});

	test('gives repeated titles MediaWiki-style unique anchors', () => {
		const { sections } = buildSections([h(0, 2, 'Usage'), h(1, 2, 'Usage'), h(2, 2, 'Usage_2'), h(3, 2, 'Usage')]);
		expect(sections.map((s) => s.anchor)).toEqual(['Usage', 'Usage_2', 'Usage_2_2', 'Usage_3']);
	});

	test('gives the heading path at an offset', () => {
		const index = buildSections([h(10, 2, 'A'), h(20, 3, 'B'), h(30, 2, 'C')]);
		expect(index.pathAt(5)).toEqual([]);
		expect(index.pathAt(25)).toEqual(['A', 'B']);
		expect(index.pathAt(30)).toEqual(['C']);
	});

	test.each([
		['The Insight (Rule of Thumb)', 'The_Insight_(Rule_of_Thumb)'],
		['  a  b ', 'a_b'],
	])('anchorOf(%j) is %j', (title, anchor) => {
		expect(anchorOf(title)).toBe(anchor);
	});
});
