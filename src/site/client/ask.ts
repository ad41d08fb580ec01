/**
 * The `/ask/` page's script (like Semantic MediaWiki's Special:Ask): runs a query in the browser on the exported
 * `api/graph.json` with the engine the build uses, and shows the result as a table, a count, or the CSV or JSON
 * file. The query lives in the address (`/ask/?q=...`), so a result can be shared and the back button steps
 * through earlier queries. Everything is built with DOM calls and text nodes: nothing in a query or a value can
 * become markup.
 */
import type { Graph } from '../../graph/browser.ts';
import {
	askString,
	queryStore,
	type QueryStore,
	askApiJson,
	toCsv,
	showValue,
	queryText,
	type AskResult,
	type ResultValue,
} from '../../query/index.ts';
import { countOf } from '../../text/index.ts';
import { href } from '../view/href.ts';

/** The query an address asks (`?q=`), `''` when none. */
export function queryFromSearch(search: string): string {
	return new URLSearchParams(search).get('q') ?? '';
}

/** The address of the page asking a query. */
export function searchOf(query: string): string {
	return query.trim() ? `?q=${encodeURIComponent(query.trim())}` : '';
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (text !== undefined) el.textContent = text;
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	return el;
}

/** One value of a cell: a page as a link to it (when it has a page on the site), else its text. */
function valueNode(store: QueryStore, value: ResultValue): Node {
	const url = value.entity?.url ?? (value.node ? store.node(value.node)?.url : undefined);
	const text = showValue(store, value, { link: false }).text;
	if (value.entity && url) return element('a', value.caption ?? value.entity.caption, { href: href(url) });
	return document.createTextNode(text);
}

/** The result as a table: a header per column, one row per result, values one per line. */
function table(store: QueryStore, result: AskResult): HTMLElement {
	const wrap = element('div', undefined, { class: 'table-wrap' });
	const t = element('table', undefined, { class: 'ask-table' });
	const head = element('tr');
	for (const column of result.columns)
		head.append(element('th', column.label === '' && column.mode === 'this' ? 'Page' : column.label, { scope: 'col' }));
	t.append(element('thead'));
	t.tHead!.append(head);
	const body = element('tbody');
	for (const row of result.rows) {
		const tr = element('tr');
		row.cells.forEach((cell) => {
			const td = element('td');
			cell.forEach((value, i) => {
				if (i > 0) td.append(element('br'));
				td.append(valueNode(store, value));
			});
			tr.append(td);
		});
		body.append(tr);
	}
	t.append(body);
	wrap.append(t);
	return wrap;
}

/** A file's text shown, with a link that saves it. */
function file(text: string, name: string, type: string): HTMLElement {
	const box = element('div');
	const line = element('p');
	line.append(
		element('a', `Download ${name}`, {
			href: URL.createObjectURL(new Blob([text], { type })),
			download: name,
			class: 'button',
		}),
	);
	box.append(line, element('pre', text, { class: 'ask-file' }));
	return box;
}

/** The problems of a query, each with a caret under its place. */
function issues(result: AskResult, carets: readonly string[]): HTMLElement | undefined {
	if (result.issues.length === 0) return undefined;
	const list = element('ul', undefined, { class: 'ask-issues', role: 'alert' });
	for (const [i, issue] of result.issues.entries()) {
		const item = element('li', undefined, { 'data-severity': issue.severity });
		item.append(element('pre', carets[i]!));
		list.append(item);
	}
	return list;
}

/** What a result shows: its problems, then the table, count or file, then how many and a link to more. */
export function renderResult(store: QueryStore, result: AskResult, carets: readonly string[]): HTMLElement {
	const box = element('div');
	const problems = issues(result, carets);
	if (problems) box.append(problems);
	if (result.format === 'count') box.append(element('p', String(result.count), { class: 'ask-count' }));
	else if (result.format === 'csv') box.append(file(toCsv(store, result), 'result.csv', 'text/csv'));
	else if (result.format === 'json')
		box.append(
			file(
				`${JSON.stringify(askApiJson(store, result, { siteUrl: `${location.origin}${href('/').replace(/\/$/u, '')}` }), null, 2)}\n`,
				'result.json',
				'application/json',
			),
		);
	else if (result.rows.length > 0) box.append(table(store, result));
	if (result.format !== 'count') {
		const { offset } = result.query.params;
		const line = element(
			'p',
			result.rows.length === result.count
				? `${countOf(result.count, 'result')}.`
				: `Results ${result.rows.length > 0 ? offset + 1 : 0} to ${offset + result.rows.length} of ${result.count}.`,
			{ class: 'meta-line' },
		);
		if (result.further) {
			line.append(' ');
			line.append(
				element('a', 'Next results', {
					href: searchOf(queryText(result.query, { offset: String(offset + result.rows.length) })) || '?',
				}),
			);
		}
		box.append(line);
	}
	return box;
}

/** Wires the form: asks the address's query on load, each submitted query, and again on back and forward. */
export function initAsk(): void {
	const form = document.getElementById('ask-form') as HTMLFormElement | null;
	const input = document.getElementById('ask-query') as HTMLTextAreaElement | null;
	const output = document.getElementById('ask-result');
	const status = document.getElementById('ask-status');
	if (!form || !input || !output || !status) return;
	document.getElementById('ask-app')?.removeAttribute('hidden');
	let store: Promise<QueryStore> | undefined;
	const load = () =>
		(store ??= fetch(href('/api/graph.json')).then(async (response) => {
			if (!response.ok) throw new Error(`The graph could not be loaded (HTTP ${response.status}).`);
			return queryStore((await response.json()) as Graph);
		}));
	const run = async (query: string) => {
		output.replaceChildren();
		if (!query.trim()) {
			status.textContent = 'Write a query and press Ask.';
			return;
		}
		status.textContent = 'Asking…';
		try {
			const s = await load();
			const { result, carets } = askString(s, query);
			output.append(renderResult(s, result, carets));
			status.textContent = '';
		} catch (error) {
			store = undefined;
			status.textContent = `${(error as Error).message} Reload the page to try again.`;
		}
	};
	input.value = queryFromSearch(location.search);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		history.pushState(null, '', `${location.pathname}${searchOf(input.value)}`);
		void run(input.value);
	});
	window.addEventListener('popstate', () => {
		input.value = queryFromSearch(location.search);
		void run(input.value);
	});
	void run(input.value);
}
