import {
	type Graph,
	type GraphNode,
	pageSuggester,
	type PageSuggester,
	movedUrls as movedUrlsOf,
	urlFor,
} from '../../graph/index.ts';
import { pathForTitle, takenPaths, titleOf, type PageId } from '../../load/index.ts';
import type { LrRule } from '../../lr/index.ts';
import { groupBy } from '../../text/index.ts';
import type { BodyInfo, PipelineResult } from '../../pipeline/index.ts';
import { categoryMembers } from './categories.ts';
import { countBySeverity } from '../../diagnostics/index.ts';
import { diagnosticViews, relativeToContent, type DiagnosticView } from './diagnostics-view.ts';
import { factRows, propertyPages } from './facts.ts';
import { readableText } from './inline-text.ts';
import { defaultEdgeChoice, type EdgeChoice } from './graph-groups.ts';
import { compactGraph, indexGraph, type GraphIndex } from './graph-view.ts';
import { relationGroups } from './relations.ts';
import type { RelationGroupIds } from './relations.ts';
import type {
	GraphData,
	NodeData,
	NodeRef,
	NodeSummary,
	PropertyData,
	PropertySummary,
	SourceView,
	WantedHints,
} from './view-types.ts';

/** One node's entry: its view data, about its rendered body (pages only; the body is read when shown). */
export interface NodeEntry {
	readonly data: NodeData;
	readonly body?: BodyInfo;
	/** Content hash of the page file (pages only). */
	readonly hash?: string;
	/** The diagnostics of the page's file (pages with any only), for the dev server's panel. */
	readonly findings?: readonly DiagnosticView[];
}

/** Everything the site shows, computed once per build. */
export interface SiteModel {
	readonly nodes: readonly NodeEntry[];
	readonly nodeById: ReadonlyMap<string, NodeEntry>;
	readonly properties: readonly PropertyData[];
	readonly propertyByName: ReadonlyMap<string, PropertyData>;
	readonly rules: readonly LrRule[];
	/** Every diagnostic of the run, in `check`'s order. */
	readonly diagnostics: readonly DiagnosticView[];
	readonly graph: GraphData;
	/** Which edges the graph view draws at first (`defaultEdgeChoice`). */
	readonly edgeChoice: EdgeChoice;
	/** The same graph indexed for neighbourhoods (each page's small graph). */
	readonly graphIndex: GraphIndex;
	/**
	 * Nodes whose site path is not `urlFor(id)` (their titles differ from another's only in letter case): the
	 * path rendered bodies link to, and the node's path. Bodies are cached with `urlFor` paths.
	 */
	readonly movedUrls: ReadonlyMap<string, string>;
}

/** The part of a node's view that lists show (the collection entry). */
export function summaryOf(data: NodeData): NodeSummary {
	const { id, kind, namespace, name, title, url, missing, overview, lastUpdated, domains } = data;
	const tagRelation =
		kind === 'domain' || kind === 'category' || kind === 'source'
			? kind
			: namespace === 'Category'
				? 'category'
				: undefined;
	const members = data.groups.find((g) => g.relation === tagRelation && g.direction === 'in')?.items.length ?? 0;
	return {
		id,
		kind,
		namespace,
		name,
		title,
		url,
		missing,
		...(overview ? { overview } : {}),
		...(lastUpdated ? { lastUpdated } : {}),
		domains,
		members,
	};
}

/** What the property index shows of a property (the collection entry). */
export function propertySummaryOf(property: PropertyData): PropertySummary {
	return { name: property.name, url: property.url, count: property.count, values: property.uses.length };
}

/** A reference to a node for links and lists. */
export function refOf(node: GraphNode): NodeRef {
	return {
		id: node.id,
		title: node.title,
		url: node.url,
		kind: node.kind,
		missing: node.missing,
		namespace: node.namespace,
	};
}

/** Identity of a source as the SPEC defines it: its URL, else type and title. */
function sourceKey(type: string, title: string, url: string | undefined): string {
	return url ? url.trim() : `${type.trim()}|${title.trim()}`;
}

/** Maps each page's `source` facts to the source node its edge points at, by source identity. */
function sourceTargets(graph: Graph): Map<string, Map<string, string>> {
	const out = new Map<string, Map<string, string>>();
	for (const edge of graph.edges) {
		if (edge.relation !== 'source') continue;
		let byKey = out.get(edge.from);
		if (!byKey) out.set(edge.from, (byKey = new Map()));
		for (const i of edge.facts) {
			const [type = '', title = '', url] = (graph.facts[i]?.value ?? '').split('|');
			byKey.set(sourceKey(type, title, url), edge.to);
		}
	}
	return out;
}

/** Sources as the site shows them: an external link only for http(s) URLs (page text is untrusted). */
function sourceViews(
	node: GraphNode,
	targets: ReadonlyMap<string, string> | undefined,
	byId: ReadonlyMap<string, GraphNode>,
): SourceView[] {
	return node.sources.map((s) => {
		const target = targets?.get(sourceKey(s.type, s.title, s.url));
		const url = (target ? byId.get(target)?.url : undefined) ?? urlFor(`Source:${sourceKey(s.type, s.title, s.url)}`);
		const isUrl = s.url !== undefined && /^https?:\/\/\S+$/i.test(s.url);
		return { type: s.type, title: s.title, url, ...(isUrl ? { href: s.url } : s.url ? { note: s.url } : {}) };
	});
}

