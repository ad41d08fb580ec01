import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/parse/index.ts';
import { candidateTitles, isRelativeTarget, resolvePagePath } from '../../src/load/page-path.ts';
import { sourceFile } from '../helpers/source.ts';

const parse = (text: string, relPath = 'heuristics/Test_Page.wiki') => parsePage(sourceFile(text, relPath));

describe('relative Markdown link targets', () => {
	test('resolve by path against the linking page, a leading / being the content folder', () => {
		expect(resolvePagePath('../principles/Low_Rank.md', 'heuristics/A.md')?.id).toBe('Principle:Low_Rank');
		expect(resolvePagePath('/workflows/qlora%20run.wiki#Steps', 'heuristics/A.md')).toMatchObject({
			id: 'Workflow:Qlora_run',
			fragment: 'Steps',
		});
		expect(resolvePagePath('Other.md', 'heuristics/A.md')?.id).toBe('Heuristic:Other');
		expect(resolvePagePath('/wikis/X.md', 'heuristics/A.md')).toBeUndefined();
		expect(resolvePagePath('../principles/x.png', 'heuristics/A.md')).toBeUndefined();
		expect(candidateTitles('/wikis/X.md').map((t) => t.id)).toContain('Implementation:X');
	});

	test('only path-like relative targets count, not words or URLs', () => {
		expect(isRelativeTarget('x')).toBe(false);
		expect(isRelativeTarget('https://a.b/c.md')).toBe(false);
		expect(isRelativeTarget('javascript:alert(1)')).toBe(false);
		expect(isRelativeTarget('//evil.example/x.md')).toBe(false);
		expect(isRelativeTarget('Y.md')).toBe(true);
	});

	test('on a wikitext page a link to a page file becomes a wiki link with its text', () => {
		const { page, tree } = parse("== See ==\n* [the '''rank''' note](../principles/Low_Rank.md) and [[domain::LLMs]]");
		expect(page.links).toEqual([
			{
				kind: 'wiki',
				target: '../principles/Low_Rank.md',
				page: 'Principle:Low Rank',
				text: 'the rank note',
				line: 2,
				col: 3,
			},
		]);
		if (tree.kind === 'wikitext') expect(tree.text).toContain("[[Principle:Low Rank|the '''rank''' note]]");
		expect(page.prose[0]!.text).toBe('the rank note and LLMs');
	});

	test('on a wikitext page a page-file link with no type folder is kept as written; code and other links are not links', () => {
		const { page, tree } = parse('== See ==\n[[domain::X]] [a](/wikis/A.md) `[b](c/d.md)` f[x](y) [t](../data/t.csv)');
		expect(page.links).toEqual([{ kind: 'wiki', target: '/wikis/A.md', text: 'a', line: 2, col: 15 }]);
		if (tree.kind === 'wikitext') expect(tree.text).toContain('[a](/wikis/A.md)');
	});

	test('on a Markdown page a link to a page file is a wiki link', () => {
		const { page } = parse(
			'# T\n\nSee [rank](../principles/Low_Rank.md#Math) and [ext](https://x.org).\n',
			'heuristics/Md_Page.md',
		);
		expect(page.format).toBe('markdown');
		expect(page.links).toMatchObject([
			{
				kind: 'wiki',
				target: '../principles/Low_Rank.md#Math',
				page: 'Principle:Low Rank#Math',
				text: 'rank',
				line: 3,
			},
			{ kind: 'external', target: 'https://x.org' },
		]);
	});
});
