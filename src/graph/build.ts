import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { candidateTitles, namespaces, isPageType, parseTitle, type Title, type PageId } from '../load/index.ts';
import type { Link, ParsedPage } from '../parse/index.ts';
import { EdgeSet } from './edges.ts';
import { applyFact, resolveTarget, type FactContext } from './facts.ts';
import { pageMetadata } from './metadata.ts';
import { NodeStore } from './nodes.ts';
import { pageOverview } from './overview.ts';
import { lookupProperty, normalizePropertyName, PROPERTIES } from './registry.ts';
import { missingSections } from './sections.ts';
import { Declarations } from './declarations.ts';
import { checkRedirects, redirectTargets } from './redirects.ts';
import type { Graph, GraphConcept, GraphNamespace, GraphProperty, GraphSubobject, Relation } from './types.ts';
import { typeFacts, type WrittenFact } from './typing.ts';
import { domainDisplay, domainKey, sourceIdentity } from './values.ts';
import { compareCodeUnits } from '../text/index.ts';

// Relations whose repeated edges keep their first-written order.
const ORDERED = new Set<Relation>(
	Object.values(PROPERTIES).flatMap((p) => ('ordered' in p && p.ordered ? [p.relation] : [])),
);

/** The facts of all pages exactly as written, pages in file order, each page's facts by position. */
function collectFacts(pages: readonly ParsedPage[]): WrittenFact[] {
	return pages.flatMap((page) =>
		[...page.facts]
			.sort((a, b) => a.line - b.line || a.col - b.col)
			.map((f): WrittenFact => {
				return {
					subject: page.id,
					property: f.property,
					value: f.value,
					...(f.display === undefined ? {} : { display: f.display }),
					...(f.subobject === undefined ? {} : { subobject: f.subobject }),
					file: page.file,
					line: f.line,
					col: f.col,
					...(f.template === undefined ? {} : { template: f.template }),
				};
			}),
	);
}

