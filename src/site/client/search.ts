import { excerpt, Vocabulary } from '../../search/index.ts';
import { href } from '../lib/href.ts';
import { pageTypeLabel } from '../lib/nav.ts';
import { META_WEIGHTS, SEARCH_WORDS_PATH } from '../lib/search-meta.ts';
import { matchedTerms, rankPages, searchUnits, type Pagefind, type PagefindData, type PagefindSearchOptions, type RankedPage } from './pagefind-ranking.ts';

/** Results listed at a time (the "Show more results" button adds as many). */
const PAGE_SIZE = 20;
const FILTERS = [
	['type', 'Type'],
	['domain', 'Domain'],
] as const;
/**
 * Filters show open beside the results from this width on (site.css puts them above the results below it); on a
 * phone or a narrow window they fold under their summary.
 */
const WIDE = '(min-width: 1101px)';

async function loadPagefind(): Promise<Pagefind> {
	// The index is written next to the site after the build, so it is not part of the bundle. It holds site paths
	// (`/heuristic/X/`); `baseUrl` puts its results under the site's base path.
	const pagefind = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as Pagefind;
	await pagefind.options({ baseUrl: href('/'), ranking: { metaWeights: META_WEIGHTS } });
	return pagefind;
}

/** The pages' words for typo correction; without them, questions are searched as typed. */
async function loadVocabulary(): Promise<Vocabulary | undefined> {
	try {
		const response = await fetch(href(SEARCH_WORDS_PATH));
		return response.ok ? new Vocabulary((await response.json()) as string[]) : undefined;
	} catch {
		return undefined;
	}
}

/** Filter checkboxes, one fieldset per filter, with the number of pages for each value, most pages first. */
function renderFilters(container: HTMLElement, filters: Record<string, Record<string, number>>, selected: URLSearchParams): void {
	container.replaceChildren();
	for (const [name, legendText] of FILTERS) {
		const values = filters[name];
		if (!values || Object.keys(values).length === 0) continue;
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = legendText;
		fieldset.append(legend);
		for (const [value, count] of Object.entries(values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
			const label = document.createElement('label');
			label.className = 'check';
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = name;
			box.value = value;
			box.checked = selected.getAll(name).includes(value);
			const small = document.createElement('span');
			small.className = 'meta-line';
			small.textContent = `(${count})`;
			label.append(box, ` ${value} `, small);
			fieldset.append(label);
		}
		container.append(fieldset);
	}
}

/** The heading of the section a word of the page's text is in (Pagefind's anchors: elements with an id). */
function sectionAt(data: PagefindData, offset: number): { title: string; url: string } | undefined {
	const word = data.content.slice(0, offset).split(/\s+/u).filter(Boolean).length;
	const heading = data.anchors.filter((a) => /^h[2-6]$/u.test(a.element) && a.text && a.location <= word).at(-1);
	return heading ? { title: heading.text!, url: `${data.url}#${heading.id}` } : undefined;
}

/**
 * One result: the page's title as a link and its type, then the passage of its text that holds the most of the
 * question's words (marked) and the section it is in, linked.
 */
function resultItem(data: PagefindData, terms: readonly string[]): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	item.append(link);
	const type = data.filters.type?.[0];
	if (type) {
		const badge = document.createElement('span');
		badge.className = 'badge muted';
		badge.textContent = type;
		item.append(' ', badge);
	}
	const parts = terms.length > 0 ? excerpt(data.content, terms) : [];
	const passage = document.createElement('p');
	for (const part of parts.length > 0 ? parts : [{ text: data.meta.summary ?? '', match: false }]) {
		if (!part.match) passage.append(part.text);
		else {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			passage.append(mark);
		}
	}
	item.append(passage);
	const first = parts.find((p) => p.match);
	const section = first && sectionAt(data, first.offset);
	if (section) {
		const where = document.createElement('p');
		where.className = 'meta-line';
		const to = document.createElement('a');
		to.href = section.url;
		to.textContent = section.title;
		where.append('In ', to);
		item.append(where);
	}
	return item;
}

