import { createHash } from 'node:crypto';
import {
	pathForTitle,
	takenPaths,
	isPageType,
	normalizeName,
	parseTitle,
	shownTitle,
	toDbKey,
	type Title,
	type PageId,
} from '../load/index.ts';
import { followRedirects } from './redirects.ts';
import type { ParsedPage } from '../parse/index.ts';
import { pageSuggester, type PageSuggester } from './similar.ts';
import type { GraphNode, NodeKind, SourceRef } from './types.ts';
import { caseSafeUrls, urlFor } from './url.ts';
import { domainDisplay, domainId, domainKey, sourceIdentity } from './values.ts';
import { compareCodeUnits } from '../text/index.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type Draft = Mutable<GraphNode> & { attributes: Record<string, string[]> };

const blank = (id: string, kind: NodeKind, namespace: string, name: string, title: string): Draft => ({
	id: id as PageId,
	kind,
	namespace,
	name,
	title,
	missing: kind === 'missing',
	url: urlFor(id),
	domains: [],
	sources: [],
	categories: [],
	attributes: {},
});

/** Holds the graph's nodes while it is built: pages, and the tag and missing nodes their facts and links name. */
export class NodeStore {
	private readonly nodes = new Map<string, Draft>();
	private readonly domainSpellings = new Map<string, Map<string, number>>();
	private readonly sourcesByIdentity = new Map<string, SourceRef>();

	/**
	 * @param pageIds ids of every page file
	 * @param pageFiles their paths relative to the content folder, for the file a missing page would have
	 */
	constructor(
		private readonly pageIds: ReadonlySet<string>,
		private readonly pageFiles: readonly string[] = [],
		private readonly redirects: ReadonlyMap<string, string> = new Map(),
	) {}

	/** Where links to an id lead: through redirects to the end of the chain (a loop stays on the id). */
	resolve(id: string): string {
		if (!this.redirects.has(id)) return id;
		const path = followRedirects(id, this.redirects);
		return path.loop ? id : path.final;
	}

	private taken: Set<string> | undefined;

	/**
	 * The file that would hold a missing page, with the extension of `likeFile` (the linking page's), its capitals
	 * escaped where it would clash with an existing path on a case-insensitive disk; undefined when no file can.
	 */
	fileFor(title: Title, likeFile?: string): string | undefined {
		this.taken ??= takenPaths(this.pageFiles);
		const extension = likeFile ? /\.[^./]+$/u.exec(likeFile)?.[0] : undefined;
		return pathForTitle(title, { ...(extension ? { extension } : {}), taken: this.taken });
	}

	/** Whether an id is the id of a page file. */
	exists = (id: string): boolean => this.pageIds.has(id);

	private suggester: PageSuggester | undefined;

	/** Pages a missing title probably means (see {@link pageSuggester}). */
	similarPages(title: Title): PageId[] {
		this.suggester ??= pageSuggester(this.pageIds);
		return this.suggester(title.namespace, title.name);
	}

	/** Adds the node of a page file and returns it for its facts to fill. */
	addPage(page: ParsedPage, overview: string | undefined): Draft {
		const redirect = this.redirects.get(page.id);
		const node = blank(
			page.id,
			redirect === undefined ? 'page' : 'redirect',
			page.namespace,
			page.name,
			page.model?.displayTitle
				? shownTitle(page.model.displayTitle, page.name, page.namespace)
				: page.title || page.name,
		);
		if (redirect !== undefined) {
			const final = this.resolve(page.id);
			node.redirectTo = (final === page.id ? redirect : final) as PageId;
		}
		if (page.model?.defaultSort !== undefined) node.defaultSort = page.model.defaultSort;
		if (page.model?.displayTitle !== undefined) node.displayTitle = page.model.displayTitle;
		if (page.model?.categorySortKeys) node.categorySortKeys = { ...page.model.categorySortKeys };
		if (isPageType(page.namespace)) node.type = page.namespace;
		node.file = page.file;
		if (overview) node.overview = overview;
		node.categories = [...page.categories];
		this.nodes.set(page.id, node);
		return node;
	}

	/** The node a title points at: the page, a category, a domain, or a missing (wanted) node. */
	target(written: Title): { id: PageId; missing: boolean } {
		const final = this.resolve(written.id);
		const title = final === written.id ? written : (parseTitle(final) ?? written);
		if (this.pageIds.has(title.id)) return { id: title.id, missing: false };
		if (title.namespace === 'Category') return { id: this.category(title.name)!, missing: false }; // a parsed title's name is never empty
		if (title.namespace === 'Domain') return { id: this.domain(title.name), missing: false };
		if (!this.nodes.has(title.id))
			this.nodes.set(title.id, blank(title.id, 'missing', title.namespace, title.name, title.name));
		return { id: title.id, missing: true };
	}