/** Unknown property names (normalized) written at least twice: likely meant, so typos of them get suggested. */
function commonUnknownProperties(pages: readonly ParsedPage[]): string[] {
	const counts = new Map<string, number>();
	for (const page of pages) {
		for (const f of page.facts) {
			const name = normalizePropertyName(f.property);
			if (name && !lookupProperty(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
		}
	}
	return [...counts]
		.filter(([, n]) => n >= 2)
		.map(([name]) => name)
		.sort(compareCodeUnits);
}

/**
 * The page a Markdown link to a page file names: by its path (`Link.page`), else the one existing page with that
 * file name (`/wikis/X.md`); undefined when none (the renderer shows such a link as a plain link).
 */
function pageFileTitle(ctx: FactContext, link: Link): Title | undefined {
	if (link.page !== undefined) return parseTitle(link.page);
	const found = candidateTitles(link.target).filter((t) => ctx.nodes.exists(t.id));
	const title = found.length === 1 ? found[0] : found.find((t) => t.namespace === ctx.page.namespace);
	// `[[Notes.md]]` written as a wiki link stays a title; a path (`/wikis/X.md`) naming no page is no edge
	return title ?? (link.target.includes('/') ? undefined : parseTitle(link.target));
}

/** Ordinary links and categories of a page: `link` and `category` edges (no facts), red links reported. */
function addLinks(ctx: FactContext): void {
	for (const link of ctx.page.links) {
		if (link.kind !== 'wiki') continue;
		const title =
			link.page !== undefined || candidateTitles(link.target).length > 0
				? pageFileTitle(ctx, link)
				: parseTitle(link.target);
		if (!title || title.id === ctx.page.id) continue; // `[[#Section]]` and self links are not edges
		ctx.edges.add(ctx.page.id, resolveTarget(ctx, title, link, 'link'), 'link');
	}
	for (const category of ctx.page.categories) {
		const id = ctx.nodes.category(category);
		if (id) ctx.edges.add(ctx.page.id, id, 'category');
	}
}

/**
 * Fills what a page states without properties (infobox template, metadata table, Domains and Knowledge Sources
 * sections): only the kinds of data its facts do not give. Such domains and sources get edges with no facts.
 */
function addMetadata(ctx: FactContext): void {
	const meta = pageMetadata(ctx.page);
	const { node } = ctx;
	if (node.domains.length === 0) {
		for (const tag of meta.domains) {
			const display = domainDisplay(tag);
			if (!display || node.domains.some((d) => domainKey(d) === domainKey(display))) continue;
			node.domains.push(display);
			ctx.edges.add(ctx.page.id, ctx.nodes.domain(display), 'domain');
		}
	}
	if (node.sources.length === 0) {
		for (const ref of meta.sources) {
			if (node.sources.some((s) => sourceIdentity(s) === sourceIdentity(ref))) continue;
			node.sources.push(ref);
			ctx.edges.add(ctx.page.id, ctx.nodes.source(ref) as PageId, 'source');
		}
	}
	if (!node.lastUpdated && meta.lastUpdated) node.lastUpdated = meta.lastUpdated;
}

/** Reports each section the page's type requires and the page lacks (not when the parser gave up on the page). */
function checkSections(page: ParsedPage, diagnostics: Diagnostic[]): void {
	if (page.diagnostics.some((d) => d.rule === 'parse-failed') || !isPageType(page.namespace)) return;
	for (const title of missingSections(page.namespace, page.sections)) {
		// Tell the author the heading in the syntax of their own page.
		const heading = page.format === 'markdown' ? `## ${title}` : `== ${title} ==`;
		diagnostics.push(diag(page.path, 1, 1, 'missing-section', 'missing', { pageType: page.namespace, heading }));
	}
}

/**
 * What a page says of itself through facts: `[[Display title of::X]]` gives its display title, as `{{DISPLAYTITLE:}}` does.
 */
function applyDisplayTitle(ctx: FactContext): void {
	const fact = ctx.page.facts.find((f) => !f.subobject && ctx.declarations.of(f.property).name === 'Display title of');
	if (!fact || fact.value.trim() === '') return;
	ctx.node.title = fact.value.trim();
	ctx.node.displayTitle = fact.value.trim();
}

/** A redirect page: an edge to where it leads (links to it are resolved there). */
function addRedirect(ctx: FactContext, redirects: ReadonlyMap<string, string>): void {
	const target = redirects.get(ctx.page.id);
	if (target === undefined || ctx.node.redirectTo === undefined) return;
	const title = parseTitle(target);
	if (title) ctx.edges.add(ctx.page.id, ctx.nodes.target(title).id, 'redirect');
}

/** The properties written or declared, with their types and number of uses, sorted by name. */
function propertyList(facts: readonly WrittenFact[], declarations: Declarations): GraphProperty[] {
	const uses = new Map<string, number>();
	for (const f of facts) {
		const name = declarations.of(f.property).name;
		uses.set(name, (uses.get(name) ?? 0) + 1);
	}
	const names = new Set([...uses.keys(), ...declarations.declared().map((d) => d.name)].filter((n) => n !== ''));
	return [...names].sort(compareCodeUnits).map((name) => {
		const info = declarations.of(name);
		const { type, ...declaration } = info.declaration;
		const own = declarations.declared().find((d) => d.name === name);
		return {
			name,
			type,
			source: own ? 'page' : info.source,
			...(own?.page ? { page: own.page as PageId } : {}),
			...(own?.redirectTo ? { redirectTo: own.redirectTo } : {}),
			declaration,
			uses: uses.get(name) ?? 0,
		};
	});
}

/** Every `{{#subobject:}}` of the pages, sorted by id. */
function subobjectList(pages: readonly ParsedPage[]): GraphSubobject[] {
	return pages
		.flatMap((page) =>
			(page.subobjects ?? []).map((s): GraphSubobject => ({
				id: `${page.id}#${s.id}`,
				page: page.id,
				name: s.id,
				categories: [...(s.categories ?? [])],
				...(s.sortKey ? { sortKey: s.sortKey } : {}),
				file: page.file,
				line: s.line,
			})),
		)
		.sort((a, b) => compareCodeUnits(a.id, b.id));
}

/** The namespaces in force, by number: the query engine reads titles with them, in the browser too. */
function namespaceList(): GraphNamespace[] {
	return namespaces()
		.all.map((ns) => ({ id: ns.id, name: ns.name, aliases: [...ns.aliases] }))
		.sort((a, b) => a.id - b.id);
}

/** The query of each `Concept:` page (`{{#concept:conditions|description}}`, the first call of the page), sorted by id. */
function conceptList(pages: readonly ParsedPage[]): GraphConcept[] {
	return pages
		.flatMap((page): GraphConcept[] => {
			const call = page.namespace === 'Concept' ? page.queries?.find((q) => q.kind === 'concept') : undefined;
			if (!call) return [];
			const [query, description] = call.args;
			return [
				{
					id: page.id,
					query: query?.text ?? '',
					...(description?.text ? { description: description.text } : {}),
					file: page.file,
					line: call.line,
					col: call.col,
				},
			];
		})
		.sort((a, b) => compareCodeUnits(a.id, b.id));
}

/**
 * Turns parsed pages into the typed graph (SPEC 2.2): a node per page, redirect, red link, domain, source and
 * category; every fact as written and typed by its property's declaration; edges normalized through the property
 * registry, links and values through redirects resolved to their targets. Pure and deterministic: the result
 * depends only on the pages, not on their order. Never throws on bad input.
 */
export function buildGraph(pages: readonly ParsedPage[]): { graph: Graph; diagnostics: Diagnostic[] } {
	const sorted = [...pages].sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.id, b.id));
	const redirects = redirectTargets(sorted);
	const nodes = new NodeStore(
		new Set(sorted.map((p) => p.id)),
		sorted.map((p) => p.file),
		redirects,
	);
	const edges = new EdgeSet();
	const diagnostics: Diagnostic[] = [];
	const declarations = new Declarations(sorted, redirects, diagnostics);
	const written = collectFacts(sorted);
	const commonUnknown = commonUnknownProperties(sorted);
	let index = 0;
	for (const page of sorted) {
		const node = nodes.addPage(page, pageOverview(page.prose));
		const ctx: FactContext = { page, node, nodes, edges, diagnostics, commonUnknown, declarations };
		for (const fact of [...page.facts].sort((a, b) => a.line - b.line || a.col - b.col)) applyFact(ctx, fact, index++);
		applyDisplayTitle(ctx);
		addRedirect(ctx, redirects);
		addLinks(ctx);
		addMetadata(ctx);
		checkSections(page, diagnostics);
	}
	diagnostics.push(...checkRedirects(sorted, redirects, nodes.exists));
	const { nodes: finalNodes, rename } = nodes.finish();
	const finalEdges = edges.finish(ORDERED, rename);
	const paths = new Map(sorted.map((p) => [p.file, p.path]));
	const facts = typeFacts(
		written,
		finalEdges,
		declarations,
		(id) => nodes.resolve(id),
		(file) => paths.get(file) ?? file,
		diagnostics,
	);
	return {
		graph: {
			nodes: finalNodes,
			facts,
			edges: finalEdges,
			properties: propertyList(written, declarations),
			subobjects: subobjectList(sorted),
			namespaces: namespaceList(),
			concepts: conceptList(sorted),
		},
		diagnostics,
	};
}
