import { getCollection } from 'astro:content';
import { navSections, type NavSection } from './nav.ts';
import type { NodeData } from './view-types.ts';

interface Nodes {
	readonly list: readonly NodeData[];
	readonly byId: ReadonlyMap<string, NodeData>;
	/** The sidebar, with its counts. */
	readonly nav: readonly NavSection[];
}

let cached: Promise<Nodes> | undefined;

async function load(): Promise<Nodes> {
	const list: NodeData[] = (await getCollection('nodes')).map((e: { data: unknown }) => e.data as NodeData);
	return { list, byId: new Map(list.map((n) => [n.id, n])), nav: navSections(list) };
}

/**
 * Every node's view data, read once per build: `getCollection` copies and walks every entry on each call, and the
 * layout and every page need the whole list (navigation counts, member tables). In dev the content changes under
 * the server, so it is read afresh.
 */
export function allNodes(): Promise<Nodes> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
