/**
 * Drawing a graph with cytoscape, shared by the `/graph/` page and the small graph on each page: colours, styles,
 * labels that keep their size on screen and never cover each other, hover, and opening a page on a click.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { href } from '../view/href.ts';
import { groupColor, nodeGroup } from '../view/graph-groups.ts';
import { degrees, labelsThatFit, type GraphEdgeData, type GraphNodeData } from '../view/graph-view.ts';
import { currentTheme } from './theme.ts';

/** Label size on screen, in pixels, whatever the zoom. */
const FONT_PX = 12;

/** The cytoscape elements of some nodes and edges; `positions` places nodes before a layout. */
export function toElements(
	nodes: readonly GraphNodeData[],
	edges: readonly GraphEdgeData[],
	positions?: ReadonlyMap<string, { x: number; y: number }>,
): ElementDefinition[] {
	return [
		...nodes.map((n) => ({
			data: { id: n.id, label: n.title, url: href(n.url), color: groupColor(nodeGroup(n)) },
			...(positions?.get(n.id) ? { position: { ...positions.get(n.id)! } } : {}),
		})),
		...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, relation: e.relation } })),
	];
}

/** The style sheet, for the theme in effect. */
export function graphStyles(): cytoscape.StylesheetJson {
	const dark = currentTheme() === 'dark';
	const edge = dark ? '#4a5160' : '#c3cad3';
	return [
		{
			selector: 'node',
			style: {
				'background-color': 'data(color)',
				label: '',
				color: dark ? '#e6e8eb' : '#1f2328',
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'text-wrap': 'ellipsis',
				'text-max-width': '200px',
				'text-background-color': dark ? '#1c1f26' : '#f6f8fa',
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				width: 12,
				height: 12,
			},
		},
		{ selector: 'node.labelled, node.hover, node.focus', style: { label: 'data(label)' } },
		{
			selector: 'edge',
			style: {
				width: 1,
				'line-color': edge,
				'target-arrow-color': edge,
				'target-arrow-shape': 'triangle',
				'arrow-scale': 0.6,
				'curve-style': 'bezier',
			},
		},
		{ selector: '.faded', style: { opacity: 0.15 } },
		{
			selector: 'node.focus',
			style: {
				width: 20,
				height: 20,
				'font-weight': 'bold',
				'border-width': 3,
				'border-color': dark ? '#e6e8eb' : '#1f2328',
			},
		},
		{
			selector: 'node.hover',
			style: { 'z-index': 10, 'border-width': 2, 'border-color': dark ? '#e6e8eb' : '#1f2328' },
		},
	];
}

/** Zoom beyond which a fitted graph is not enlarged: a page with three neighbours would fill the box with huge dots. */
const MAX_FIT_ZOOM = 1.5;

/** Fits the graph into its box with `padding` pixels around, but never enlarges it past {@link MAX_FIT_ZOOM}. */
export function fitGraph(cy: Core, padding: number): void {
	cy.fit(undefined, padding);
	if (cy.zoom() > MAX_FIT_ZOOM) {
		cy.zoom(MAX_FIT_ZOOM);
		cy.center();
	}
}

/**
 * Keeps the labels readable: the same size on screen at any zoom, and only as many as fit without covering each
 * other, the focused page and the most connected first (hovering a node shows its label too). Redone after each
 * pan or zoom.
 * @param focus the node whose label comes first, if any
 */
export function manageLabels(cy: Core, focus: () => string | undefined): () => void {
	let frame = 0;
	const place = () => {
		frame = 0;
		const zoom = cy.zoom();
		const size = FONT_PX / zoom;
		const nodes = cy.nodes(':visible');
		nodes.style('font-size', size);
		const degree = degrees(
			cy.edges(':visible').map((e) => ({ from: e.source().id(), to: e.target().id(), relation: '' })),
		);
		const focused = focus();
		const fit = labelsThatFit(
			nodes.map((n) => ({
				id: n.id(),
				label: String(n.data('label')),
				...n.renderedPosition(),
				radius: n.renderedWidth() / 2,
				priority: n.id() === focused ? Infinity : (degree.get(n.id()) ?? 0),
			})),
			FONT_PX,
			cy.width(),
			cy.height(),
		);
		cy.batch(() => nodes.forEach((n) => void n.toggleClass('labelled', fit.has(n.id()))));
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(place);
	};
	cy.on('viewport', schedule);
	cy.on('mouseover', 'node', (event) => void event.target.addClass('hover'));
	cy.on('mouseout', 'node', (event) => void event.target.removeClass('hover'));
	cy.on('tap', 'node', (event) => {
		const url = event.target.data('url') as string | undefined;
		if (url) window.location.assign(url);
	});
	const restyle = () => {
		if (cy.destroyed()) return document.removeEventListener('wikikb:theme', restyle);
		cy.style(graphStyles());
		place();
	};
	document.addEventListener('wikikb:theme', restyle);
	return place;
}
