import { describe, expect, test } from 'vitest';
import { readHead } from '../../src/parse/front-matter.ts';

describe('readHead', () => {
	test.each([
		['# Heuristic: Learning Rate Tuning\n== A ==', 'Learning Rate Tuning'],
		['# check_repo.py - Checker\n', 'check_repo.py - Checker'],
		['= VeraModel =\ntext', 'VeraModel'],
		['\n\n# Workflow: **Bold** name', 'Bold name'],
		['# Concept: Kept prefix', 'Concept: Kept prefix'],
	])('reads the display title of %j', (text, title) => {
		expect(readHead(text, 'f').title).toBe(title);
	});

	test.each(['== Heading ==\n', '## Section\n', '* item\n', 'text\n# Late: title', '#notitle'])(
		'finds no title in %j',
		(text) => {
			expect(readHead(text, 'f')).toMatchObject({ hidden: [] });
			expect(readHead(text, 'f').title).toBeUndefined();
		},
	);

	test('hides the title line without its newline', () => {
		expect(readHead('# T\nbody', 'f').hidden).toEqual([[0, 3]]);
	});

	test('takes the front matter title when there is no title line; a title line wins', () => {
		expect(readHead('---\ntitle: Front Matter Title\n---\n## Overview\nx', 'f').title).toBe('Front Matter Title');
		expect(readHead('---\ntitle: X\n---\n# Heuristic: Line Title\nx', 'f').title).toBe('Line Title');
		expect(readHead('---\ntitle: 42\n---\nx', 'f').title).toBeUndefined();
	});

	test('reads YAML front matter and the title line after it', () => {
		const head = readHead('---\ntitle: X\ntags: [a, b]\n---\n# Principle: P\nbody', 'f');
		expect(head.frontMatter).toEqual({ title: 'X', tags: ['a', 'b'] });
		expect(head.title).toBe('P');
		expect(head.hidden).toEqual([
			[0, 29],
			[30, 44],
		]);
	});

	test('reports bad YAML with its line and still hides the block', () => {
		const head = readHead('---\nok: 1\nbad: [x\n---\nbody', 'content/x.md');
		expect(head.frontMatter).toEqual({});
		expect(head.hidden).toEqual([[0, 21]]);
		expect(head.diagnostics).toMatchObject([{ rule: 'invalid-front-matter', severity: 'error', file: 'content/x.md' }]);
		expect(head.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
	});

	test('reports front matter that is not a mapping', () => {
		expect(readHead('---\n- a\n- b\n---\n', 'f').diagnostics).toMatchObject([
			{ rule: 'invalid-front-matter', severity: 'warning' },
		]);
	});

	test('takes an unclosed `---` block as content, not front matter', () => {
		expect(readHead('---\nnot: closed\n', 'f')).toMatchObject({ frontMatter: {}, hidden: [] });
	});
});
