// The /lr/ table filter and the recommender agree on which rules fit, on every query over the corpora's rules;
// the page's scripts import no Node module.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/index.ts';
import { extractLrRules } from '../../src/lr/index.ts';
import { recommendLr } from '../../src/lr/recommend.ts';
import { LR_METHODS, LR_TASKS, type LrRule } from '../../src/lr/types.ts';
import { FILTER_SIZES, shownRules } from '../../src/site/client/lr-filter.ts';
import { queryString, valuesFromSearch } from '../../src/site/client/lr.ts';
import { corpusPages } from '../helpers/corpus-pages.ts';
import { KAPSO, REPO_ROOT, UNSLOTH } from '../helpers/paths.ts';

const corpora = { kapso: KAPSO, unsloth: UNSLOTH, content: join(REPO_ROOT, 'content') };
const rules: Record<string, readonly LrRule[]> = {};

beforeAll(async () => {
	for (const [name, dir] of Object.entries(corpora)) {
		// As the pipeline does: rules from the pages and their graph.
		const pages = await corpusPages(dir);
		rules[name] = extractLrRules(pages, buildGraph(pages).graph).rules;
	}
}, 600_000);

describe('the table filter and the recommender', () => {
	test.each(Object.keys(corpora))('agree on every task x method x size over the %s rules', (name) => {
		const all = rules[name]!;
		expect(all.length).toBeGreaterThan(0);
		const advice = new Set(all.filter((r) => r.kind === 'recommendation').map((r) => r.id));
		let queries = 0;
		for (const task of [undefined, ...LR_TASKS]) {
			for (const method of [undefined, ...LR_METHODS]) {
				for (const size of [undefined, ...FILTER_SIZES]) {
					const shown = [...shownRules(all, { task: task ?? '', method: method ?? '', size: size ?? '' })]
						.filter((id) => advice.has(id))
						.sort();
					const rec = recommendLr(
						{
							...(task ? { task } : {}),
							...(method ? { method } : {}),
							...(size ? { params: Number(size.slice(0, -1)) * 1e9 } : {}),
						},
						all,
					);
					expect(shown, `${task}/${method}/${size}`).toEqual(rec.matches.map((m) => m.rule.id).sort());
					queries++;
				}
			}
		}
		expect(queries).toBe(12 * 4 * 7);
	});

	test('the filter keeps the task families, LoRA~QLoRA and the size tolerance of the recommender', () => {
		const content = rules.content!;
		const texts = (values: { task: string; method: string; size: string }) =>
			content.filter((r) => shownRules(content, values).has(r.id)).map((r) => r.condition.text);
		// instruction tuning is SFT: its rules are shown for `sft`
		expect(texts({ task: 'sft', method: '', size: '' })).toContain(
			'for QLoRA (4-bit) instruction tuning of 7-13B models',
		);
		// a LoRA rule speaks for QLoRA
		expect(texts({ task: 'dpo', method: 'qlora', size: '' })).toContain('DPO with LoRA adapters');
		// a single size covers sizes within 10% of it: the 7B rule answers the 7B filter, the 8B rule does not
		expect(texts({ task: 'sft', method: 'qlora', size: '7B' })).toContain(
			'Instruction tuning (SFT), 7B, QLoRA (4-bit)',
		);
		expect(texts({ task: 'sft', method: 'qlora', size: '7B' })).not.toContain('SFT, QLoRA (4-bit), 8B');
	});
});

describe('the recommender form keeps its query in the address', () => {
	test.each([
		[{ task: 'dpo', params: '7B', method: 'lora' }, '?task=dpo&params=7B&method=lora'],
		[{ task: 'sft', params: '', method: '' }, '?task=sft'],
		[{ task: '', params: ' 1.5B ', method: 'full' }, '?params=1.5B&method=full'],
		[{ task: 'instruction tuning', params: '', method: '' }, '?task=instruction+tuning'],
		[{ task: '', params: '', method: '' }, ''],
	])('%j <-> %s', (values, search) => {
		expect(queryString(values)).toBe(search);
		expect(queryString(valuesFromSearch(search))).toBe(search);
	});
});

/**
 * Relative imports of a module and the modules it reaches; the specifiers of everything else. Type-only imports
 * are left out: the bundle drops them (the rule types are inferred from their zod schema, whose `zod` import is
 * a type there).
 */
function importGraph(entry: string): { files: string[]; external: string[] } {
	const files = new Set<string>();
	const external = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(
			/^\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+'([^']+)'/gm,
		)) {
			if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
			else external.add(spec!);
		}
	};
	visit(entry);
	return { files: [...files], external: [...external] };
}

test('the /lr/ page scripts import no Node module (the client bundle stays browser-safe)', () => {
	const { files, external } = importGraph(join(REPO_ROOT, 'src', 'site', 'client', 'lr.ts'));
	expect(files.map((f) => f.slice(REPO_ROOT.length + 1)).sort()).toContain('src/lr/match.ts');
	const node = external.filter((spec) => spec.startsWith('node:') || builtinModules.includes(spec));
	expect(node).toEqual([]);
	expect(external).toEqual([]);
});
