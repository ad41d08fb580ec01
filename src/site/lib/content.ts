import { getCollection } from 'astro:content';
import { navSections, type NavSection } from './nav.ts';
import type { NodeSummary } from './view-types.ts';

interface Nodes {
	readonly list: readonly NodeSummary[];
	readonly byId: ReadonlyMap<string, NodeSummary>;
	/** The sidebar, with its counts. */
	readonly nav: readonly NavSection[];
}

let cached: Promise<Nodes> | undefined;

async function load(): Promise<Nodes> {
	const list: NodeSummary[] = (await getCollection('nodes')).map((e: { data: unknown }) => e.data as NodeSummary);
	return { list, byId: new Map(list.map((n) => [n.id, n])), nav: navSections(list) };
}

/**
 * Every node's summary (what lists show), read once per build: `getCollection` copies and walks every entry on each call, and the
 * layout and every page need the whole list (navigation counts, member tables). In dev the content changes under
 * the server, so it is read afresh.
 */
export function allNodes(): Promise<Nodes> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