/** The filters shown open on a wide screen and folded on a phone (the reader opens them), with the checked count. */
function foldFilters(details: HTMLDetailsElement, box: HTMLElement): void {
	const wide = matchMedia(WIDE);
	const chosen = () => box.querySelectorAll('input:checked').length;
	// a filter chosen in the address stays in sight: its results are narrowed by it
	details.open = wide.matches || chosen() > 0;
	wide.addEventListener('change', () => (details.open = wide.matches || chosen() > 0));
	const count = details.querySelector<HTMLElement>('.filter-count');
	const update = () => {
		if (count) count.textContent = chosen() > 0 ? ` (${chosen()} chosen)` : '';
	};
	box.addEventListener('change', update);
	update();
}

/**
 * The search page: reads `?q=` and the filters from the address, searches as the reader types (a question in
 * any words: see `searchUnits` and `rankPages`), narrows by the checked types and domains (values of one filter
 * are OR-ed, filters AND-ed) and keeps the address in step. Runs in the browser on the Pagefind index.
 */
export async function initSearch(): Promise<void> {
	const app = document.getElementById('search-app');
	const form = document.getElementById('search-form') as HTMLFormElement | null;
	const input = document.getElementById('search-q') as HTMLInputElement | null;
	const details = document.getElementById('search-filters-fold') as HTMLDetailsElement | null;
	const filterBox = document.getElementById('search-filters');
	const status = document.getElementById('search-status');
	const list = document.getElementById('search-results');
	const more = document.getElementById('search-more') as HTMLButtonElement | null;
	if (!app || !form || !input || !details || !filterBox || !status || !list || !more) return;
	app.hidden = false;
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	const header = document.getElementById('site-search') as HTMLInputElement | null;
	if (header) header.value = input.value;
	status.textContent = 'Loading the search index…';
	let pagefind: Pagefind;
	let vocabulary: Vocabulary | undefined;
	let filters: Record<string, Record<string, number>>;
	try {
		[pagefind, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
		filters = await pagefind.filters();
	} catch {
		status.textContent = 'The search index could not be loaded. Build the site with `wikikb build` (or run `wikikb dev`) to create it.';
		return;
	}
	renderFilters(filterBox, filters, params);
	foldFilters(details, filterBox);
	// The site's page types name themselves in questions ("peft environments"); the main namespace's label, `Page`,
	// would take every "which page…" for a type word.
	const types = Object.keys(filters.type ?? {}).filter((type) => type !== pageTypeLabel(''));
	let ranked: readonly { readonly page: RankedPage | undefined; data(): Promise<PagefindData> }[] = [];
	let shown = 0;
	let generation = 0;

	const showMore = async (mine: number) => {
		const batch = await Promise.all(ranked.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
		if (mine !== generation) return;
		for (const [i, data] of batch.entries()) {
			const page = ranked[shown + i]!.page;
			list.append(resultItem(data, page ? matchedTerms(page.units) : []));
		}
		shown += batch.length;
		more.hidden = shown >= ranked.length;
	};

	const run = async () => {
		const mine = ++generation;
		const query = input.value.trim();
		const address = new URLSearchParams();
		if (query) address.set('q', query);
		const chosen: Record<string, { any: string[] }> = {};
		for (const [name] of FILTERS) {
			const values = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
			if (values.length > 0) chosen[name] = { any: values };
			for (const v of values) address.append(name, v);
		}
		history.replaceState(null, '', `${location.pathname}${address.size > 0 ? `?${address}` : ''}`);
		const filtered = Object.keys(chosen).length > 0;
		const options: PagefindSearchOptions = filtered ? { filters: chosen } : {};
		const units = searchUnits(query, vocabulary);
		let found: typeof ranked;
		if (units.length > 0) {
			found = (await rankPages(pagefind, units, options, types)).map((page) => ({ page, data: () => page.result.data() }));
		} else if (filtered) {
			found = (await pagefind.search(null, { ...options, sort: { title: 'asc' } })).results.map((r) => ({ page: undefined, data: () => r.data() }));
		} else {
			found = [];
		}
		if (mine !== generation) return;
		ranked = found;
		shown = 0;
		list.replaceChildren();
		more.hidden = true;
		if (!query && !filtered) {
			status.textContent = 'Type a question or a few words, or choose a type or domain.';
			return;
		}
		const corrected = units.filter((u) => u.typo).map((u) => `${u.query} for ${u.typo}`);
		status.textContent = `${ranked.length} ${ranked.length === 1 ? 'page' : 'pages'}${query ? ` for “${query}”` : ''}${filtered ? ' (filtered)' : ''}.${corrected.length > 0 ? ` Searched ${corrected.join(', ')}.` : ''}`;
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
