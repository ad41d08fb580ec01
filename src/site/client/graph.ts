import type { Core, ElementDefinition } from 'cytoscape';
import { href } from '../lib/href.ts';
import type { GraphData } from '../lib/view-types.ts';
import { currentTheme } from './theme.ts';

/** Node colours by type, chosen to stay distinct on light and dark backgrounds. */
const COLORS: Readonly<Record<string, string>> = {
	Heuristic: '#e8590c',
	Workflow: '#3b5bdb',
	Principle: '#2b8a3e',
	Implementation: '#9c36b5',
	Environment: '#0b7285',
	domain: '#868e96',
	missing: '#e03131',
};

function colorOf(node: GraphData['nodes'][number]): string {
	if (node.missing) return COLORS.missing!;
	if (node.kind === 'domain') return COLORS.domain!;
	return COLORS[node.namespace] ?? '#495057';
}

function groupOf(node: GraphData['nodes'][number]): string {
	return node.missing ? 'missing' : node.kind === 'page' ? node.namespace : node.kind;
}

/** The elements to draw: the kinds the reader chose, and the edges between them (plain links left out). */
function elements(data: GraphData, shown: ReadonlySet<string>): ElementDefinition[] {
	const nodes = data.nodes.filter((n) => shown.has(groupOf(n)));
	const ids = new Set(nodes.map((n) => n.id));
	const edges = data.edges.filter((e) => e.relation !== 'link' && e.relation !== 'category' && ids.has(e.from) && ids.has(e.to));
	const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
	return [
		...nodes.filter((n) => n.kind === 'page' || linked.has(n.id)).map((n) => ({ data: { id: n.id, label: n.title, url: href(n.url), color: colorOf(n) } })),
		...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, relation: e.relation } })),
	];
}

function styles(): cytoscape.StylesheetJson {
	const dark = currentTheme() === 'dark';
	return [
		{
			selector: 'node',
			style: {
				'background-color': 'data(color)',
				label: 'data(label)',
				'font-size': 8,
				// Labels appear once the reader zooms in, so the overview is not a blur of overlapping text.
				'min-zoomed-font-size': 7,
				color: dark ? '#e6e8eb' : '#1f2328',
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'text-wrap': 'ellipsis',
				'text-max-width': '120px',
				'text-background-color': dark ? '#1c1f26' : '#f6f8fa',
				'text-background-opacity': 0.8,
				width: 12,
				height: 12,
			},
		},
		{ selector: 'edge', style: { width: 1, 'line-color': dark ? '#4a5160' : '#c3cad3', 'target-arrow-color': dark ? '#4a5160' : '#c3cad3', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.6, 'curve-style': 'bezier' } },
		{ selector: '.faded', style: { opacity: 0.15 } },
		{ selector: 'node.focus', style: { width: 20, height: 20, 'font-size': 12, 'font-weight': 'bold' } },
	];
}

/**
 * Draws the interactive graph: loads cytoscape and the graph data on demand, lets the reader choose which
 * kinds of nodes to show, find a page (its neighbourhood is highlighted) and open a page by clicking it.
 */
export async function initGraph(): Promise<void> {
	const app = document.getElementById('graph-app');
	const container = document.getElementById('graph-canvas');
	const status = document.getElementById('graph-status');
	const controls = document.getElementById('graph-controls') as HTMLFormElement | null;
	const find = document.getElementById('graph-find') as HTMLInputElement | null;
	if (!app || !container || !controls) return;
	app.hidden = false;
	document.getElementById('graph-list')?.removeAttribute('open');
	const [{ default: cytoscape }, data] = await Promise.all([import('cytoscape'), fetch(href('/graph/data.json')).then((r) => r.json() as Promise<GraphData>)]);
	let cy: Core | undefined;
	const draw = () => {
		const shown = new Set(new FormData(controls).getAll('show').map(String));
		cy?.destroy();
		const els = elements(data, shown);
		cy = cytoscape({ container, elements: els, style: styles(), layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 90, nodeOverlap: 20, componentSpacing: 80 }, wheelSensitivity: 0.3 });
		cy.on('tap', 'node', (event) => {
			const url = event.target.data('url') as string | undefined;
			if (url) window.location.assign(url);
		});
		if (status) status.textContent = `${cy.nodes().length} nodes and ${cy.edges().length} connections shown.`;
	};
	const focus = () => {
		if (!cy || !find) return;
		const wanted = find.value.trim().toLowerCase();
		cy.elements().removeClass('faded focus');
		if (!wanted) return;
		const node = cy.nodes().filter((n) => String(n.data('label')).toLowerCase() === wanted).first();
		if (node.empty()) return;
		const hood = node.closedNeighborhood();
		cy.elements().not(hood).addClass('faded');
		node.addClass('focus');
		cy.animate({ fit: { eles: hood, padding: 40 } }, { duration: 300 });
		if (status) status.textContent = `${node.data('label')}: ${node.neighborhood('node').length} neighbours.`;
	};
	controls.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).getAttribute('name') === 'show') draw();
	});
	controls.addEventListener('submit', (event) => event.preventDefault());
	find?.addEventListener('change', focus);
	document.addEventListener('wikikb:theme', () => cy?.style(styles()));
	draw();
}
