import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { all, classes, renderTree, textOf } from './helpers.ts';

/** Rows of the outermost table as arrays of cell texts (tag-prefixed `th:` for header cells). */
function grid(table: Element): string[][] {
	const body = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tbody');
	return (body?.children ?? [])
		.filter((r): r is Element => r.type === 'element')
		.map((row) =>
			row.children
				.filter((c): c is Element => c.type === 'element')
				.map((cell) => `${cell.tagName === 'th' ? 'th:' : ''}${textOf(cell).trim()}`),
		);
}

describe('wikitables', () => {
	test('table attributes pass to the sanitiser and stay when allowed', async () => {
		const table = all(await renderTree('{| class="wikitable" style="width:300px"\n| a\n|}'), 'table')[0]!;
		expect(classes(table)).toEqual(['wikitable']);
		expect(table.properties.style).toBe('width:300px');
	});

	test('cells written with || and !! on one line', async () => {
		const table = all(await renderTree('{|\n! A !! B\n|-\n| 1 || 2\n|}'), 'table')[0]!;
		expect(grid(table)).toEqual([
			['th:A', 'th:B'],
			['1', '2'],
		]);
	});

	test('a row that starts with || has no empty first cell', async () => {
		const table = all(await renderTree('{|\n|-\n|| x || y\n|}'), 'table')[0]!;
		expect(grid(table)).toEqual([['x', 'y']]);
	});

	test('rowspan and colspan are kept', async () => {
		const tree = await renderTree('{|\n| rowspan=2 | a || colspan="2" | b\n|-\n| c\n|}');
		const [a, b] = all(tree, 'td');
		expect(a!.properties.rowSpan).toBe(2);
		expect(b!.properties.colSpan).toBe(2);
	});

	test('a caption comes before the rows', async () => {
		const table = all(await renderTree('{|\n|+ The caption\n| a\n|}'), 'table')[0]!;
		const first = table.children.find((c): c is Element => c.type === 'element')!;
		expect(first.tagName).toBe('caption');
		expect(textOf(first)).toBe('The caption');
	});

	test('a nested table renders inside its cell', async () => {
		const tree = await renderTree('{|\n| outer\n{|\n| inner\n|}\n|}');
		const tables = all(tree, 'table');
		expect(tables).toHaveLength(2);
		expect(all(tables[0]!, 'td').some((td) => all(td, 'table').length === 1)).toBe(true);
	});

	test('a list in a cell is a list', async () => {
		const tree = await renderTree('{|\n|\n* one\n* two\n|}');
		expect(all(all(tree, 'td')[0]!, 'li').map(textOf)).toEqual(['one', 'two']);
	});

	test('rows without cells are dropped', async () => {
		const table = all(await renderTree('{|\n|-\n|-\n| a\n|}'), 'table')[0]!;
		expect(grid(table)).toEqual([['a']]);
	});
});
