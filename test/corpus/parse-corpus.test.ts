import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/parse/index.ts';
import type { ParseResult } from '../../src/parse/types.ts';
import { SEED_PAGE } from '../helpers/paths.ts';
import { sourceFile } from '../helpers/source.ts';
import { corpusPages } from './corpus-files.ts';
import { countFacts, hasNoMarkdown } from './fact-counter.ts';

const pages = corpusPages();
const results = new Map<string, ParseResult>();
const parse = (p: (typeof pages)[number]): ParseResult => {
	let r = results.get(p.path);
	if (!r) {
		r = parsePage(sourceFile(p.bytes, p.relPath));
		results.set(p.path, r);
	}
	return r;
};

describe('corpus', () => {
	test('has the 675 pages it is documented to have', () => {
		expect(pages.length).toBe(675);
	});

	test('no page throws, fails or loses its tree', () => {
		for (const p of pages) {
			const r = parse(p);
			expect(
				r.page.diagnostics.filter((d) => d.rule === 'parse-failed'),
				p.path,
			).toEqual([]);
			expect(r.tree.kind, p.path).not.toBe('plain');
		}
	});

	test('every page has exactly the annotations an independent counter finds outside code', () => {
		let total = 0;
		for (const p of pages) {
			const r = parse(p);
			const got = r.page.facts.map((f) => `${f.property}\u0000${f.value}`).sort();
			expect(got, p.path).toEqual(countFacts(sourceFile(p.bytes, p.relPath).text));
			total += got.length;
		}
		expect(total).toBeGreaterThan(4000);
	});

	test('every fact is reported where its `[[` stands in the file', () => {
		for (const p of pages) {
			const r = parse(p);
			const lines = sourceFile(p.bytes, p.relPath).text.split('\n');
			for (const f of r.page.facts)
				expect(lines[f.line - 1]!.slice(f.col - 1, f.col + 1), `${p.path}:${f.line}:${f.col}`).toBe('[[');
		}
	});

	test('every wikitext tree parses back to the text it was made from', () => {
		for (const p of pages) {
			const r = parse(p);
			if (r.tree.kind === 'wikitext') expect(r.tree.root.toString(), p.path).toBe(r.tree.text);
		}
	});

	test('a wikitext page without Markdown is parsed exactly as written (title line left out)', () => {
		let checked = 0;
		for (const p of pages) {
			const r = parse(p);
			const text = sourceFile(p.bytes, p.relPath).text;
			const body = text.replace(/^(?:#[ \t][^\n]*|=[^=\n][^\n]*=)[ \t]*(?=\n|$)/, '');
			if (r.tree.kind !== 'wikitext' || !hasNoMarkdown(body)) continue;
			expect(r.tree.text, p.path).toBe(body);
			checked++;
		}
		expect(checked).toBeGreaterThan(20);
	});

	test('reports no errors and few warnings on the corpus', () => {
		const all = pages.flatMap((p) => parse(p).page.diagnostics);
		expect(all.filter((d) => d.severity === 'error')).toEqual([]);
		// measured: 4 wikitext-lint warnings (`unmatched-tag` on `</s>`); the 19 `pipe-like` hits on type unions such as
		// `str | None` are cells already reported as `table-cell-attributes`, so they are not repeated
		const warnings = all.filter((d) => d.severity === 'warning');
		expect(warnings.length).toBeLessThanOrEqual(10);
		expect(warnings.filter((d) => d.message.includes('`pipe-like`'))).toEqual([]);
		// every lint warning says what to do, not just what was found
		for (const w of warnings) expect(w.message, w.message).not.toContain('Check the markup here');
	});

	test('reports the cells that lose text to a single `|` (type unions in parameter tables)', () => {
		const infos = pages.flatMap((p) => parse(p).page.diagnostics.filter((d) => d.rule === 'table-cell-attributes'));
		expect(infos.length).toBeGreaterThan(50);
		expect(infos.every((d) => d.severity === 'info')).toBe(true);
	});
});

describe('reference page', () => {
	const r = parsePage(sourceFile(readFileSync(SEED_PAGE), 'heuristics/Learning_Rate_Tuning.wiki'));
	const page = r.page;

	test('gives exactly its 12 facts', () => {
		expect(page.facts.map((f) => [f.property, f.value])).toEqual([
			['source', 'Paper|LoRA Paper|https://arxiv.org/abs/2106.09685'],
			['source', 'Doc|Unsloth Documentation|https://docs.unsloth.ai/'],
			['source', 'Blog|HuggingFace Training Tips|https://huggingface.co/docs/transformers/training'],
			['domain', 'Optimization'],
			['domain', 'Fine_Tuning'],
			['domain', 'LLMs'],
			['last_updated', '2025-12-12 00:00 GMT'],
			['uses_heuristic', 'Workflow:QLoRA_Finetuning'],
			['uses_heuristic', 'Workflow:GRPO_Reinforcement_Learning'],
			['uses_heuristic', 'Workflow:DPO_Alignment'],
			['uses_heuristic', 'Implementation:TRL_SFTConfig'],
			['uses_heuristic', 'Implementation:HF_TrainingArguments'],
		]);
		expect(page.facts[7]).toMatchObject({ line: 63, col: 3, section: ['Related Pages', 'Used By'] });
	});

	test('gives its two tables, the LR table with its header and five rows', () => {
		expect(page.tables).toHaveLength(2);
		const lr = page.tables[1]!;
		expect(lr.header).toEqual(['Task Type', 'Recommended LR', 'Notes']);
		expect(lr.rows.map((row) => row.cells)).toEqual([
			['Instruction Fine-tuning (SFT)', '2e-4 to 5e-4', 'Standard for most tasks'],
			['Domain Adaptation', '1e-4 to 2e-4', 'More conservative'],
			['RLHF/DPO/GRPO', '5e-5 to 2e-4', 'Lower for stability'],
			['Small Models (<3B)', '3e-4 to 1e-3', 'Can use higher LR'],
			['Large Models (>13B)', '1e-4 to 2e-4', 'More conservative'],
		]);
		expect(lr).toMatchObject({ line: 29, section: ['The Insight (Rule of Thumb)'], syntax: 'wikitext', depth: 0 });
	});

	test('gives its section tree', () => {
		const tree = (s: readonly { title: string; children: readonly unknown[] }[]): unknown =>
			s.map((x) => [x.title, tree(x.children as never)]);
		expect(tree(page.sections)).toEqual([
			[
				'Overview',
				[
					['Description', []],
					['Usage', []],
				],
			],
			['The Insight (Rule of Thumb)', []],
			['Reasoning', []],
			['Related Pages', [['Used By', []]]],
		]);
	});

	test('gives the default-recommendation bullet with its inline code', () => {
		const bullet = page.prose.find((b) => b.text.includes('Default Recommendation'));
		expect(bullet).toMatchObject({ kind: 'bullet', line: 43, section: ['The Insight (Rule of Thumb)'] });
		expect(bullet!.text).toContain('Default Recommendation: Start with `2e-4`');
	});

	test('gives its code block and no diagnostics', () => {
		expect(page.code).toMatchObject([{ syntax: 'syntaxhighlight', lang: 'python', line: 46 }]);
		expect(page.diagnostics).toEqual([]);
	});
});
