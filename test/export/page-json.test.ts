// api/page/<url>.json: one file per page, valid against its schema, its Markdown's links pointing at real pages.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeExport, type PageFile } from '../../src/export/index.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { CUSTOM_NAMESPACES, writeCustomNamespaceKb } from '../helpers/custom-namespace-kb.ts';
import { REPO_ROOT, UNSLOTH } from '../helpers/paths.ts';

let out: string;
const pages = new Map<string, PageFile>();

beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'wikikb-pages-'));
	for (const [name, dir] of [
		['unsloth', UNSLOTH],
		['content', join(REPO_ROOT, 'content')],
	] as const) {
		await writeExport(await runPipeline({ contentDir: dir, markdown: true }), join(out, name));
		for (const file of await readdir(join(out, name, 'api', 'page'), { recursive: true })) {
			if (file.endsWith('.json'))
				pages.set(
					`${name}/${file}`,
					JSON.parse(await readFile(join(out, name, 'api', 'page', file), 'utf8')) as PageFile,
				);
		}
	}
}, 600_000);

afterAll(() => rm(out, { recursive: true, force: true }));

describe('per-page JSON', () => {
	test('one file per page, at its url path, each valid against api/schema/page.schema.json', async () => {
		expect(pages.size).toBe(41 + 34);
		const schema = JSON.parse(await readFile(join(out, 'unsloth', 'api', 'schema', 'page.schema.json'), 'utf8'));
		const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
		for (const [file, page] of pages) {
			expect(validate(page), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
			expect(file.endsWith(`${page.url.replace(/\/$/u, '')}.json`)).toBe(true);
			expect(page.markdownUrl).toBe(`${page.url.replace(/\/$/u, '')}.md`);
		}
	});

	test('Markdown links to other pages point at their .md, and edges are seen from both ends', () => {
		const byId = new Map([...pages].map(([file, p]) => [`${file.split('/')[0]}:${p.id}`, p]));
		const mdUrls = new Set([...pages].map(([file, p]) => `${file.split('/')[0]}:${p.markdownUrl}`));
		let checked = 0;
		for (const [file, page] of pages) {
			const corpus = file.split('/')[0];
			for (const [, target] of page.markdown.matchAll(/\]\((\/[^)\s]*?\.md)(?:#[^)]*)?\)/gu)) {
				expect(mdUrls.has(`${corpus}:${target}`), `${file} links to ${target}`).toBe(true);
				checked++;
			}
			for (const group of page.outgoing) {
				for (const other of group.pages.filter((p) => p.kind === 'page')) {
					const back = byId.get(`${corpus}:${other.id}`)!;
					expect(
						[...back.incoming, ...back.outgoing].some(
							(g) => g.relation === group.relation && g.pages.some((p) => p.id === page.id),
						),
						`${page.id} -${group.relation}-> ${other.id}`,
					).toBe(true);
				}
			}
		}
		expect(checked).toBeGreaterThan(100);
	});

	test('a page carries its facts, sources, LR rules and diagnostics', () => {
		const page = pages.get('unsloth/heuristic/Learning_Rate_Tuning.json')!;
		expect(page.facts.every((f) => f.subject === page.id)).toBe(true);
		expect(page.facts.map((f) => f.property.toLowerCase())).toEqual(expect.arrayContaining(['domain', 'source']));
		expect(page.sources.length).toBeGreaterThan(0);
		expect(page.lrRules.length).toBeGreaterThan(3);
		expect(page.lrRules.every((r) => r.page === page.id)).toBe(true);
		expect(page.markdown).toContain('| Instruction Fine-tuning (SFT) | 2e-4 to 5e-4');
		const withDiagram = [...pages.values()].find((p) => p.markdown.includes('```mermaid\ngraph'));
		expect(withDiagram).toBeDefined();
	});
});

describe('per-page JSON beyond the five page types', () => {
	test('a custom namespace page and a redirect: valid files, the namespace as type, the redirect naming and linking its target', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'wikikb-pages-ns-'));
		try {
			const content = await writeCustomNamespaceKb(dir);
			await writeExport(
				await runPipeline({ contentDir: content, markdown: true, namespaces: CUSTOM_NAMESPACES, cacheDir: false }),
				join(dir, 'out'),
			);
			const schema = JSON.parse(await readFile(join(dir, 'out', 'api', 'schema', 'page.schema.json'), 'utf8'));
			const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
			const read = async (path: string) =>
				JSON.parse(await readFile(join(dir, 'out', 'api', 'page', path), 'utf8')) as PageFile;
			const tool = await read('tool/Vllm.json');
			const serve = await read('heuristic/Serve.json');
			const redirect = await read('page/Fast_Serving.json');
			for (const page of [tool, serve, redirect])
				expect(validate(page), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
			expect(tool.type).toBe('Tool');
			expect(redirect.type).toBe('');
			const alias = tool.incoming.flatMap((g) => g.pages).find((p) => p.id === 'Fast_Serving');
			expect(alias).toMatchObject({ kind: 'redirect', redirectTo: 'Tool:Vllm', url: tool.url });
			expect(serve.outgoing.flatMap((g) => g.pages).find((p) => p.id === 'Tool:Vllm')).toMatchObject({
				kind: 'page',
				type: 'Tool',
			});
			// The custom namespace's page has a Markdown file, so links to it go there.
			expect(serve.markdown).toContain(`](${tool.markdownUrl})`);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}, 120_000);
});
