// Properties of the default knowledge base in content/ (issue #6): what a user gets from `npm run build`
// without arguments. The page reader below is deliberately independent of src/ (plain regular expressions),
// so a bug in the parser cannot hide a broken link; the same properties are then checked through the real
// pipeline.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { recommendLr } from '../../src/lr/index.ts';
import { REPO_ROOT, SEED_PAGE } from '../helpers/paths.ts';

const CONTENT = resolve(REPO_ROOT, 'content');

const FOLDERS = {
	workflows: 'Workflow',
	principles: 'Principle',
	implementations: 'Implementation',
	environments: 'Environment',
	heuristics: 'Heuristic',
} as const;
const PAGE_NAMESPACES = new Set<string>(Object.values(FOLDERS));

/** Expected pages per type; change together with the content. */
const PAGES_PER_TYPE = { Workflow: 4, Principle: 8, Implementation: 8, Environment: 3, Heuristic: 11 };
/** LR rules the pages state (measured with the extractor of src/lr; see the report of issue #6). */
const LR_RULE_COUNT = 38;

interface RawPage {
	readonly id: string;
	readonly file: string;
	readonly text: string;
}

interface RawLink {
	readonly from: string;
	/** Property name, or `link` for a plain `[[Page]]`. */
	readonly property: string;
	readonly target: string;
}

