import { z } from 'zod';
import { SEVERITIES, type Diagnostic } from '../diagnostics/index.ts';
import {
	backlinks,
	markdownPath,
	movedUrls,
	nodeById,
	outlinks,
	placeMarkedLinks,
	type Graph,
	type GraphNode,
	type RelationGroup,
} from '../graph/index.ts';
import { lrRuleSchema, type LrRule } from '../lr/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import { factSchema, sourceSchema } from './graph-json.ts';
import { toJsonSchema } from './json-schema.ts';
import { toJsonRule } from './lr-json.ts';
import { pageSummary, sectionSchema, toSectionJson } from './pages-json.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { groupBy } from '../text/index.ts';

/** A diagnostic as `wikikb check --format json` prints it. */
export const diagnosticSchema = z
	.object({
		file: z
			.string()
			.describe('Page file as the content folder was given plus its path in it, e.g. `content/heuristics/X.wiki`.'),
		line: z.number().int().min(0).describe('1-based line; 0 for a finding about the whole file.'),
		col: z.number().int().min(0).describe('1-based column; 0 for a finding about the whole file.'),
		severity: z.enum(SEVERITIES).describe('How serious it is: errors make `wikikb check` exit 1.'),
		rule: z.string().describe('Permanent rule id, e.g. `unknown-property` (README, "Rules").'),
		message: z.string().describe('What happened and why, then what to do.'),
		hint: z.string().optional().describe('Extra advice.'),
	})
	.strict();

const otherPageSchema = z
	.object({
		id: z.string().describe('Id of the page (or node) at the other end, e.g. `Workflow:QLoRA_Finetuning`.'),
		title: z.string().describe('Its display title.'),
		kind: z
			.enum(['page', 'missing', 'domain', 'source', 'category', 'redirect'])
			.describe(
				'What it is: a page, a red link (no page), a domain, a source, a category, or a redirect page (an alias of `redirectTo`).',
			),
		type: z
			.string()
			.optional()
			.describe('Its page type (its namespace, as `type` of the page itself), when it is a page.'),
		redirectTo: z
			.string()
			.min(1)
			.optional()
			.describe('For a redirect: the id of the page it leads to (the end of a chain of redirects).'),
		url: z
			.string()
			.describe('Its site path, e.g. `/workflow/QLoRA_Finetuning/`; for a redirect, the path of the page it leads to.'),
	})
	.strict();

const edgeGroupSchema = z
	.object({
		relation: z
			.string()
			.describe(
				"Relation of the edges: `step`, `implements`, `requires_env`, `uses_heuristic`, `related`, `link`, or an unknown property's name.",
			),
		label: z
			.string()
			.describe('How a reader calls the group from this page: `Steps`, `Used by`, `Implemented by`, `Linked from`...'),
		pages: z.array(otherPageSchema).describe('The pages at the other end, steps in order, else by id.'),
	})
	.strict();

/** Shape of `api/page/<url path>.json`: one page with everything known about it. */
export const pageFileSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the export format.'),
		id: z.string().describe('Page id, e.g. `Heuristic:Learning_Rate_Tuning`.'),
		title: z.string().describe('Display title.'),
		type: z
			.string()
			.describe(
				'Page type: its namespace as canonically spelled, one of the five (`Workflow`, `Principle`, `Implementation`, `Environment`, `Heuristic`), a MediaWiki one (`Property`, `Template`...) or a custom one from `wikikb.config.json` (`Tool`); empty for the main namespace.',
			),
		file: z.string().describe('Page file relative to the content folder.'),
		url: z.string().describe('Site path of the page, e.g. `/heuristic/Learning_Rate_Tuning/`.'),
		markdownUrl: z.string().describe('Site path of the page as Markdown, e.g. `/heuristic/Learning_Rate_Tuning.md`.'),
		summary: z.string().describe("Plain-text summary, at most 300 characters (the page's Overview)."),
		lastUpdated: z.string().optional().describe('`last_updated`, ISO 8601.'),
		domains: z.array(z.string()).describe('Domain tags, display form.'),
		categories: z.array(z.string()).describe('Categories, names without `Category:`.'),
		sources: z.array(sourceSchema).describe('Sources the page cites, in written order.'),
		sections: z.array(sectionSchema).describe('Heading tree.'),
		markdown: z
			.string()
			.describe(
				'The page body as Markdown (GFM), made from its rendered HTML: headings, lists, pipe tables, fenced code with its language, `$...$` math as TeX, ```mermaid diagrams; links to other pages point at their `.md` (site paths, e.g. `/workflow/X.md`), links to other nodes at their site pages. Without the title line.',
			),
		facts: z
			.array(factSchema)
			.describe('Every semantic annotation on the page exactly as written, in page order (as in `graph.json`).'),
		attributes: z
			.record(z.array(z.string()))
			.describe('`github_url` and values of unknown properties that are not titles, by property.'),
		outgoing: z
			.array(edgeGroupSchema)
			.describe(
				'Edges from this page to others, grouped by relation (domains, sources and categories are listed above instead).',
			),
		incoming: z
			.array(edgeGroupSchema)
			.describe(
				'Edges from other pages to this one, grouped by relation (`Used by`, `Implemented by`...); symmetric `related` edges are here.',
			),
		lrRules: z.array(lrRuleSchema).describe('The learning-rate rules the page states (as in `lr-rules.json`).'),
		diagnostics: z.array(diagnosticSchema).describe('What `wikikb check` reports about the page file.'),
	})
	.strict();

