import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { SEVERITIES, type Diagnostic } from '../diagnostics/index.ts';
import type {
	CodeBlock,
	Diagram,
	ExpansionUse,
	Fact,
	Link,
	MathBlock,
	PageModel,
	PageQuery,
	ParsedPage,
	ProseBlock,
	Section,
	Subobject,
	Table,
	Template,
} from '../parse/index.ts';
import type { RenderedHtml } from './page-job.ts';

// The shapes of cache entries, checked when an entry is read: a cache folder is a plain folder that anything may
// have written to (a crash, a full disk, another version, a person), and an entry of the wrong shape must be a
// miss, never a crash further down. Each schema is typed against the interface it checks, so they cannot drift.
// They are checked through a validator compiled by ajv from the same schema: zod took 0.2 ms per page (2 s of a
// warm 10,000-page run), ajv 0.025 ms.

/** A schema whose parsed value is the given type (what is checked is any JSON). */
type Checks<T> = z.ZodType<T, z.ZodTypeDef, unknown>;

const strings = z.array(z.string());
const place = { line: z.number(), col: z.number() };

const diagnostic: Checks<Diagnostic> = z.object({
	file: z.string(),
	...place,
	severity: z.enum(SEVERITIES),
	rule: z.string(),
	message: z.string(),
	hint: z.string().optional(),
});

const fact: Checks<Fact> = z.object({
	...place,
	property: z.string(),
	value: z.string(),
	display: z.string().optional(),
	section: strings,
	subobject: z.string().optional(),
	template: z.string().optional(),
});

const link: Checks<Link> = z.object({
	...place,
	kind: z.enum(['wiki', 'external']),
	target: z.string(),
	text: z.string().optional(),
	page: z.string().optional(),
});

const section: Checks<Section> = z.lazy(() =>
	z.object({ level: z.number(), title: z.string(), anchor: z.string(), line: z.number(), children: z.array(section) }),
);

const table: Checks<Table> = z.object({
	line: z.number(),
	syntax: z.enum(['wikitext', 'markdown']),
	caption: z.string().optional(),
	header: strings,
	rows: z.array(z.object({ line: z.number(), cells: strings, headerCells: z.array(z.boolean()).optional() })),
	section: strings,
	depth: z.number(),
});

const code: Checks<CodeBlock> = z.object({
	line: z.number(),
	syntax: z.enum(['syntaxhighlight', 'source', 'pre', 'fence']),
	lang: z.string().optional(),
	code: z.string(),
});
const math: Checks<MathBlock> = z.object({ line: z.number(), tex: z.string(), display: z.boolean() });
const diagram: Checks<Diagram> = z.object({ line: z.number(), kind: z.literal('mermaid'), source: z.string() });
const template: Checks<Template> = z.object({
	...place,
	name: z.string(),
	params: z.array(z.object({ name: z.string(), value: z.string() })),
});
const prose: Checks<ProseBlock> = z.object({
	line: z.number(),
	kind: z.enum(['paragraph', 'bullet', 'numbered', 'definition']),
	text: z.string(),
	section: strings,
});

const pageModel: Checks<PageModel> = z.object({
	redirect: z.object({ target: z.string(), ...place }).optional(),
	displayTitle: z.string().optional(),
	defaultSort: z.string().optional(),
	categorySortKeys: z.record(z.string()).optional(),
});
const expansion: Checks<ExpansionUse> = z.object({ templates: strings, checked: strings });
const subobject: Checks<Subobject> = z.object({
	...place,
	id: z.string(),
	categories: strings.optional(),
	sortKey: z.string().optional(),
});

const query: Checks<PageQuery> = z.object({
	...place,
	kind: z.enum(['ask', 'show', 'concept']),
	offset: z.number(),
	args: z.array(z.object({ ...place, text: z.string() })),
	template: z.string().optional(),
});

