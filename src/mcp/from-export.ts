import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.ts';
import {
	lrFileSchema,
	pageFileSchema,
	pageJsonPath,
	searchFileSchema,
	unreadableVersion,
	type PageFile,
} from '../export/index.ts';
import { nodeById, type Graph } from '../graph/index.ts';
import { SearchIndex } from '../search/index.ts';
import type { Knowledge } from './knowledge.ts';

/** The folder holding `graph.json`: `DIR/api/` of an export (or of a built site), or `DIR` itself. */
function apiFolder(dir: string): string {
	return existsSync(join(dir, 'api', 'graph.json')) ? join(dir, 'api') : dir;
}

async function readJson(path: string): Promise<unknown> {
	try {
		return JSON.parse(await readFile(path, 'utf8'));
	} catch (cause) {
		throw new Error(
			`\`${path}\` cannot be read as JSON (${(cause as Error).message}). Export again with \`wikikb export --out DIR\`.`,
			{ cause },
		);
	}
}

function checkVersion(path: string, data: unknown): void {
	const problem = unreadableVersion(path, data);
	if (problem) throw new Error(problem);
}

/**
 * Loads a knowledge base from a JSON export (`wikikb export --out DIR` or a built site): `graph.json`,
 * `pages.json` and `lr-rules.json` now, the search index on first search, each page's file when it is asked for.
 * Nothing is parsed from page files and nothing is written.
 * @throws an Error saying what to do when the folder holds no readable export
 */
export async function knowledgeFromExport(dir: string): Promise<Knowledge> {
	const api = apiFolder(dir);
	const graphPath = join(api, 'graph.json');
	if (!existsSync(graphPath))
		throw new Error(
			`\`${dir}\` holds no JSON export (no \`api/graph.json\`). Pass the --out folder of \`wikikb export\` or \`wikikb build\`, or use --content DIR.`,
		);
	if (!existsSync(join(api, 'search.json')) || !existsSync(join(api, 'page')))
		throw new Error(
			`The export in \`${dir}\` has no search index or page files: it was made by an older wikikb. Export again with \`wikikb export --out DIR\`.`,
		);
	const [graphData, pagesData, rulesData] = await Promise.all([
		readJson(graphPath),
		readJson(join(api, 'pages.json')),
		readJson(join(api, 'lr-rules.json')),
	]);
	checkVersion(graphPath, graphData);
	checkVersion(join(api, 'pages.json'), pagesData);
	// graph.json is large and written by wikikb: its version is checked, its shape trusted; the rules are small.
	const rules = lrFileSchema.safeParse(rulesData);
	if (!rules.success)
		throw new Error(
			`\`${join(api, 'lr-rules.json')}\` does not match its schema (${rules.error.issues[0]?.message}). Export again with this wikikb.`,
		);
	const graph = graphData as Graph;
	const summaries = new Map(
		(pagesData as { pages: { id: string; summary: string }[] }).pages.map((p) => [p.id, p.summary]),
	);
	let index: Promise<SearchIndex> | undefined;
	let diagnostics: Promise<Diagnostic[]> | undefined;
	const page = async (id: string): Promise<PageFile | undefined> => {
		const node = nodeById(graph, id);
		if (node?.kind !== 'page') return undefined;
		const path = join(api, pageJsonPath(node.url).slice('api/'.length));
		const parsed = pageFileSchema.safeParse(await readJson(path));
		if (!parsed.success)
			throw new Error(
				`\`${path}\` does not match its schema (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}). Export again with this wikikb.`,
			);
		return parsed.data;
	};
	return {
		origin: api,
		graph,
		rules: rules.data.rules,
		summaries,
		searchIndex: () =>
			(index ??= readJson(join(api, 'search.json')).then((data) => {
				const parsed = searchFileSchema.safeParse(data);
				if (!parsed.success)
					throw new Error(
						`\`${join(api, 'search.json')}\` is not a wikikb search index. Export again with this wikikb.`,
					);
				return SearchIndex.load(parsed.data.index as never);
			})),
		page,
		diagnostics: () =>
			(diagnostics ??= Promise.all(
				graph.nodes.filter((n) => n.kind === 'page').map(async (n) => (await page(n.id))?.diagnostics ?? []),
			).then((lists) => lists.flat())),
	};
}