/** `Name with spaces` and `Name_with_spaces` are one title; the first letter of the name is case-insensitive. */
function canonical(title: string): string {
	const [ns, ...rest] = title.trim().replace(/ /g, '_').split(':');
	const name = rest.join(':');
	return `${ns}:${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

async function readPages(): Promise<RawPage[]> {
	const pages: RawPage[] = [];
	for (const [folder, ns] of Object.entries(FOLDERS)) {
		const names = (await readdir(join(CONTENT, folder))).filter((n) => n.endsWith('.wiki')).sort();
		for (const name of names) {
			const text = await readFile(join(CONTENT, folder, name), 'utf8');
			pages.push({ id: canonical(`${ns}:${name.slice(0, -'.wiki'.length)}`), file: `${folder}/${name}`, text });
		}
	}
	return pages;
}

/** Every `[[...]]` outside code and comments that names a page (properties other than source/domain/date, and plain links). */
function linksOf(page: RawPage): RawLink[] {
	const visible = page.text
		.replace(/<syntaxhighlight[\s\S]*?<\/syntaxhighlight>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<math>[\s\S]*?<\/math>/g, '');
	const links: RawLink[] = [];
	for (const [, inner] of visible.matchAll(/\[\[([^[\]]+)\]\]/g)) {
		const sep = inner!.indexOf('::');
		if (sep < 0) {
			links.push({ from: page.id, property: 'link', target: canonical(inner!.split('|')[0]!) });
			continue;
		}
		const property = inner!.slice(0, sep).trim().toLowerCase().replace(/ /g, '_');
		if (property === 'source' || property === 'domain' || property === 'last_updated') continue;
		links.push({ from: page.id, property, target: canonical(inner!.slice(sep + 2).split('|')[0]!) });
	}
	return links;
}

let pages: RawPage[];
let links: RawLink[];
let result: PipelineResult;

beforeAll(async () => {
	pages = await readPages();
	links = pages.flatMap(linksOf);
	result = await runPipeline({ contentDir: CONTENT, cacheDir: false, threads: 1 });
});

describe('content/: pages', () => {
	test('has the expected number of pages of every type', () => {
		const counts: Record<string, number> = {};
		for (const p of pages) counts[p.id.split(':')[0]!] = (counts[p.id.split(':')[0]!] ?? 0) + 1;
		expect(counts).toEqual(PAGES_PER_TYPE);
		expect(pages.length).toBeGreaterThanOrEqual(25);
	});

	test('the reference page is byte-identical to the seed page', async () => {
		const [ours, seed] = await Promise.all([
			readFile(join(CONTENT, 'heuristics', 'Learning_Rate_Tuning.wiki')),
			readFile(SEED_PAGE),
		]);
		expect(ours.equals(seed)).toBe(true);
	});

	test('every page carries the metadata table: sources with a URL, domains and a last-updated date', () => {
		for (const p of pages) {
			expect(p.text, p.file).toMatch(/\[\[source::[^|\]]+\|[^|\]]+\|https:\/\/[^\]]+\]\]/);
			expect(p.text, p.file).toMatch(/\[\[domain::[^\]]+\]\]/);
			expect(p.text, p.file).toMatch(/\[\[last_updated::\d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT\]\]/);
		}
	});
});

describe('content/: links (independent reader)', () => {
	test('every link and property value that names a page resolves to a file', () => {
		const ids = new Set(pages.map((p) => p.id));
		const missing = links.filter((l) => !ids.has(l.target)).map((l) => `${l.from} -${l.property}-> ${l.target}`);
		expect(missing).toEqual([]);
		expect(links.length).toBeGreaterThan(150);
	});

	test('every page is linked from at least one other page', () => {
		const linked = new Set(links.filter((l) => l.target !== l.from).map((l) => l.target));
		expect(pages.map((p) => p.id).filter((id) => !linked.has(id))).toEqual([]);
	});

	test('implements / implemented_by, requires_env / required_by and uses_heuristic / used_by agree in both directions', () => {
		const has = (from: string, property: string, target: string) =>
			links.some((l) => l.from === from && l.property === property && l.target === target);
		// On a Heuristic page the old convention `uses_heuristic::X` (under "Used By") means X uses the heuristic.
		const usedBy = (h: string, user: string) => has(h, 'used_by', user) || has(h, 'uses_heuristic', user);
		const oneSided: string[] = [];
		for (const l of links) {
			const ns = l.from.split(':')[0];
			if (l.property === 'implements' && !has(l.target, 'implemented_by', l.from))
				oneSided.push(`${l.from} implements ${l.target}`);
			if (l.property === 'implemented_by' && !has(l.target, 'implements', l.from))
				oneSided.push(`${l.from} implemented_by ${l.target}`);
			if (l.property === 'requires_env' && !has(l.target, 'required_by', l.from))
				oneSided.push(`${l.from} requires_env ${l.target}`);
			if (l.property === 'required_by' && !has(l.target, 'requires_env', l.from))
				oneSided.push(`${l.from} required_by ${l.target}`);
			if (l.property === 'uses_heuristic' && ns !== 'Heuristic' && !usedBy(l.target, l.from))
				oneSided.push(`${l.from} uses_heuristic ${l.target}`);
			if (
				(l.property === 'used_by' || (l.property === 'uses_heuristic' && ns === 'Heuristic')) &&
				!has(l.target, 'uses_heuristic', l.from)
			)
				oneSided.push(`${l.from} used_by ${l.target}`);
		}
		expect(oneSided).toEqual([]);
	});

	test('every workflow step names a Principle, and every principle is a step of some workflow', () => {
		const steps = links.filter((l) => l.property === 'step');
		expect(steps.every((l) => l.from.startsWith('Workflow:') && l.target.startsWith('Principle:'))).toBe(true);
		const stepped = new Set(steps.map((l) => l.target));
		expect(pages.filter((p) => p.id.startsWith('Principle:') && !stepped.has(p.id)).map((p) => p.id)).toEqual([]);
	});
});

describe('content/: through the pipeline', () => {
	test('parses every page', () => {
		expect(result.pages.map((p) => p.id).sort()).toEqual(pages.map((p) => p.id).sort());
	});

	test('the graph has no missing nodes in a page namespace', () => {
		const missing = result.graph.nodes.filter((n) => n.missing && PAGE_NAMESPACES.has(n.namespace)).map((n) => n.id);
		expect(missing).toEqual([]);
		expect(result.graph.nodes.filter((n) => n.kind === 'page')).toHaveLength(pages.length);
	});

	test('check reports no errors (what `wikikb check` fails on)', () => {
		const errors = result.diagnostics
			.filter((d) => d.severity === 'error')
			.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`);
		expect(errors).toEqual([]);
	});

	test('check reports no warnings either; the only infos are the old backlink convention of the reference page', () => {
		const warnings = result.diagnostics
			.filter((d) => d.severity === 'warning')
			.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`);
		expect(warnings).toEqual([]);
		const infos = result.diagnostics.filter((d) => d.severity === 'info');
		expect(
			infos.every((d) => d.file.endsWith('heuristics/Learning_Rate_Tuning.wiki') && d.rule === 'convention-mismatch'),
		).toBe(true);
	});

	test(`the pages state ${LR_RULE_COUNT} LR rules, each traceable to the sources of its page`, () => {
		expect(result.rules).toHaveLength(LR_RULE_COUNT);
		for (const rule of result.rules) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
		// Rules come from heuristics, plus the documented `learning_rate` defaults of the config classes.
		const pagesWithRules = new Set(result.rules.map((r) => r.page.split(':')[0]));
		expect([...pagesWithRules].sort()).toEqual(['Heuristic', 'Implementation']);
		const defaults = result.rules.filter((r) => r.kind === 'parameter-default').map((r) => [r.page, r.lr.min]);
		expect(defaults).toEqual(
			expect.arrayContaining([
				['Implementation:HF_TrainingArguments', 5e-5],
				['Implementation:TRL_SFTConfig', 2e-5],
				['Implementation:TRL_DPOConfig', 1e-6],
				['Implementation:TRL_GRPOConfig', 1e-6],
			]),
		);
	});

	test('`lr --task sft --params 7B` recommends 2e-4, the QLoRA value for 7B models', () => {
		const rec = recommendLr({ task: 'sft', params: 7e9 }, result.rules);
		expect(rec.lr).toEqual({ min: 2e-4, max: 2e-4 });
		expect(rec.pages).toContain('Heuristic:QLoRA_Paper_Hyperparameters');
	});

	test('preference and RL rates stay far below SFT adapter rates for a 7B model', () => {
		const dpo = recommendLr({ task: 'dpo', params: 7e9, method: 'lora' }, result.rules);
		const full = recommendLr({ task: 'sft', params: 7e9, method: 'full' }, result.rules);
		expect(dpo.lr!.max).toBeLessThanOrEqual(1e-5);
		expect(full.lr).toEqual({ min: 2e-5, max: 2e-5 });
		expect(recommendLr({ task: 'sft', params: 65e9 }, result.rules).lr).toEqual({ min: 1e-4, max: 1e-4 });
	});
});