/** A parsed page as the cache stores it. */
const parsedPageSchema: Checks<ParsedPage> = z.object({
	id: z.string().transform((id) => id as ParsedPage['id']),
	namespace: z.string(),
	model: pageModel.optional(),
	expansion: expansion.optional(),
	subobjects: z.array(subobject).optional(),
	queries: z.array(query).optional(),
	name: z.string(),
	title: z.string(),
	file: z.string(),
	path: z.string(),
	hash: z.string(),
	format: z.enum(['wikitext', 'markdown']),
	frontMatter: z.record(z.unknown()),
	facts: z.array(fact),
	links: z.array(link),
	categories: strings,
	sections: z.array(section),
	tables: z.array(table),
	code: z.array(code),
	math: z.array(math),
	diagrams: z.array(diagram),
	templates: z.array(template),
	prose: z.array(prose),
	plainText: z.string(),
	diagnostics: z.array(diagnostic),
});

/** A rendered page body as the cache stores it. */
const renderedHtmlSchema: Checks<RenderedHtml> = z.object({
	html: z.string(),
	headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
});

/**
 * A page's cache entry. Its rendered body is a separate entry (`<key>.body`), so runs that do not render, and
 * renders that only need the page data, never read the HTML.
 */
const cacheEntrySchema = z.object({
	page: parsedPageSchema,
	/** What the page's template expansion read (template texts, `#ifexist` answers) when it was parsed. */
	expandedWith: z.string().optional(),
	/** About the rendered body, with the existence signature of the pages it links to when it was rendered. */
	body: z.object({ digest: z.string(), hasDiagrams: z.boolean(), renderedWith: z.string() }).optional(),
	/** The page's Markdown is stored (`<key>.md`), made with this existence signature (its links to `.md` files). */
	markdown: z.object({ renderedWith: z.string() }).optional(),
});

/** A page's cache entry (see {@link cacheEntrySchema}). */
export type CacheEntry = z.infer<typeof cacheEntrySchema>;

/** Checks that a value read from the cache has a shape. */
export type ShapeCheck<T> = (value: unknown) => value is T;

/** A check compiled (on first use) by ajv from a JSON Schema. */
function compiled<T>(schema: () => object): ShapeCheck<T> {
	let check: ((value: unknown) => boolean) | undefined;
	return (value: unknown): value is T => {
		check ??= new Ajv({ strict: false }).compile(schema());
		return check(value);
	};
}

/**
 * The checks of a page's cache entry and of a rendered body, compiled by ajv on first use: what a run from the
 * sources uses (the compiled package uses the same checks written beforehand, see `checksModuleSource`).
 */
export function compiledChecks(): CacheChecks {
	return {
		isCacheEntry: compiled(() => checkSchemas().isCacheEntry),
		isRenderedHtml: compiled(() => checkSchemas().isRenderedHtml),
	};
}

/** The shape checks of what the cache folder holds. */
export interface CacheChecks {
	/** Is this a page's cache entry? */
	readonly isCacheEntry: ShapeCheck<CacheEntry>;
	/** Is this a rendered body as the cache stores it? */
	readonly isRenderedHtml: ShapeCheck<RenderedHtml>;
}

/** The JSON Schemas of the checks above, by the name of their check. */
function checkSchemas(): Record<keyof CacheChecks, object> {
	return {
		isCacheEntry: zodToJsonSchema(cacheEntrySchema, { $refStrategy: 'root' }),
		isRenderedHtml: zodToJsonSchema(renderedHtmlSchema, { $refStrategy: 'root' }),
	};
}

/**
 * The source of an ES module exporting the checks above (`isCacheEntry`, `isRenderedHtml`) as code ajv wrote
 * beforehand: the compile step writes it beside the compiled code, so that a run neither loads ajv nor compiles
 * the schemas (about 0.2 s of a warm run).
 */
export function checksModuleSource(): string {
	const ajv = new Ajv({ strict: false, code: { source: true, esm: true } });
	const names: Record<string, string> = {};
	for (const [name, schema] of Object.entries(checkSchemas())) {
		ajv.addSchema(schema, name);
		names[name] = name;
	}
	return standalone.default(ajv, names);
}
