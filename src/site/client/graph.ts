/**
 * The `/graph/` page: the whole graph in a force layout that comes out the same on every load, the kinds of nodes
 * the reader chooses, and a focus mode around one page (its neighbours to depth 1 or 2, in rings). The focus is in
 * the address (`/graph/?focus=Heuristic:X&depth=2`), so each page's small graph links to its own.
 */
import type { Core } from 'cytoscape';
import { countOf } from '../../text/index.ts';
import { href } from '../view/href.ts';
import { isDrawnEdge, nodeGroup, type EdgeChoice } from '../view/graph-groups.ts';
import { degrees, indexGraph, neighbourhood, seedPositions } from '../view/graph-view.ts';
import type { GraphData } from '../view/view-types.ts';
import { fitGraph, graphStyles, manageLabels, toElements } from './graph-draw.ts';

/** The reader's view: the groups shown, the connections drawn, and the page in focus with the depth of its neighbourhood. */
interface ViewState {
	readonly shown: ReadonlySet<string>;
	readonly edges: EdgeChoice;
	readonly focus?: string;
	readonly depth: number;
}

/** The drawn part of the graph for the groups shown: pages always, other nodes only when they are connected. */
function visiblePart(data: GraphData, shown: ReadonlySet<string>, choice: EdgeChoice): GraphData {
	const nodes = data.nodes.filter((n) => shown.has(nodeGroup(n)));
	const ids = new Set(nodes.map((n) => n.id));
	const edges = data.edges.filter((e) => isDrawnEdge(e, choice) && ids.has(e.from) && ids.has(e.to));
	const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
	return { nodes: nodes.filter((n) => n.kind === 'page' || linked.has(n.id)), edges };
}

/** Draws the graph as the state says; returns the cytoscape instance and a line for the status. */
function draw(
	cytoscape: typeof import('cytoscape'),
	container: HTMLElement,
	data: GraphData,
	state: ViewState,
): { cy: Core; status: string } {
	const part = visiblePart(data, state.shown, state.edges);
	const focus = state.focus ? part.nodes.find((n) => n.id === state.focus) : undefined;
	if (focus) {
		const hood = neighbourhood(indexGraph(part, state.edges), focus.id, state.depth);
		const cy = cytoscape({ container, elements: toElements(hood.nodes, hood.edges), style: graphStyles() });
		// Rings by distance, each in title order: no randomness, and the focused page in the middle.
		const distance = new Map(hood.nodes.map((n) => [n.id, n.distance]));
		cy.nodes()
			.sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
			.layout({
				name: 'concentric',
				concentric: (n) => state.depth + 1 - (distance.get(n.id()) ?? 0),
				levelWidth: () => 1,
				minNodeSpacing: 30,
				animate: false,
			})
			.run();
		cy.getElementById(focus.id).addClass('focus');
		const neighbours = hood.nodes.length - 1;
		return {
			cy,
			status: `${focus.title}: ${countOf(neighbours, 'page', 'pages')} within ${countOf(state.depth, 'step')}.`,
		};
	}
	const positions = seedPositions(
		part.nodes.map((n) => n.id),
		degrees(part.edges),
	);
	const cy = cytoscape({ container, elements: toElements(part.nodes, part.edges, positions), style: graphStyles() });
	// Started from the same positions and never randomized, the force layout draws the same graph on every load.
	cy.layout({
		name: 'cose',
		animate: false,
		randomize: false,
		nodeRepulsion: () => 60000,
		idealEdgeLength: () => 80,
		nodeOverlap: 20,
		componentSpacing: 80,
		numIter: 1500,
	}).run();
	return { cy, status: `${countOf(cy.nodes().length, 'node')} and ${countOf(cy.edges().length, 'connection')} shown.` };
}

/** The focus and depth in the address, if any; a redirect's id focuses on its target. */
function stateFromAddress(canonical: ReadonlyMap<string, string>): { focus?: string; depth: number } {
	const params = new URLSearchParams(window.location.search);
	const focus = canonical.get(params.get('focus') ?? '');
	const depth = params.get('depth') === '2' ? 2 : 1;
	return focus ? { focus, depth } : { depth };
}

