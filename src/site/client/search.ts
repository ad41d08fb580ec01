import { href } from '../lib/href.ts';

/** The parts of Pagefind's browser API this page uses (`/pagefind/pagefind.js`). */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
}

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

const PAGE_SIZE = 20;
const FILTER_LABELS: Readonly<Record<string, string>> = { type: 'Type', domain: 'Domain' };

async function loadPagefind(): Promise<Pagefind> {
	// The index is written next to the site after the build, so it is not part of the bundle. It holds site paths
	// (`/heuristic/X/`); `baseUrl` puts its results under the site's base path.
	const url = href('/pagefind/pagefind.js');
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	await pagefind.options({ excerptLength: 24, baseUrl: href('/') });
	return pagefind;
}

/** Pagefind's excerpt as DOM nodes: its `<mark>` tags become elements, everything else stays text. */
function excerptNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
	const decode = (text: string) => {
		const area = document.createElement('textarea');
		area.innerHTML = text; // a textarea decodes entities without running or rendering anything
		return area.value;
	};
	for (const part of parts) {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		if (marked) {
			const mark = document.createElement('mark');
			mark.textContent = decode(marked[1]!);
			nodes.push(mark);
		} else if (part) {
			nodes.push(document.createTextNode(decode(part)));
		}
	}
	return nodes;
}

/** Filter checkboxes, one fieldset per filter, with the number of pages for each value. */
function renderFilters(container: HTMLElement, filters: Record<string, Record<string, number>>, selected: URLSearchParams): void {
	container.replaceChildren();
	for (const name of ['type', 'domain']) {
		const values = filters[name];
		if (!values) continue;
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = FILTER_LABELS[name] ?? name;
		fieldset.append(legend);
		for (const [value, count] of Object.entries(values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
			const label = document.createElement('label');
			label.className = 'check';
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = name;
			box.value = value;
			box.checked = selected.getAll(name).includes(value);
			label.append(box, ` ${value} `);
			const small = document.createElement('span');
			small.className = 'meta-line';
			small.textContent = `(${count})`;
			label.append(small);
			fieldset.append(label);
		}
		container.append(fieldset);
	}
}

/**
 * The search page: reads `?q=` and the filters from the address, searches as the reader types, narrows by the
 * checked types and domains (values of one filter are OR-ed, filters AND-ed) and keeps the address in step.
 */
export async function initSearch(): Promise<void> {
	const app = document.getElementById('search-app');
	const form = document.getElementById('search-form') as HTMLFormElement | null;
	const input = document.getElementById('search-q') as HTMLInputElement | null;
	const filterBox = document.getElementById('search-filters');
	const status = document.getElementById('search-status');
	const list = document.getElementById('search-results');
	const more = document.getElementById('search-more') as HTMLButtonElement | null;
	if (!app || !form || !input || !filterBox || !status || !list || !more) return;
	app.hidden = false;
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	const header = document.getElementById('site-search') as HTMLInputElement | null;
	if (header) header.value = input.value;
	let pagefind: Pagefind;
	try {
		pagefind = await loadPagefind();
	} catch {
		status.textContent = 'The search index could not be loaded. Build the site with `wikikb build` (or run `wikikb dev`) to create it.';
		return;
	}
	renderFilters(filterBox, await pagefind.filters(), params);
	let shown: { data(): Promise<ResultData> }[] = [];
	let offset = 0;
	let generation = 0;

	const showMore = async (mine: number) => {
		const batch = await Promise.all(shown.slice(offset, offset + PAGE_SIZE).map((r) => r.data()));
		if (mine !== generation) return;
		for (const data of batch) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = data.url;
			link.textContent = data.meta.title ?? data.url;
			const type = data.filters.type?.[0];
			const excerpt = document.createElement('p');
			excerpt.append(...excerptNodes(data.excerpt));
			item.append(link);
			if (type) {
				const badge = document.createElement('span');
				badge.className = 'badge muted';
				badge.textContent = type;
				item.append(' ', badge);
			}
			item.append(excerpt);
			list.append(item);
		}
		offset += batch.length;
		more.hidden = offset >= shown.length;
	};

	const run = async () => {
		const mine = ++generation;
		const query = input.value.trim();
		const chosen: Record<string, { any: string[] }> = {};
		const address = new URLSearchParams();
		if (query) address.set('q', query);
		for (const name of ['type', 'domain']) {
			const values = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
			if (values.length > 0) chosen[name] = { any: values };
			for (const v of values) address.append(name, v);
		}
		history.replaceState(null, '', `${location.pathname}${address.size > 0 ? `?${address}` : ''}`);
		const filtered = Object.keys(chosen).length > 0;
		if (!query && !filtered) {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = 'Type a word or two, or choose a type or domain.';
			return;
		}
		const search = await pagefind.search(query || null, { filters: chosen });
		if (mine !== generation) return;
		shown = search.results;
		offset = 0;
		list.replaceChildren();
		status.textContent = `${shown.length} ${shown.length === 1 ? 'page' : 'pages'}${query ? ` for “${query}”` : ''}${filtered ? ' (filtered)' : ''}.`;
		await showMore(mine);
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 150);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	filterBox.addEventListener('change', () => void run());
	more.addEventListener('click', () => void showMore(generation));
	await run();
}
