import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageId } from '../../src/load/types.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { E2E_FIXTURES } from './case.ts';

const CASE = join(E2E_FIXTURES, 'wiki-mix');

describe('rendered pages of a wiki the project has never seen', () => {
	let result: PipelineResult;
	const bodies = new Map<string, string>();
	const html = (id: string) => {
		expect(bodies.has(id), `no rendered HTML for ${id}`).toBe(true);
		return bodies.get(id)!;
	};

	beforeAll(async () => {
		result = await runPipeline({ contentDir: CASE, cacheDir: false, threads: 1, render: true });
		for (const id of result.bodies.ids()) bodies.set(id, (await result.bodies.get(id))!.html);
	}, 300_000);

	test('every page is rendered', () => {
		expect([...result.bodies.ids()].sort()).toEqual(result.pages.map((p) => p.id).sort());
	});

	test('wikitext page: annotations show their value or display text; code, nowiki stay literal; comments vanish', () => {
		const body = html('Heuristic:Learning_rate_cheatsheet');
		expect(body).toContain('Trainer config v2');
		expect(body).toContain('2e-4 to 5e-4');
		expect(body).toContain('domain::Code Domain');
		expect(body).toContain('[[domain::Nowiki Domain]]');
		expect(body).not.toContain('Commented Out');
		expect(body).toMatch(/<a[^>]+href="[^"]*\/workflow\/Preference_Tuning\/?"[^>]*>preference tuning<\/a>/);
		expect(body).toContain('Cheatsheets');
	});

	test('every site-internal link in every rendered page leads to a node of the graph (no dead links)', () => {
		const urls = new Set(result.graph.nodes.map((n) => n.url.replace(/\/$/, '')));
		const dead: string[] = [];
		for (const [id, page] of bodies) {
			for (const m of page.matchAll(/href="(\/[^"#?]*)[^"]*"/g)) {
				const href = decodeURI(m[1]!).replace(/\/$/, '');
				// `/wikis/<file>` links are checked on their own below.
				if (!href.startsWith('/wikis/') && !urls.has(href) && !urls.has(m[1]!.replace(/\/$/, '')))
					dead.push(`${id}: ${m[1]}`);
			}
		}
		expect(dead).toEqual([]);
	});

	test('a Markdown link to another page file of the wiki (`/wikis/sweep_runner.py.md`) leads to that page', () => {
		const target = result.graph.nodes.find((n) => n.id === 'Implementation:Sweep_runner.py')!.url;
		for (const id of ['Heuristic:Adapter_LR_Notes', 'Environment:GPU_Box']) {
			const hrefs = [...html(id).matchAll(/href="([^"]*)"[^>]*>([^<]*)</g)]
				.filter((m) => /sweep runner/i.test(m[2]!))
				.map((m) => m[1]);
			expect(hrefs, id).toEqual([target]);
		}
	});

	test('the title line is the page title, not a heading or list item of the body', () => {
		for (const id of [
			'Heuristic:Learning_rate_cheatsheet',
			'Heuristic:Adapter_LR_Notes',
			'Implementation:Trainer.config.v2',
			'Environment:GPU_Box',
		]) {
			const body = html(id);
			expect(body, id).not.toMatch(/<h1[\s>]/);
			expect(body, id).not.toMatch(/<li>\s*(?:Heuristic|Environment): /);
			expect(body, id).not.toMatch(/>\s*= Trainer config v2 =\s*</);
		}
	});

	test('pure-Markdown page: front matter is not shown, the pipe table is a table', () => {
		const body = html('Heuristic:Adapter_LR_Notes');
		expect(body).not.toContain('tags:');
		expect(body).not.toContain('learning-rate]');
		expect(body).toMatch(/<table[\s>]/);
		expect(body).toMatch(/<code[^>]*>1e-4<\/code>/);
	});

	test('Markdown inside wikitext: bold, ## headings and pipe tables render', () => {
		const body = html('Environment:GPU_Box');
		expect(body).toMatch(/<(strong|b)>24 GB<\/(strong|b)>/);
		expect(body).toMatch(/<h2[^>]*>[\s\S]{0,200}Packages/);
		expect(body).toMatch(/<table[\s\S]*peft[\s\S]*<\/table>/);
		expect(body).not.toContain('**24 GB**');
		expect(body).not.toContain('## Packages');
	});
});

describe('content-hash cache: a rebuild after editing one page redoes only that page', () => {
	let dir = '';
	let cache = '';
	let first: PipelineResult;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'wikikb-e2e-content-'));
		cache = await mkdtemp(join(tmpdir(), 'wikikb-e2e-cache-'));
		await cp(CASE, dir, { recursive: true });
		first = await runPipeline({ contentDir: dir, cacheDir: cache, threads: 1 });
	}, 300_000);

	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
		await rm(cache, { recursive: true, force: true });
	});

	test('a second run takes every page from the cache and gives the same graph and rules', async () => {
		const again = await runPipeline({ contentDir: dir, cacheDir: cache, threads: 1 });
		expect(again.stats).toEqual({ cached: first.pages.length, processed: 0 });
		expect(again.graph).toEqual(first.graph);
		expect(again.rules).toEqual(first.rules);
	});

	test('fixing the malformed date of one page reprocesses that page only, and the date appears', async () => {
		const file = join(dir, 'environments', 'GPU_Box.md');
		await writeFile(
			file,
			(await readFile(file, 'utf8')).replace(
				'[[last_updated::sometime in December]]',
				'[[last_updated::2025-12-24 18:00 GMT]]',
			),
		);
		const edited = await runPipeline({ contentDir: dir, cacheDir: cache, threads: 1 });
		expect(edited.stats).toEqual({ cached: first.pages.length - 1, processed: 1 });
		expect(edited.graph.nodes.find((n) => n.id === 'Environment:GPU_Box')?.lastUpdated).toBe('2025-12-24T18:00:00Z');
		expect(edited.diagnostics.filter((d) => d.rule === 'malformed-date')).toEqual([]);
		expect(edited.rules).toEqual(first.rules);
	});
});
