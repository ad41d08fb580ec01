import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extractLrRules } from '../../src/lr/index.ts';
import { parsePage } from '../../src/parse/index.ts';
import { SEED_PAGE } from '../helpers/paths.ts';
import { sourceFile } from '../helpers/source.ts';

const seed = parsePage(sourceFile(readFileSync(SEED_PAGE), 'heuristics/Learning_Rate_Tuning.wiki')).page;
const { rules, diagnostics } = extractLrRules([seed], {
	nodes: [],
	facts: [],
	edges: [],
	properties: [],
	subobjects: [],
});

test('the reference page gives its five table rules and the 2e-4 default, nothing else', () => {
	expect(
		rules.map((r) => [
			r.origin,
			r.condition.text,
			r.condition.tasks,
			r.condition.modelParams ?? null,
			r.lr.min,
			r.lr.max,
			r.isDefault,
		]),
	).toEqual([
		['table', 'Instruction Fine-tuning (SFT)', ['sft'], null, 0.0002, 0.0005, false],
		['table', 'Domain Adaptation', ['domain-adaptation'], null, 0.0001, 0.0002, false],
		['table', 'RLHF/DPO/GRPO', ['rlhf', 'dpo', 'grpo'], null, 0.00005, 0.0002, false],
		['table', 'Small Models (<3B)', [], { max: 3e9 }, 0.0003, 0.001, false],
		['table', 'Large Models (>13B)', [], { min: 13e9 }, 0.0001, 0.0002, false],
		['bullet', 'for most QLoRA fine-tuning tasks', [], null, 0.0002, 0.0002, true],
	]);
	expect(diagnostics).toEqual([]);
});

test('reference rules carry page, section, file, line, notes and the page sources', () => {
	expect(rules[0]).toMatchObject({
		page: 'Heuristic:Learning_Rate_Tuning',
		section: ['The Insight (Rule of Thumb)'],
		file: 'heuristics/Learning_Rate_Tuning.wiki',
		line: 32,
		notes: 'Standard for most tasks',
		kind: 'recommendation',
		lr: { text: '2e-4 to 5e-4' },
	});
	expect(rules[5]).toMatchObject({ line: 43, condition: { method: 'qlora' } });
	expect(rules[0]!.sources.map((s) => s.title)).toEqual([
		'LoRA Paper',
		'Unsloth Documentation',
		'HuggingFace Training Tips',
	]);
});

test('ids are stable: unrelated pages and edits elsewhere on the page do not change them', () => {
	const other = parsePage(sourceFile('== Tips ==\n* Learning rate: 1e-4\n', 'heuristics/Other.wiki')).page;
	const withOther = extractLrRules([other, seed], {
		nodes: [],
		facts: [],
		edges: [],
		properties: [],
		subobjects: [],
	}).rules.filter((r) => r.page === seed.id);
	expect(withOther.map((r) => r.id)).toEqual(rules.map((r) => r.id));
	const edited = parsePage(
		sourceFile(
			`${readFileSync(SEED_PAGE, 'utf8').replace('== Overview ==', '== Overview ==\nAn added line.\n')}`,
			'heuristics/Learning_Rate_Tuning.wiki',
		),
	).page;
	const moved = extractLrRules([edited], { nodes: [], facts: [], edges: [], properties: [], subobjects: [] }).rules;
	expect(moved.map((r) => r.id)).toEqual(rules.map((r) => r.id));
	expect(moved.map((r) => r.line)).toEqual(rules.map((r) => r.line + 2));
	expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
	expect(rules[0]!.id).toMatch(/^Heuristic:Learning_Rate_Tuning#lr-[0-9a-f]{8}$/);
});