/** A page's JSON as the export writes it. */
export type PageFile = z.infer<typeof pageFileSchema>;

/** JSON Schema of `api/page/<url path>.json`. */
export const pageSchema = toJsonSchema(pageFileSchema, 'page', 'wikikb page');

/** What a page's JSON is made from: a run over the content (or the same data from elsewhere). */
export interface PageSource {
	readonly graph: Graph;
	readonly rules: readonly LrRule[];
	readonly diagnostics: readonly Diagnostic[];
}

/** Relations shown as fields of their own (`domains`, `sources`, `categories`), not as edge groups. */
const LISTED = new Set(['domain', 'source', 'category']);

/** Where a page's JSON is written, relative to the export folder: `/heuristic/X/` -> `api/page/heuristic/X.json`. */
export function pageJsonPath(url: string): string {
	return `api/page/${url.replace(/^\/|\/$/gu, '')}.json`;
}

/**
 * Makes page JSONs for the pages of one run (facts, rules and diagnostics are grouped by page once).
 * @returns a function from a page and its Markdown as the run made it (links marked) to the page's JSON, whose
 * Markdown links are base-free site paths
 */
export function pageJsonMaker(source: PageSource): (page: ParsedPage, markdown: string) => PageFile {
	const facts = groupBy(source.graph.facts, (f) => f.subject as string);
	const rules = groupBy(source.rules, (r) => r.page as string);
	const diagnostics = groupBy(source.diagnostics, (d) => d.file);
	const moved = movedUrls(source.graph.nodes);
	const at = (path: string) => moved.get(path) ?? path;
	const other = (id: string) => otherPage(source.graph, id);
	const groups = (list: RelationGroup[]) =>
		list
			.filter((g) => !LISTED.has(g.relation))
			.map((g) => ({ relation: g.relation, label: g.label, pages: g.nodes.map((n) => other(n.id)) }));
	return (page, markdown) => {
		const node = nodeById(source.graph, page.id);
		if (!node) throw new Error(`The page ${page.id} has no node in the graph.`);
		return {
			schemaVersion: SCHEMA_VERSION,
			id: page.id,
			title: page.title,
			type: page.namespace,
			file: page.file,
			url: node.url,
			markdownUrl: markdownPath(node.url),
			summary: pageSummary(page),
			...(node.lastUpdated ? { lastUpdated: node.lastUpdated } : {}),
			domains: [...node.domains],
			categories: [...node.categories],
			sources: node.sources.map((s) => ({ ...s })),
			sections: page.sections.map(toSectionJson),
			markdown: placeMarkedLinks(markdown, (path, md) => (md ? markdownPath(at(path)) : at(path))),
			facts: (facts.get(page.id) ?? []).map((f) => ({ ...f })),
			attributes: Object.fromEntries(Object.entries(node.attributes).map(([k, v]) => [k, [...v]])),
			outgoing: groups(outlinks(source.graph, page.id)),
			incoming: groups(backlinks(source.graph, page.id)),
			lrRules: (rules.get(page.id) ?? []).map(toJsonRule),
			diagnostics: (diagnostics.get(page.path) ?? []).map((d) => ({ ...d })),
		};
	};
}

/** The page at the other end of an edge; a redirect names the page it leads to, and links to that page's path. */
function otherPage(graph: Graph, id: string): z.infer<typeof otherPageSchema> {
	const node = nodeById(graph, id);
	if (!node) return { id, title: id, kind: 'missing', url: '' };
	const target = node.redirectTo ? nodeById(graph, node.redirectTo) : undefined;
	return {
		id: node.id,
		title: node.title,
		kind: node.kind,
		...(node.kind === 'page' ? { type: node.namespace } : {}),
		...(node.redirectTo ? { redirectTo: node.redirectTo } : {}),
		url: target?.url ?? node.url,
	};
}
