/**
 * The small graph on a page: the page in the middle, the pages it connects to around it in title order (no
 * randomness: the same picture on every load). Loaded only when it scrolls near the window, so a reader who
 * never gets there never downloads cytoscape. It does not take the mouse wheel (the page scrolls on).
 */
import type { Neighbourhood } from '../view/graph-view.ts';
import { fitGraph, graphStyles, manageLabels, toElements } from './graph-draw.ts';

/** Draws the graph of `#local-graph-data` into `#local-graph-canvas` once the figure comes near the window. */
export function initLocalGraph(): void {
	const figure = document.getElementById('local-graph');
	const container = document.getElementById('local-graph-canvas');
	const json = document.getElementById('local-graph-data')?.textContent;
	if (!figure || !container || !json) return;
	figure.hidden = false;
	const data = JSON.parse(json) as Neighbourhood & { focus: string };
	const draw = async () => {
		const { default: cytoscape } = (await import(/* @vite-ignore */ __WIKIKB_CYTOSCAPE_URL__)) as {
			default: typeof import('cytoscape');
		};
		const cy = cytoscape({
			container,
			elements: toElements(data.nodes, data.edges),
			style: graphStyles(),
			userZoomingEnabled: false,
			userPanningEnabled: false,
			boxSelectionEnabled: false,
			autoungrabify: true,
		});
		cy.nodes()
			.sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
			.layout({
				name: 'concentric',
				concentric: (n) => (n.id() === data.focus ? 2 : 1),
				levelWidth: () => 1,
				minNodeSpacing: 24,
				animate: false,
			})
			.run();
		cy.getElementById(data.focus).addClass('focus');
		const place = manageLabels(cy, () => data.focus);
		fitGraph(cy, 24);
		place();
		figure.dataset.drawn = '';
	};
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			void draw();
		},
		{ rootMargin: '200px' },
	);
	observer.observe(figure);
}