/** What a missing node's page says: the file to create (named like the first page linking to it) and likely meant pages. */
function wantedHints(
	node: GraphNode,
	groups: readonly RelationGroupIds[],
	byId: ReadonlyMap<string, GraphNode>,
	suggest: PageSuggester,
	refsOf: (ids: readonly string[]) => NodeRef[],
	taken: ReadonlySet<string>,
): WantedHints {
	const linkingFile = groups
		.flatMap((g) => (g.direction === 'in' ? g.ids : []))
		.flatMap((id) => byId.get(id)?.file ?? [])[0];
	const extension = linkingFile ? /\.[^./]+$/u.exec(linkingFile)?.[0] : undefined;
	const createAs = pathForTitle(titleOf(node.namespace, node.name), { ...(extension ? { extension } : {}), taken });
	return { ...(createAs ? { createAs } : {}), meant: refsOf(suggest(node.namespace, node.name)) };
}

/** Targets of a node's outgoing edges of one relation, in edge order, unique. */
function outgoing(graph: Graph): Map<string, Map<string, string[]>> {
	const out = new Map<string, Map<string, string[]>>();
	for (const e of graph.edges) {
		let byRel = out.get(e.from);
		if (!byRel) out.set(e.from, (byRel = new Map()));
		const list = byRel.get(e.relation) ?? [];
		if (!list.includes(e.to)) list.push(e.to);
		byRel.set(e.relation, list);
	}
	return out;
}

/**
 * Turns a pipeline run into the site's view: one entry per graph node (with fact box rows, backlinks grouped
 * by relation, rendered body), one per property, the LR rules, the diagnostics and the compact graph of the graph view.
 * @param contentDir the content folder, to name files that are no page relative to it
 */
export function buildModel(result: PipelineResult, contentDir?: string): SiteModel {
	const { graph } = result;
	const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
	const groups = relationGroups(graph);
	const facts = factRows(graph, byId);
	const pageByPath = new Map(
		result.pages.flatMap((p) => {
			const node = byId.get(p.id);
			return node ? [[p.path, { file: p.file, ref: refOf(node) }] as const] : [];
		}),
	);
	const relByPath = new Map(result.files.map((f) => [f.path, f.relPath]));
	const diagnostics = diagnosticViews(
		result.diagnostics,
		(path) => pageByPath.get(path),
		(path) => relByPath.get(path) ?? (contentDir ? relativeToContent(contentDir, path) : path),
	);
	const diagnosticsByFile = groupBy(diagnostics, (d) => d.file);
	const hashById = new Map(result.pages.map((p) => [p.id as string, p.hash]));
	const ref = (id: string): NodeRef | undefined => {
		const node = byId.get(id);
		return node ? refOf(node) : undefined;
	};
	const refsOf = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => ref(id) ?? []);
	const out = outgoing(graph);
	const sources = sourceTargets(graph);
	const suggest = pageSuggester(result.pages.map((p) => p.id));
	const taken = takenPaths(result.pages.map((p) => p.file));
	const categories = categoryMembers(graph, byId);

	const nodes: NodeEntry[] = graph.nodes.map((node) => {
		const body = result.bodies.info(node.id as PageId);
		const data: NodeData = {
			id: node.id,
			kind: node.kind,
			namespace: node.namespace,
			name: node.name,
			title: node.title,
			url: node.url,
			missing: node.missing,
			...(node.file ? { file: node.file } : {}),
			// As readers see it: the overview is a page's description, search weight, RSS and table line, all plain text.
			...(node.overview ? { overview: readableText(node.overview) } : {}),
			...(node.lastUpdated ? { lastUpdated: node.lastUpdated } : {}),
			domains: refsOf(out.get(node.id)?.get('domain')),
			sources: sourceViews(node, sources.get(node.id), byId),
			categories: refsOf(out.get(node.id)?.get('category')),
			facts: facts.get(node.id) ?? [],
			groups: (groups.get(node.id) ?? []).map((g) => ({
				relation: g.relation,
				direction: g.direction,
				label: g.label,
				items: refsOf(g.ids),
			})),
			diagnostics: countBySeverity(node.file ? (diagnosticsByFile.get(node.file) ?? []) : []),
			hasDiagrams: body?.hasDiagrams ?? false,
			...(node.kind === 'missing'
				? { wanted: wantedHints(node, groups.get(node.id) ?? [], byId, suggest, refsOf, taken) }
				: {}),
			// a redirect in a loop leads nowhere: its page says so rather than refreshing forever
			...(node.redirectTo && byId.get(node.redirectTo)?.kind !== 'redirect' && ref(node.redirectTo)
				? { redirect: ref(node.redirectTo)! }
				: {}),
			...(categories.has(node.id) || node.namespace === 'Category'
				? {
						members: {
							subcategories: refsOf(categories.get(node.id)?.subcategories),
							pages: refsOf(categories.get(node.id)?.pages),
						},
					}
				: {}),
		};
		const hash = hashById.get(node.id);
		const findings = node.file ? diagnosticsByFile.get(node.file) : undefined;
		return { data, ...(body ? { body } : {}), ...(hash ? { hash } : {}), ...(findings ? { findings } : {}) };
	});
	const properties = propertyPages(graph, byId);
	const compact = compactGraph(graph);
	const edgeChoice = defaultEdgeChoice(compact);
	return {
		nodes,
		nodeById: new Map(nodes.map((n) => [n.data.id, n])),
		properties,
		propertyByName: new Map(properties.map((p) => [p.name, p])),
		rules: result.rules,
		diagnostics,
		graph: compact,
		edgeChoice,
		graphIndex: indexGraph(compact, edgeChoice),
		movedUrls: movedUrlsOf(graph.nodes),
	};
}