/**
 * Draws the interactive graph: loads cytoscape and the graph data on demand, lets the reader choose which kinds
 * of nodes to show and focus on one page (found by title), and opens a page when its node is clicked.
 */
export async function initGraph(): Promise<void> {
	const app = document.getElementById('graph-app');
	const container = document.getElementById('graph-canvas');
	const statusLine = document.getElementById('graph-status');
	const controls = document.getElementById('graph-controls') as HTMLFormElement | null;
	const find = document.getElementById('graph-find') as HTMLInputElement | null;
	const depthSelect = document.getElementById('graph-depth') as HTMLSelectElement | null;
	const whole = document.getElementById('graph-whole') as HTMLButtonElement | null;
	if (!app || !container || !controls || !find || !depthSelect || !whole) return;
	app.hidden = false;
	document.getElementById('graph-list')?.removeAttribute('open');
	const [{ default: cytoscape }, data] = await Promise.all([
		import(/* @vite-ignore */ __WIKIKB_CYTOSCAPE_URL__) as Promise<{ default: typeof import('cytoscape') }>,
		fetch(href('/graph/data.json')).then((r) => r.json() as Promise<GraphData>),
	]);
	// A page is found by its title and by the other names its redirects give it; a node's own title wins.
	const aliases = data.nodes.flatMap((n) => (n.aliases ?? []).map((a) => ({ ...a, target: n.id })));
	const byTitle = new Map([
		...aliases.map((a) => [a.title.toLowerCase(), a.target] as const),
		...data.nodes.map((n) => [n.title.toLowerCase(), n.id] as const),
	]);
	const canonical = new Map([
		...aliases.map((a) => [a.id, a.target] as const),
		...data.nodes.map((n) => [n.id, n.id] as const),
	]);
	const titleOf = new Map(data.nodes.map((n) => [n.id, n.title]));
	let cy: Core | undefined;
	let focus: string | undefined;
	const render = () => {
		const form = new FormData(controls);
		const shown = new Set(form.getAll('show').map(String));
		// The page in focus is shown whatever its group.
		if (focus) shown.add(nodeGroup(data.nodes.find((n) => n.id === focus)!));
		// A category's connections are its members: they are drawn with the categories.
		const edges = { links: form.has('links'), categories: shown.has('Category') };
		cy?.destroy();
		const drawn = draw(cytoscape, container, data, {
			shown,
			edges,
			depth: Number(depthSelect.value),
			...(focus ? { focus } : {}),
		});
		cy = drawn.cy;
		const place = manageLabels(cy, () => focus);
		fitGraph(cy, 30);
		place();
		whole.hidden = focus === undefined;
		if (statusLine) statusLine.textContent = drawn.status;
	};
	const setFocus = (id: string | undefined, push: boolean) => {
		focus = id;
		find.value = id ? (titleOf.get(id) ?? '') : '';
		const search = id ? `?${new URLSearchParams({ focus: id, depth: depthSelect.value })}` : '';
		if (push) history.pushState(null, '', `${window.location.pathname}${search}`);
		render();
	};
	const fromAddress = stateFromAddress(canonical);
	depthSelect.value = String(fromAddress.depth);
	controls.addEventListener('change', (event) => {
		const target = event.target as HTMLElement;
		if (target === find) setFocus(byTitle.get(find.value.trim().toLowerCase()), true);
		else if (target === depthSelect) setFocus(focus, true);
		else render();
	});
	controls.addEventListener('submit', (event) => {
		event.preventDefault();
		setFocus(byTitle.get(find.value.trim().toLowerCase()), true);
	});
	whole.addEventListener('click', () => setFocus(undefined, true));
	window.addEventListener('popstate', () => {
		const state = stateFromAddress(canonical);
		depthSelect.value = String(state.depth);
		setFocus(state.focus, false);
	});
	setFocus(fromAddress.focus, false);
}
