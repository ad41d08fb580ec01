import { z } from 'zod';
import { backlinks, nodeById, normalizePropertyName, outlinks, type Graph } from '../../graph/index.ts';
import type { SearchHit } from '../../search/index.ts';
import type { Knowledge } from '../knowledge.ts';
import { defineTool } from './types.ts';
import { foldName } from '../../text/index.ts';

/** Relations listed as a page's own fields (domains, sources, categories): not "connected pages". */
const LISTED = new Set(['domain', 'source', 'category']);
/** How many connected pages a result shows: typed relations first, then plain links. */
const CONNECTED = 8;

const propertyFilter = z
	.object({
		name: z
			.string()
			.min(1)
			.describe(
				'Property name as pages write it, e.g. `source`, `domain`, `implements` (case, spaces and `_` do not matter).',
			),
		value: z
			.string()
			.optional()
			.describe(
				"Value it must have, compared without case: the whole value, its display text, or one `|` part of it (a source's kind, title or URL). Omit to require only that the page states the property.",
			),
	})
	.strict();

const connectedSchema = z
	.object({
		id: z.string().describe('Id of the connected page or node.'),
		title: z.string().describe('Its display title.'),
		type: z.string().optional().describe('Its page type, when it is a page.'),
		relation: z
			.string()
			.describe('Relation of the edge: `step`, `implements`, `requires_env`, `uses_heuristic`, `related`, `link`, ...'),
		direction: z.enum(['out', 'in']).describe('`out`: this page -> that one; `in`: that page -> this one.'),
	})
	.strict();

const resultSchema = z
	.object({
		id: z.string().describe('Page id, e.g. `Heuristic:Learning_Rate_Tuning`; pass it to `get_page`.'),
		title: z.string().describe('Display title.'),
		type: z
			.string()
			.describe(
				'Page type: its namespace (`Workflow`, `Principle`, `Implementation`, `Environment`, `Heuristic`, or any other the knowledge base has, e.g. a custom `Tool`); empty for the main namespace.',
			),
		url: z.string().describe('Site path of the page.'),
		summary: z.string().describe('Plain-text summary of the page (its Overview, at most 300 characters).'),
		domains: z.array(z.string()).describe('Domain tags of the page.'),
		score: z.number().describe('Relevance; higher is better, comparable only within one search.'),
		connected: z
			.array(connectedSchema)
			.describe(
				`Pages directly connected to this one (at most ${CONNECTED}: steps, implementations, environments, heuristics, related pages, then links).`,
			),
	})
	.strict();

/** Ids of the pages that state every one of the property filters. */
function pagesWithProperties(graph: Graph, filters: readonly z.infer<typeof propertyFilter>[]): Set<string> {
	let keep: Set<string> | undefined;
	for (const filter of filters) {
		const name = normalizePropertyName(filter.name);
		const value = filter.value === undefined ? undefined : foldName(filter.value);
		const subjects = new Set<string>();
		for (const fact of graph.facts) {
			if (normalizePropertyName(fact.property) !== name) continue;
			const values = [fact.value, fact.display ?? '', ...fact.value.split('|')].map(foldName);
			if (value === undefined || values.includes(value)) subjects.add(fact.subject);
		}
		keep = keep ? new Set([...keep].filter((id) => subjects.has(id))) : subjects;
	}
	return keep ?? new Set();
}

/** The pages an edge connects to a result, typed relations first. */
function connectedPages(graph: Graph, id: string): z.infer<typeof connectedSchema>[] {
	const groups = [...outlinks(graph, id), ...backlinks(graph, id)].filter((g) => !LISTED.has(g.relation));
	const ordered = [...groups.filter((g) => g.relation !== 'link'), ...groups.filter((g) => g.relation === 'link')];
	const out: z.infer<typeof connectedSchema>[] = [];
	const seen = new Set<string>();
	for (const group of ordered) {
		for (const { id: other } of group.nodes) {
			if (out.length >= CONNECTED) return out;
			if (seen.has(other) || other === id) continue;
			seen.add(other);
			const node = nodeById(graph, other);
			out.push({
				id: other,
				title: node?.title ?? other,
				...(node?.kind === 'page' ? { type: node.namespace } : {}),
				relation: group.relation,
				direction: group.direction,
			});
		}
	}
	return out;
}

function resultOf(knowledge: Knowledge, hit: SearchHit): z.infer<typeof resultSchema> {
	return {
		id: hit.id,
		title: hit.title,
		type: hit.type,
		url: hit.url,
		summary: knowledge.summaries.get(hit.id) ?? '',
		domains: [...hit.domains],
		score: Math.round(hit.score * 1000) / 1000,
		connected: connectedPages(knowledge.graph, hit.id),
	};
}

/** `search`: ranked pages for a question, with filters by type, domain and property values. */
export const searchTool = defineTool({
	name: 'search',
	title: 'Search the knowledge base',
	description:
		'Finds pages of the knowledge base for a question or keywords, ranked by relevance (words of the question may match in any order; stop words, word forms, common abbreviations such as LR or OOM and small typos are handled). Filter by page type, domain or property value. Each result has its summary and the pages directly connected to it; read a page in full with `get_page`.',
	input: {
		query: z
			.string()
			.max(1000)
			.describe(
				'The question or keywords, as a person would type them, e.g. "how do I pick the LoRA rank and alpha". May be empty when filters are given: then every page they keep is listed.',
			),
		type: z
			.array(z.string())
			.optional()
			.describe(
				'Only pages of these types (namespaces), e.g. `Heuristic`, `Workflow` or a custom one such as `Tool`; `""` for the main namespace.',
			),
		domain: z
			.array(z.string())
			.optional()
			.describe('Only pages in one of these domains, e.g. `Fine_Tuning` (case, spaces and `_` do not matter).'),
		property: z
			.array(propertyFilter)
			.optional()
			.describe('Only pages that state every one of these properties (with the value, when given).'),
		top_k: z.number().int().min(1).max(50).default(10).describe('How many results at most (1 to 50, default 10).'),
	},
	output: {
		query: z.string().describe('The query as asked.'),
		total: z.number().int().min(0).describe('Number of results returned.'),
		results: z.array(resultSchema).describe('Best first.'),
	},
	async run(knowledge, args) {
		const index = await knowledge.searchIndex();
		const allowed = args.property?.length ? pagesWithProperties(knowledge.graph, args.property) : undefined;
		const filtered = Boolean(args.type?.length || args.domain?.length || allowed);
		const hits = index.search(args.query, {
			limit: args.top_k,
			...(filtered
				? {
						filters: {
							type: args.type,
							domain: args.domain,
							...(allowed ? { allow: (id: string) => allowed.has(id) } : {}),
						},
					}
				: {}),
		});
		const results = hits.map((hit) => resultOf(knowledge, hit));
		const text =
			results.length === 0
				? `No page matches ${args.query.trim() ? `“${args.query.trim()}”` : 'these filters'}. Try other words, or fewer filters.`
				: results
						.map(
							(r, i) =>
								`${i + 1}. ${r.title} (${r.type}, \`${r.id}\`)\n   ${r.summary}${r.connected.length ? `\n   Connected: ${r.connected.map((c) => `${c.title} (${c.relation}${c.direction === 'in' ? ', incoming' : ''})`).join('; ')}` : ''}`,
						)
						.join('\n');
		return { structured: { query: args.query, total: results.length, results }, text };
	},
});
