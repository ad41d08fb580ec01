// llms.txt, llms-full.txt and the pages' Markdown files, as the site publishes them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { markdownPath } from '../../src/graph/index.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { llmsFullTxt, llmsTxt, markdownFiles, type MarkdownFile } from '../../src/site/view/llms-txt.ts';
import { CUSTOM_NAMESPACES, writeCustomNamespaceKb } from '../helpers/custom-namespace-kb.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

let result: PipelineResult;
let files: MarkdownFile[];
const place = (path: string) => `/repo${path}`;

beforeAll(async () => {
	result = await runPipeline({ contentDir: join(REPO_ROOT, 'content'), markdown: true });
	files = await markdownFiles(result, place);
}, 300_000);

describe('files for language models', () => {
	test('llms.txt follows the convention: H1, blockquote, sections of links to every page with notes', () => {
		const text = llmsTxt(result, place);
		const lines = text.split('\n');
		expect(lines[0]).toBe('# wikikb knowledge base');
		expect(lines[2]).toMatch(
			/^> 34 pages of machine-learning know-how \(4 workflows, 8 principles, 8 implementations, 3 environments, 11 heuristics\)/u,
		);
		expect(text).toContain('\n## Heuristics\n');
		const links = lines.filter((l) => l.startsWith('- ['));
		for (const node of result.graph.nodes.filter((n) => n.kind === 'page'))
			expect(text).toContain(`](/repo${markdownPath(node.url)})`);
		expect(links.find((l) => l.includes('/repo/heuristic/Learning_Rate_Tuning.md'))).toMatch(
			/^- \[Learning Rate Tuning\]\(\/repo\/heuristic\/Learning_Rate_Tuning\.md\): \S/u,
		);
		expect(text).toMatch(/\n## Optional\n\n- \[Every page in one file\]\(\/repo\/llms-full\.txt\)/u);
	});

	test('each page has a Markdown file beside its HTML page, links placed under the base path', () => {
		expect(files).toHaveLength(34);
		const page = files.find((f) => f.path === '/heuristic/Learning_Rate_Tuning.md')!;
		expect(page.text).toMatch(
			/^# Learning Rate Tuning\n\nHeuristic page `Heuristic:Learning_Rate_Tuning` in .*\. As HTML: \/repo\/heuristic\/Learning_Rate_Tuning\/\n\n/u,
		);
		expect(page.text).toMatch(/\]\(\/repo\/workflow\/[A-Za-z_]+\.md\)/u);
		expect(page.text).not.toMatch(/\]\(\/(?!repo\/)/u);
		expect(page.text).not.toMatch(/[\uE002\uE003]/u);
	});

	test('llms-full.txt holds every page', () => {
		const full = llmsFullTxt(files);
		expect(full.match(/^[A-Z][a-z]+ page `[^`]+`.*As HTML: /gmu)).toHaveLength(34);
		expect(full).toContain('```python');
	});
});

test('llms.txt lists pages of every namespace (the five types first, then a custom one, each under its heading), not redirects', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'wikikb-llms-ns-'));
	try {
		const content = await writeCustomNamespaceKb(dir);
		const custom = await runPipeline({
			contentDir: content,
			markdown: true,
			namespaces: CUSTOM_NAMESPACES,
			cacheDir: false,
		});
		const text = llmsTxt(custom, place);
		expect(text).toMatch(/^> 2 pages \(1 heuristic, 1 Tool page\), linked into a typed graph\.$/mu);
		expect(text.indexOf('\n## Heuristics\n')).toBeLessThan(text.indexOf('\n## Tool pages\n'));
		expect(text).toContain('\n## Tool pages\n\n- [Vllm](/repo/tool/Vllm.md): A serving engine');
		const tool = (await markdownFiles(custom, place)).find((f) => f.path === '/tool/Vllm.md');
		expect(tool?.text).toMatch(/^# Vllm\n\nTool page `Tool:Vllm`\./u);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}, 120_000);