	/** The node of a category name (without prefix); `undefined` for a name that is empty once normalized. */
	category(name: string): PageId | undefined {
		let display = normalizeName(name);
		if (display === '') return undefined;
		// a category page redirecting to another category moves its members there (SMW's category redirects)
		const final = this.resolve(`Category:${toDbKey(display)}`);
		if (final.startsWith('Category:')) display = normalizeName(final.slice('Category:'.length));
		const id = `Category:${toDbKey(display)}`;
		if (!this.nodes.has(id)) this.nodes.set(id, blank(id, 'category', 'Category', display, display));
		return id as PageId;
	}

	/**
	 * The node of a domain tag (its id is {@link domainId}); spellings are counted so the node shows the most
	 * common one. The caller has checked that the tag is not empty.
	 */
	domain(tag: string): PageId {
		const key = domainKey(tag);
		const spellings = this.domainSpellings.get(key) ?? new Map<string, number>();
		const display = domainDisplay(tag);
		spellings.set(display, (spellings.get(display) ?? 0) + 1);
		this.domainSpellings.set(key, spellings);
		return domainId(tag)!;
	}

	/** Records a source; returns its identity (its node id is assigned in finish()). */
	source(ref: SourceRef): string {
		const identity = sourceIdentity(ref);
		if (!this.sourcesByIdentity.has(identity)) this.sourcesByIdentity.set(identity, ref);
		return `Source:\u0000${identity}`;
	}

	/**
	 * The final nodes sorted by id, and a map from the placeholder ids of sources to their real ids
	 * (`Source:LoRA_Paper`; sources with one title but different identities get a short hash). Domain nodes
	 * (`Domain:fine_tuning`) are titled with their most common spelling (`Fine Tuning`).
	 */
	finish(): { nodes: GraphNode[]; rename: Map<string, PageId> } {
		const rename = new Map<string, PageId>();
		for (const spellings of this.domainSpellings.values()) {
			const display = [...spellings].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]![0];
			const id = domainId(display)!;
			if (!this.nodes.has(id)) this.nodes.set(id, blank(id, 'domain', 'Domain', normalizeName(display), display));
		}
		const byName = new Map<string, string[]>();
		for (const [identity, ref] of this.sourcesByIdentity) {
			// readable ids: the title's letters, digits, `.` and `-`, so the URL needs few escapes
			const name = toDbKey(normalizeName(ref.title.replace(/[^\p{L}\p{N}.\- ]+/gu, ' ')) || 'Untitled');
			const list = byName.get(name) ?? [];
			list.push(identity);
			byName.set(name, list);
		}
		for (const [name, identities] of byName) {
			const types = identities.map((i) => this.sourcesByIdentity.get(i)!.type);
			for (const [k, identity] of identities.entries()) {
				const ref = this.sourcesByIdentity.get(identity)!;
				// one title, several sources: tell them apart by type when that is enough, else by a hash of the identity
				const typeSlug = toDbKey(normalizeName(ref.type.replace(/[^\p{L}\p{N}.\- ]+/gu, ' ')));
				const byType = typeSlug !== '' && types.filter((t) => t === types[k]).length === 1;
				const suffix =
					identities.length === 1
						? ''
						: byType
							? `_-_${typeSlug}`
							: `_-_${createHash('sha256').update(identity).digest('hex').slice(0, 8)}`;
				let id = `Source:${name}${suffix}`;
				if (this.nodes.has(id))
					id = `Source:${name}_-_${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`; // a title that looks like a suffixed one
				rename.set(`Source:\u0000${identity}`, id as PageId);
				const node = blank(id, 'source', 'Source', id.slice('Source:'.length).replace(/_/gu, ' '), ref.title);
				node.sources = [ref];
				this.nodes.set(id, node);
			}
		}
		// Site paths that differ only in letter case would overwrite each other on a case-insensitive file system.
		const urls = caseSafeUrls(this.nodes.keys());
		for (const node of this.nodes.values()) node.url = urls.get(node.id)!;
		const nodes = [...this.nodes.values()].sort((a, b) => compareCodeUnits(a.id, b.id)).map(freeze);
		return { nodes, rename };
	}
}

/** Drops empty optional fields and sorts attribute keys, for stable output. */
function freeze(node: Draft): GraphNode {
	const attributes = Object.fromEntries(
		Object.keys(node.attributes)
			.sort()
			.map((key) => [key, node.attributes[key]!]),
	);
	return { ...node, attributes };
}

export type { Draft as NodeDraft };
