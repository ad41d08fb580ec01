import { z } from 'zod';
import { declarationSchema, typedValueSchema, typeIdSchema, valueErrorSchema } from '../datatypes/index.ts';
import type { Graph } from '../graph/index.ts';
import { PAGE_TYPES } from '../load/index.ts';
import type { ExportInput } from './types.ts';
import { toJsonSchema } from './json-schema.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

/** A cited source as graph nodes and pages carry it. */
export const sourceSchema = z
	.object({
		type: z.string().min(1).describe('Kind of source as written, e.g. `Paper`, `Doc`, `Repo`.'),
		title: z.string().min(1).describe('Title of the source as written, e.g. `LoRA Paper`.'),
		url: z
			.string()
			.optional()
			.describe('Third part as written: usually a URL, sometimes a path or free text; absent in the two-part form.'),
	})
	.strict();

const nodeSchema = z
	.object({
		id: z
			.string()
			.min(1)
			.describe('Canonical id, e.g. `Heuristic:Learning_Rate_Tuning`, `Domain:fine_tuning`, `Concept:Attention`.'),
		kind: z
			.enum(['page', 'missing', 'domain', 'source', 'category', 'redirect'])
			.describe(
				'What the node stands for: a page file, a red link (wanted page), a domain tag, a cited source, a category without a page, or a redirect page (an alias of `redirectTo`).',
			),
		namespace: z
			.string()
			.describe(
				'Namespace as canonically spelled (`Heuristic`, `Domain`, `Source`, `Category`, `Concept`...); empty for the main namespace.',
			),
		type: z.enum(PAGE_TYPES).optional().describe('Page type, for page nodes.'),
		name: z.string().min(1).describe('Name with spaces, e.g. `Learning Rate Tuning`.'),
		title: z
			.string()
			.min(1)
			.describe("Display title: the page's title line, else its name; a domain's most common spelling."),
		missing: z.boolean().describe('True for a link target that has no page (a red link, listed on the wanted pages).'),
		file: z
			.string()
			.optional()
			.describe('Page file path relative to the content folder; absent unless the node is a page.'),
		url: z
			.string()
			.regex(/^\/.*\/$/u)
			.describe(
				'Site path of the node, e.g. `/heuristic/Learning_Rate_Tuning/`, without the base path the site is served under (prefix it yourself). Two titles that differ only in letter case get paths that differ otherwise too (`~~case-<hash>` on one of them).',
			),
		domains: z.array(z.string()).describe('Domain tags of a page, display form (`Fine Tuning`), in written order.'),
		sources: z
			.array(sourceSchema)
			.describe(
				'Sources a page cites, in written order, unique by identity (URL, else type and title); a source node holds itself.',
			),
		lastUpdated: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/u)
			.optional()
			.describe('`last_updated` of a page, ISO 8601, e.g. `2025-12-12T00:00:00Z` or `2025-12-12`.'),
		overview: z.string().optional().describe("First sentence of the page's Overview section, plain text."),
		categories: z.array(z.string()).describe('Categories of a page, names without the `Category:` prefix.'),
		attributes: z
			.record(z.array(z.string()))
			.describe(
				'`github_url` and values of unknown properties that are not titles, by normalized property name, as written.',
			),
		redirectTo: z
			.string()
			.min(1)
			.optional()
			.describe(
				'For a redirect page: the id links to it lead to (the end of a chain of redirects; the written target when they loop).',
			),
		defaultSort: z.string().optional().describe("`{{DEFAULTSORT:}}`: the page's sort key in categories and queries."),
		displayTitle: z
			.string()
			.optional()
			.describe(
				'`{{DISPLAYTITLE:}}` or `[[Display title of::]]` (also in `title`); Semantic MediaWiki sorts by it when there is no `defaultSort`.',
			),
		categorySortKeys: z.record(z.string()).optional().describe('Sort keys of `[[Category:X|key]]`, by category name.'),
	})
	.strict();

