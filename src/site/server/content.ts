import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { navSections, type NavSection } from '../view/nav.ts';
import type { NodeSummary } from '../view/view-types.ts';
import { siteModel } from './views.ts';

interface Nodes {
	readonly list: readonly NodeSummary[];
	readonly byId: ReadonlyMap<string, NodeSummary>;
	/** The sidebar, with its counts. */
	readonly nav: readonly NavSection[];
	/** A hash of what the layout shows on every page (the list and the sidebar), for `reusablePage`. */
	readonly digest: string;
}

let cached: Promise<Nodes> | undefined;

async function load(): Promise<Nodes> {
	const list: NodeSummary[] = (await getCollection('nodes')).map((e: { data: unknown }) => e.data as NodeSummary);
	// The run's own lists, not `getCollection`: Astro warns on every read of an empty collection (a wiki without LR rules).
	const model = await siteModel();
	const problems = model.diagnostics.filter((d) => d.severity !== 'info').length;
	const nav = navSections(list, {
		properties: model.properties.length,
		rules: model.rules.length,
		findings: model.diagnostics.length,
		problems,
	});
	let digest: string | undefined;
	return {
		list,
		byId: new Map(list.map((n) => [n.id, n])),
		nav,
		// Made when first asked (a build that reuses pages): the dev server reads the lists afresh for every page.
		get digest() {
			return (digest ??= createHash('sha256').update(JSON.stringify({ list, nav })).digest('hex'));
		},
	};
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
