import { expect, test } from 'vitest';
import { parsePage } from '../../src/parse/index.ts';
import { sourceFile } from '../helpers/source.ts';

test('a wikitable caption `|+` is kept as the table caption', () => {
	const { page } = parsePage(
		sourceFile('{| class="wikitable"\n|+ Learning rates\n! Task !! LR\n|-\n| SFT || 2e-4\n|}\n'),
	);
	expect(page.tables).toHaveLength(1);
	expect(page.tables[0]).toMatchObject({
		caption: 'Learning rates',
		header: ['Task', 'LR'],
		rows: [{ line: 5, cells: ['SFT', '2e-4'] }],
	});
});