/** One semantic annotation exactly as written (`graph.json` facts, per-page facts). */
export const factSchema = z
	.object({
		subject: z.string().min(1).describe('Id of the page the annotation stands on.'),
		property: z.string().describe('Property name exactly as written, e.g. `Uses_heuristic`.'),
		value: z.string().describe('Value exactly as written; for `source` the whole `Type|Title|URL`.'),
		display: z.string().optional().describe('Display text of `[[property::value|display]]`, when given.'),
		subobject: z
			.string()
			.min(1)
			.optional()
			.describe(
				"Id of the `{{#subobject:name|property=value}}` the annotation was written in: the name with `_` for spaces, or for an unnamed one Semantic MediaWiki's `_` + md5 of its arguments (`_cd630d70e4e469611f361bcda9cf919a`). Absent for annotations of the page itself.",
			),
		file: z.string().min(1).describe('Page file path relative to the content folder.'),
		line: z.number().int().min(1).describe('1-based line of the annotation.'),
		col: z.number().int().min(1).describe('1-based column of the annotation.'),
		template: z
			.string()
			.optional()
			.describe("The template whose call wrote the annotation; `file`, `line` and `col` are then the call's."),
		type: typeIdSchema.describe(
			"Semantic MediaWiki type id the value is read as (`_wpg` Page, `_txt` Text, `_num` Number, `_qty` Quantity, `_dat` Date, `_uri` URL, `_boo` Boolean...), from the property's declaration (see `properties`).",
		),
		typed: typedValueSchema
			.optional()
			.describe(
				'The value read by its type; its shape follows `type` (Page `{page}`, Number `{number}`, Quantity `{number, unit, written}`, Date `{jd, precision, calendar, iso, raw, ...}`, URL/Email/Telephone `{uri}`, Boolean `{boolean}`, Text `{text}`, Record `{fields}`). A page value names its target through redirects. Absent when the value does not fit.',
			),
		error: valueErrorSchema
			.optional()
			.describe(
				'Why the value does not fit its type or allowed values; the value is kept as written (and reported as `invalid-value`).',
			),
	})
	.strict();

const propertySchema = z
	.object({
		name: z.string().min(1).describe('Property name as Semantic MediaWiki spells it, e.g. `Has number`, `Domain`.'),
		type: typeIdSchema.describe('Its type id.'),
		source: z
			.enum(['page', 'predefined', 'registry', 'default'])
			.describe(
				"Where its type comes from: its `Property:` page, Semantic MediaWiki's predefined properties, the kapso registry, or SMW's default (Page).",
			),
		page: z.string().optional().describe('Id of its `Property:` page.'),
		redirectTo: z.string().optional().describe('The property its page redirects to: its facts are facts of that one.'),
		declaration: declarationSchema
			.omit({ type: true })
			.describe(
				'The rest of its declaration: `units` (`Corresponds to`), `displayUnits`, `allowedValues`, `subpropertyOf`, `formatter` (`External formatter URI`), `precision`, `fields`.',
			),
		uses: z.number().int().min(0).describe('Number of facts written with it.'),
	})
	.strict();

const subobjectSchema = z
	.object({
		id: z
			.string()
			.min(1)
			.describe(
				'`Page#name`, as Semantic MediaWiki names the entity, e.g. `Help:Foo#_cd630d70e4e469611f361bcda9cf919a`.',
			),
		page: z.string().min(1).describe('Id of the page it is written on.'),
		name: z
			.string()
			.min(1)
			.describe(
				'Its name with `_` for spaces, or `_` + md5 of its arguments when unnamed; facts carry it in `subobject`.',
			),
		categories: z.array(z.string()).describe('`@category`: categories of the subobject itself.'),
		sortKey: z.string().optional().describe('`@sortkey`.'),
		file: z.string().min(1).describe('Page file path relative to the content folder.'),
		line: z
			.number()
			.int()
			.min(1)
			.describe('1-based line of the `{{#subobject:}}` (of the template call that wrote it).'),
	})
	.strict();

const namespaceSchema = z
	.object({
		id: z
			.number()
			.int()
			.describe(
				'MediaWiki namespace number: `0` main, `12` Help, `14` Category, `102` Property, `3008` Heuristic, custom ones from 3010.',
			),
		name: z.string().describe('Canonical name with spaces (`Help`, `User talk`); empty for the main namespace.'),
		aliases: z.array(z.string()).describe('Other names that mean it (`Image` for `File`).'),
	})
	.strict();

