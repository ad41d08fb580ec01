import { z } from 'zod';
import type { Graph } from '../graph/index.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import { toJsonSchema } from './json-schema.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

const pageTypes = ['Workflow', 'Principle', 'Implementation', 'Environment', 'Heuristic'] as const;

const sourceSchema = z
	.object({
		type: z.string().min(1).describe('Kind of source as written, e.g. `Paper`, `Doc`, `Repo`.'),
		title: z.string().min(1).describe('Title of the source as written, e.g. `LoRA Paper`.'),
		url: z.string().optional().describe('Third part as written: usually a URL, sometimes a path or free text; absent in the two-part form.'),
	})
	.strict();

const nodeSchema = z
	.object({
		id: z.string().min(1).describe('Canonical id, e.g. `Heuristic:Learning_Rate_Tuning`, `Domain:fine_tuning`, `Concept:Attention`.'),
		kind: z.enum(['page', 'missing', 'domain', 'source', 'category']).describe('What the node stands for: a page file, a red link (wanted page), a domain tag, a cited source or a category.'),
		namespace: z.string().describe('Namespace as canonically spelled (`Heuristic`, `Domain`, `Source`, `Category`, `Concept`...); empty for the main namespace.'),
		type: z.enum(pageTypes).optional().describe('Page type, for page nodes.'),
		name: z.string().min(1).describe('Name with spaces, e.g. `Learning Rate Tuning`.'),
		title: z.string().min(1).describe("Display title: the page's title line, else its name; a domain's most common spelling."),
		missing: z.boolean().describe('True for a link target that has no page (a red link, listed on the wanted pages).'),
		file: z.string().optional().describe('Page file path relative to the content folder; absent unless the node is a page.'),
		url: z.string().regex(/^\/.*\/$/u).describe('Site path of the node, e.g. `/heuristic/Learning_Rate_Tuning/`, without the base path the site is served under (prefix it yourself). Two titles that differ only in letter case get paths that differ otherwise too (`~~case-<hash>` on one of them).'),
		domains: z.array(z.string()).describe('Domain tags of a page, display form (`Fine Tuning`), in written order.'),
		sources: z.array(sourceSchema).describe('Sources a page cites, in written order, unique by identity (URL, else type and title); a source node holds itself.'),
		lastUpdated: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/u).optional().describe('`last_updated` of a page, ISO 8601, e.g. `2025-12-12T00:00:00Z` or `2025-12-12`.'),
		overview: z.string().optional().describe("First sentence of the page's Overview section, plain text."),
		categories: z.array(z.string()).describe('Categories of a page, names without the `Category:` prefix.'),
		attributes: z.record(z.array(z.string())).describe('`github_url` and values of unknown properties that are not titles, by normalized property name, as written.'),
	})
	.strict();

const factSchema = z
	.object({
		subject: z.string().min(1).describe('Id of the page the annotation stands on.'),
		property: z.string().describe('Property name exactly as written, e.g. `Uses_heuristic`.'),
		value: z.string().describe('Value exactly as written; for `source` the whole `Type|Title|URL`.'),
		display: z.string().optional().describe('Display text of `[[property::value|display]]`, when given.'),
		subobject: z
			.string()
			.min(1)
			.optional()
			.describe('Name of the `{{#subobject:name|property=value}}` the annotation was written in, as written; `_L<line>C<col>` (where it is written) when unnamed. Absent for annotations of the page itself.'),
		file: z.string().min(1).describe('Page file path relative to the content folder.'),
		line: z.number().int().min(1).describe('1-based line of the annotation.'),
		col: z.number().int().min(1).describe('1-based column of the annotation.'),
	})
	.strict();

const edgeSchema = z
	.object({
		from: z.string().min(1).describe('Id of the source node, e.g. `Workflow:QLoRA_Finetuning`.'),
		to: z.string().min(1).describe('Id of the target node.'),
		relation: z
			.string()
			.min(1)
			.describe('`step`, `implements`, `requires_env`, `uses_heuristic`, `related` (symmetric), `domain`, `source`, `category`, `link`, or the normalized name of an unknown property.'),
		facts: z.array(z.number().int().min(0)).describe('Indexes into `facts` of every annotation this edge came from; empty for `link` and `category` edges.'),
		order: z.number().int().min(1).optional().describe('1-based position of a `step` edge in its workflow.'),
	})
	.strict();

/** Shape of `api/graph.json` (SPEC 2.2). */
export const graphFileSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the export format.'),
		nodes: z.array(nodeSchema).describe('Every page, red link, domain, source and category, sorted by id.'),
		facts: z.array(factSchema).describe('Every semantic annotation exactly as written, one per occurrence, pages in file order.'),
		edges: z.array(edgeSchema).describe('Normalized edges derived through the property registry, sorted by from, relation, order, to.'),
	})
	.strict();

/** JSON Schema of `api/graph.json`. */
export const graphSchema = toJsonSchema(graphFileSchema, 'graph', 'wikikb graph');

/** The `api/graph.json` payload of a graph. */
export function graphPayload(graph: Graph): z.infer<typeof graphFileSchema> {
	return { schemaVersion: SCHEMA_VERSION, nodes: graph.nodes.map((n) => ({ ...n, domains: [...n.domains], sources: [...n.sources], categories: [...n.categories], attributes: { ...n.attributes } as Record<string, string[]> })), facts: [...graph.facts], edges: graph.edges.map((e) => ({ ...e, facts: [...e.facts] })) };
}

/** The `api/graph.json` payload of a pipeline run. */
export function graphJson(result: PipelineResult): z.infer<typeof graphFileSchema> {
	return graphPayload(result.graph);
}
