import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/parse/index.ts';
import { sourceFile } from '../helpers/source.ts';

const parse = (text: string, relPath?: string) => parsePage(sourceFile(text, relPath));

describe('parsePage', () => {
	test('takes id, namespace and name from the file and the display title from the first line', () => {
		const { page } = parse('# Heuristic: Batch Size Rules\n== A ==', 'heuristics/batch_size rules.wiki');
		expect(page).toMatchObject({
			id: 'Heuristic:Batch_size_rules',
			namespace: 'Heuristic',
			name: 'Batch size rules',
			title: 'Batch Size Rules',
			file: 'heuristics/batch_size rules.wiki',
		});
	});

	test('falls back to the name when there is no title line', () => {
		expect(parse('== A ==').page.title).toBe('Test Page');
	});

	test('parses a page without wikitext as Markdown with remark', () => {
		const { page, tree } = parse('# Title\n\n## Part\n\n- item with `code`\n');
		expect(page.format).toBe('markdown');
		expect(tree.kind).toBe('markdown');
		expect(page.sections.map((s) => s.title)).toEqual(['Part']);
		expect(page.prose).toMatchObject([{ kind: 'bullet', text: 'item with `code`', section: ['Part'], line: 5 }]);
	});

	test('parses a hybrid page once as wikitext and maps positions to the file', () => {
		const { page, tree } = parse('== A ==\n`x` then **b** [[domain::D]]');
		expect(tree.kind).toBe('wikitext');
		expect(page.facts).toMatchObject([{ property: 'domain', value: 'D', line: 2, col: 16, section: ['A'] }]);
		if (tree.kind === 'wikitext') expect(tree.toSourceOffset(tree.text.indexOf('[[domain'))).toBe(23);
	});

	test('reads the section path of facts under mixed wikitext and Markdown headings', () => {
		const { page } = parse('== Outer ==\n### Inner\n* [[p::v]]');
		expect(page.facts[0]!.section).toEqual(['Outer', 'Inner']);
		expect(page.sections).toMatchObject([
			{ level: 2, title: 'Outer', children: [{ level: 3, title: 'Inner', anchor: 'Inner' }] },
		]);
	});

	test('gives bullets their text with bold dropped and inline code kept in backticks', () => {
		const { page } = parse('== Tips ==\n* **Default Recommendation:** Start with `2e-4` for most tasks.');
		expect(page.prose).toMatchObject([
			{ kind: 'bullet', text: 'Default Recommendation: Start with `2e-4` for most tasks.', line: 2 },
		]);
	});

	test('keeps inline code text in table cells without backticks', () => {
		const { page } = parse('{| class="wikitable"\n! Param !! Value\n|-\n|| lr || `2e-4` (<code>1e-4</code> min)\n|}');
		expect(page.tables[0]!.rows[0]!.cells).toEqual(['lr', '2e-4 (1e-4 min)']);
	});

	test('reports a single bar in a cell instead of guessing', () => {
		const { page } = parse('{|\n|-\n| str | None || text\n|}');
		expect(page.diagnostics).toMatchObject([{ rule: 'table-cell-attributes', severity: 'info', line: 3, col: 1 }]);
	});

	test('does not treat a category as a link but does a visible category link', () => {
		const { page } = parse('[[Category:Fine tuning]] [[:Category:Memory|mem]]');
		expect(page.categories).toEqual(['Fine tuning']);
		expect(page.links).toMatchObject([{ kind: 'wiki', target: 'Category:Memory', text: 'mem' }]);
	});

	test('reads no fact from a query in #ask', () => {
		const { page } = parse('{{#ask:[[domain::LLMs]]}}');
		expect(page.facts).toEqual([]);
		expect(page.templates).toMatchObject([{ name: '#ask' }]);
	});

	test('silences pipe-like on source triples and h1 on title lines', () => {
		const { page } = parse('= T =\n[[source::Paper|A|https://x.org]]');
		expect(page.diagnostics).toEqual([]);
	});

	test('keeps the loader diagnostics of the file', () => {
		expect(parse('a\u0007b').page.diagnostics.map((d) => d.rule)).toEqual(['control-character']);
	});

	test('routes a very long pure-Markdown page through the wikitext rewrite', () => {
		const { page, tree } = parse('- x\n  - y\n'.repeat(2000));
		expect(page.format).toBe('markdown');
		expect(tree.kind).toBe('wikitext');
		expect(page.prose).toHaveLength(4000);
	});

	test('returns plain data that survives JSON', () => {
		const { page } = parse('---\nk: v\n---\n== A ==\n| a | b |\n|---|---|\n| 1 | 2 |\n<math>x</math> [[p::v|d]]');
		expect(JSON.parse(JSON.stringify(page))).toEqual(page);
	});
});

describe('parsePage footnotes', () => {
	test('<ref> text is not part of its sentence in prose', () => {
		const { page } = parse('== Tips ==\nUse 2e-4<ref>Smith 2023, [[domain::LLMs]]</ref> for SFT.\n<references />');
		expect(page.prose).toMatchObject([{ text: 'Use 2e-4 for SFT.' }]);
		// an annotation inside a note is still a fact, as in Semantic MediaWiki
		expect(page.facts.map((f) => f.value)).toEqual(['LLMs']);
	});
});

describe('parsePage lint messages say what to do, where', () => {
	test('one bold-header warning per heading, with advice', () => {
		const { page } = parse("== A '''b''' ==\nx");
		const lint = page.diagnostics.filter((d) => d.rule === 'wikitext-lint');
		expect(lint).toMatchObject([{ line: 1, col: 6 }]);
		expect(lint[0]!.message).toContain('Headings are already bold');
	});

	test('a cell whose text became attributes is reported once, with the entity to write', () => {
		const { page } = parse('{|\n| a || str | None | x || c\n|}');
		expect(page.diagnostics.map((d) => [d.rule, d.line, d.col])).toEqual([['table-cell-attributes', 2, 5]]);
		expect(page.diagnostics[0]!.message).toContain('`&#124;`');
		expect(page.diagnostics[0]!.message).not.toContain('`{{!}}` for');
	});

	test('an unmatched closing tag says how to write it as text', () => {
		const { page } = parse('== A ==\nTokens end with </s> here.');
		expect(page.diagnostics).toMatchObject([{ rule: 'wikitext-lint', line: 2, col: 17 }]);
		expect(page.diagnostics[0]!.message).toContain('`&lt;`');
	});
});

describe('parsePage unclosed links', () => {
	test('a `[[` with no `]]` on its line is reported where it opens; code-like brackets are not', () => {
		const { page } = parse(
			'== A ==\nSee [[domain::LLMs] end\nCallable[[str], int] and `[[x` and <code>[[y</code>\n<!-- [[z -->',
		);
		expect(page.diagnostics.map((d) => [d.rule, d.line, d.col])).toEqual([['unclosed-link', 2, 5]]);
		expect(page.diagnostics[0]!.message).toContain('not a fact');
		expect(page.facts).toEqual([]);
	});
});