const conceptSchema = z
	.object({
		id: z.string().min(1).describe('Id of the concept page, e.g. `Concept:High_peaks`.'),
		query: z
			.string()
			.describe(
				'The query conditions of its `{{#concept:}}` as written, e.g. `[[Category:Mountain]][[Has height::>8000 m]]`.',
			),
		description: z.string().optional().describe('The second argument of `{{#concept:}}`: what the concept is.'),
		file: z.string().min(1).describe('Page file path relative to the content folder.'),
		line: z.number().int().min(1).describe('1-based line of the `{{#concept:}}` call.'),
		col: z.number().int().min(1).describe('1-based column of the `{{#concept:}}` call.'),
	})
	.strict();

const edgeSchema = z
	.object({
		from: z.string().min(1).describe('Id of the source node, e.g. `Workflow:QLoRA_Finetuning`.'),
		to: z.string().min(1).describe('Id of the target node.'),
		relation: z
			.string()
			.min(1)
			.describe(
				'`step`, `implements`, `requires_env`, `uses_heuristic`, `related` (symmetric), `domain`, `source`, `category`, `link`, or the normalized name of an unknown property.',
			),
		facts: z
			.array(z.number().int().min(0))
			.describe('Indexes into `facts` of every annotation this edge came from; empty for `link` and `category` edges.'),
		order: z.number().int().min(1).optional().describe('1-based position of a `step` edge in its workflow.'),
	})
	.strict();

/** Shape of `api/graph.json` (SPEC 2.2). */
export const graphFileSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the export format.'),
		nodes: z.array(nodeSchema).describe('Every page, red link, domain, source and category, sorted by id.'),
		facts: z
			.array(factSchema)
			.describe('Every semantic annotation exactly as written, one per occurrence, pages in file order.'),
		edges: z
			.array(edgeSchema)
			.describe('Normalized edges derived through the property registry, sorted by from, relation, order, to.'),
		properties: z
			.array(propertySchema)
			.describe('Every property written or declared, with its type and declaration, sorted by name.'),
		subobjects: z
			.array(subobjectSchema)
			.optional()
			.describe('Every `{{#subobject:}}`, sorted by id; absent when there is none.'),
		namespaces: z
			.array(namespaceSchema)
			.describe(
				"The namespaces titles were read with (MediaWiki's, Semantic MediaWiki's, the page types and custom ones), by number: how a query reads `Help:+` or `image:X`.",
			),
		concepts: z
			.array(conceptSchema)
			.optional()
			.describe(
				'The query of every `Concept:` page, sorted by id, which `[[Concept:Name]]` in a query stands for; absent when there is none.',
			),
	})
	.strict();

/** JSON Schema of `api/graph.json`. */
export const graphSchema = toJsonSchema(graphFileSchema, 'graph', 'wikikb graph');

/** The `api/graph.json` payload of a graph. */
export function graphPayload(graph: Graph): z.infer<typeof graphFileSchema> {
	const nodes = graph.nodes.map((n) => ({
		...n,
		domains: [...n.domains],
		sources: [...n.sources],
		categories: [...n.categories],
		attributes: { ...n.attributes } as Record<string, string[]>,
		...(n.categorySortKeys ? { categorySortKeys: { ...n.categorySortKeys } } : {}),
	}));
	const facts = graph.facts.map((f) => f as z.infer<typeof factSchema>);
	const properties = graph.properties.map((p) => ({
		...p,
		declaration: JSON.parse(JSON.stringify(p.declaration)) as z.infer<typeof propertySchema>['declaration'],
	}));
	const subobjects = graph.subobjects.map((s) => ({ ...s, categories: [...s.categories] }));
	const namespaces = (graph.namespaces ?? []).map((n) => ({ ...n, aliases: [...n.aliases] }));
	const concepts = (graph.concepts ?? []).map((c) => ({ ...c }));
	return {
		schemaVersion: SCHEMA_VERSION,
		nodes,
		facts,
		edges: graph.edges.map((e) => ({ ...e, facts: [...e.facts] })),
		properties,
		...(subobjects.length > 0 ? { subobjects } : {}),
		namespaces,
		...(concepts.length > 0 ? { concepts } : {}),
	};
}

/** The `api/graph.json` payload of a pipeline run. */
export function graphJson(result: ExportInput): z.infer<typeof graphFileSchema> {
	return graphPayload(result.graph);
}
