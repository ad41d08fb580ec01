import { excerpt, Vocabulary } from '../../search/index.ts';
import { href } from '../view/href.ts';
import { pageTypeLabel } from '../view/nav.ts';
import { countOf } from '../../text/index.ts';
import { META_WEIGHTS, SEARCH_WORDS_PATH } from '../view/search-meta.ts';
import {
	matchedTerms,
	rankPages,
	searchUnits,
	type Pagefind,
	type PagefindData,
	type PagefindSearchOptions,
	type RankedPage,
} from './pagefind-ranking.ts';

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
function renderFilters(
	container: HTMLElement,
	filters: Record<string, Record<string, number>>,
	selected: URLSearchParams,
): void {
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

/** The search page's elements; `undefined` when one is missing (another page, or markup that changed). */
interface SearchElements {
	readonly app: HTMLElement;
	readonly form: HTMLFormElement;
	readonly input: HTMLInputElement;
	readonly details: HTMLDetailsElement;
	readonly filterBox: HTMLElement;
	readonly status: HTMLElement;
	readonly list: HTMLElement;
	readonly more: HTMLButtonElement;
}

function searchElements(): SearchElements | undefined {
	const app = document.getElementById('search-app');
	const form = document.getElementById('search-form') as HTMLFormElement | null;
	const input = document.getElementById('search-q') as HTMLInputElement | null;
	const details = document.getElementById('search-filters-fold') as HTMLDetailsElement | null;
	const filterBox = document.getElementById('search-filters');
	const status = document.getElementById('search-status');
	const list = document.getElementById('search-results');
	const more = document.getElementById('search-more') as HTMLButtonElement | null;
	if (!app || !form || !input || !details || !filterBox || !status || !list || !more) return undefined;
	return { app, form, input, details, filterBox, status, list, more };
}

/** What a search runs on: the Pagefind index, its filter values with counts, and the words for typo correction. */
interface SearchIndex {
	readonly pagefind: Pagefind;
	readonly vocabulary: Vocabulary | undefined;
	readonly filters: Record<string, Record<string, number>>;
}

/** Loads the index, saying so in `status`; undefined (and a sentence on what to do) when it cannot be loaded. */
async function loadIndex(status: HTMLElement): Promise<SearchIndex | undefined> {
	status.textContent = 'Loading the search index…';
	try {
		const [pagefind, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
		return { pagefind, vocabulary, filters: await pagefind.filters() };
	} catch {
		status.textContent =
			'The search index could not be loaded. Build the site with `wikikb build` (or run `wikikb dev`) to create it.';
		return undefined;
	}
}

/** The checked values of each filter, as Pagefind takes them (values of one filter OR-ed). */
function chosenFilters(filterBox: HTMLElement): Record<string, { any: string[] }> {
	const chosen: Record<string, { any: string[] }> = {};
	for (const [name] of FILTERS) {
		const values = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
			(b) => b.value,
		);
		if (values.length > 0) chosen[name] = { any: values };
	}
	return chosen;
}

/** Puts the question and the chosen filters in the address (`?q=...&type=...`), so it can be shared or reloaded. */
function keepAddress(query: string, chosen: Record<string, { any: string[] }>): void {
	const address = new URLSearchParams();
	if (query) address.set('q', query);
	for (const [name] of FILTERS) for (const v of chosen[name]?.any ?? []) address.append(name, v);
	history.replaceState(null, '', `${location.pathname}${address.size > 0 ? `?${address}` : ''}`);
}

/** One page found, ranked by the question's words when there is a question; its Pagefind data is loaded when shown. */
type Found = { readonly page: RankedPage | undefined; data(): Promise<PagefindData> };

/** The pages for a question (ranked) or, without one, for the chosen filters alone (by title). */
async function findPages(
	index: SearchIndex,
	units: ReturnType<typeof searchUnits>,
	chosen: Record<string, { any: string[] }>,
	types: readonly string[],
): Promise<Found[]> {
	const filtered = Object.keys(chosen).length > 0;
	const options: PagefindSearchOptions = filtered ? { filters: chosen } : {};
	if (units.length > 0)
		return (await rankPages(index.pagefind, units, options, types)).map((page) => ({
			page,
			data: () => page.result.data(),
		}));
	if (filtered)
		return (await index.pagefind.search(null, { ...options, sort: { title: 'asc' } })).results.map((r) => ({
			page: undefined,
			data: () => r.data(),
		}));
	return [];
}

/** The status line: how many pages, for what, and the typos it corrected. */
function statusLine(count: number, query: string, filtered: boolean, units: ReturnType<typeof searchUnits>): string {
	const corrected = units.filter((u) => u.typo).map((u) => `${u.query} for ${u.typo}`);
	return `${countOf(count, 'page')}${query ? ` for “${query}”` : ''}${filtered ? ' (filtered)' : ''}.${corrected.length > 0 ? ` Searched ${corrected.join(', ')}.` : ''}`;
}

/** The results as the reader sees them: a search at a time (a newer one wins), listed `PAGE_SIZE` at a time. */
class SearchResults {
	private ranked: readonly Found[] = [];
	private shown = 0;
	/** Counts the searches, so that an older one that finishes late shows nothing. */
	generation = 0;

	constructor(
		private readonly el: SearchElements,
		private readonly index: SearchIndex,
		/** The page types that name themselves in questions (see `rankPages`). */
		private readonly types: readonly string[],
	) {}

	/** Searches for the question and filters now on the page, and lists the first results. */
	async run(): Promise<void> {
		const mine = ++this.generation;
		const query = this.el.input.value.trim();
		const chosen = chosenFilters(this.el.filterBox);
		keepAddress(query, chosen);
		const filtered = Object.keys(chosen).length > 0;
		const units = searchUnits(query, this.index.vocabulary);
		const found = await findPages(this.index, units, chosen, this.types);
		if (mine !== this.generation) return;
		this.ranked = found;
		this.shown = 0;
		this.el.list.replaceChildren();
		this.el.more.hidden = true;
		if (!query && !filtered) {
			this.el.status.textContent = 'Type a question or a few words, or choose a type or domain.';
			return;
		}
		this.el.status.textContent = statusLine(found.length, query, filtered, units);
		await this.showMore(mine);
	}

	/** Lists the next `PAGE_SIZE` results of search `mine` (nothing when a newer search started). */
	async showMore(mine: number): Promise<void> {
		const batch = await Promise.all(this.ranked.slice(this.shown, this.shown + PAGE_SIZE).map((r) => r.data()));
		if (mine !== this.generation) return;
		for (const [i, data] of batch.entries()) {
			const page = this.ranked[this.shown + i]!.page;
			this.el.list.append(resultItem(data, page ? matchedTerms(page.units) : []));
		}
		this.shown += batch.length;
		this.el.more.hidden = this.shown >= this.ranked.length;
	}
}

/** Searches as the reader types (after a pause), submits, changes a filter or asks for more results. */
function listen(el: SearchElements, results: SearchResults): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	el.input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void results.run(), 150);
	});
	el.form.addEventListener('submit', (event) => {
		event.preventDefault();
		void results.run();
	});
	el.filterBox.addEventListener('change', () => void results.run());
	el.more.addEventListener('click', () => void results.showMore(results.generation));
}

/**
 * The search page: reads `?q=` and the filters from the address, searches as the reader types (a question in
 * any words: see `searchUnits` and `rankPages`), narrows by the checked types and domains (values of one filter
 * are OR-ed, filters AND-ed) and keeps the address in step. Runs in the browser on the Pagefind index.
 */
export async function initSearch(): Promise<void> {
	const el = searchElements();
	if (!el) return;
	el.app.hidden = false;
	const params = new URLSearchParams(location.search);
	el.input.value = params.get('q') ?? '';
	const header = document.getElementById('site-search') as HTMLInputElement | null;
	if (header) header.value = el.input.value;
	const index = await loadIndex(el.status);
	if (!index) return;
	renderFilters(el.filterBox, index.filters, params);
	foldFilters(el.details, el.filterBox);
	// The site's page types name themselves in questions ("peft environments"); the main namespace's label, `Page`,
	// would take every "which page…" for a type word.
	const types = Object.keys(index.filters.type ?? {}).filter((type) => type !== pageTypeLabel(''));
	const results = new SearchResults(el, index, types);
	listen(el, results);
	await results.run();
}
