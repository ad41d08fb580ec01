/**
 * The `/lr/` page's scripts: the recommender form (task, model size, method -> range, or ranges per method and
 * size band, with the rules behind them) and the table filter, both on the rules the page embeds. The query
 * lives in the address (`/lr/?task=dpo&params=7B&method=lora`), so an answer can be shared and the back button
 * steps through earlier answers.
 */
import {
	formatParams,
	formatLr,
	formatRange,
	parseLrQuery,
	recommendLr,
	answerRows,
	splitConditions,
	type LrQuery,
	type LrRule,
	type Recommendation,
} from '../../lr/browser.ts';
import { inlineParts } from '../view/inline-text.ts';
import { initRuleFilter } from './lr-filter.ts';

/** The recommender's inputs as typed: a task, a model size such as `7B`, a method; `''` when not given. */
export interface FormValues {
	readonly task: string;
	readonly params: string;
	readonly method: string;
}

const FIELDS = ['task', 'params', 'method'] as const;

/**
 * The address query of a form's values, empty values left out, in a fixed order.
 * @example queryString({ task: 'dpo', params: '7B', method: '' }) // '?task=dpo&params=7B'
 */
export function queryString(values: FormValues): string {
	const search = new URLSearchParams();
	for (const field of FIELDS) if (values[field].trim()) search.set(field, values[field].trim());
	const text = search.toString();
	return text ? `?${text}` : '';
}

/**
 * The form's values from an address query; unknown parameters are ignored.
 * @example valuesFromSearch('?task=dpo&method=lora') // { task: 'dpo', params: '', method: 'lora' }
 */
export function valuesFromSearch(search: string): FormValues {
	const params = new URLSearchParams(search);
	return { task: params.get('task') ?? '', params: params.get('params') ?? '', method: params.get('method') ?? '' };
}

/** The form values that ask a query (what a link to one answer of a split carries). */
function valuesOf(query: LrQuery): FormValues {
	return {
		task: query.task ?? '',
		params: query.params !== undefined ? formatParams(query.params) : '',
		method: query.method ?? '',
	};
}

/** The rules the page embeds as JSON (the same ones the table shows). */
function embeddedRules(): LrRule[] {
	const text = document.getElementById('lr-rules')?.textContent;
	return text ? (JSON.parse(text) as LrRule[]) : [];
}

let pageLinks: Readonly<Record<string, string>> | undefined;

/** The link of a rule's page, as the page embeds them by page id (under the site's base path, at the page's own path). */
function pageLink(page: string): string {
	pageLinks ??= JSON.parse(document.getElementById('lr-pages')?.textContent ?? '{}') as Record<string, string>;
	return pageLinks[page] ?? '#';
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

/** A sentence of the recommender's explanation, its `quoted` values shown as code rather than backticks. */
function sentence(text: string, attrs: Record<string, string> = {}): HTMLParagraphElement {
	const p = element('p', undefined, attrs);
	text.split(/`([^`]*)`/).forEach((part, i) => p.append(i % 2 === 1 ? element('code', part) : part));
	return p;
}

/** A list of rules: range, condition, page. */
function ruleList(rules: readonly LrRule[], attrs: Record<string, string> = {}): HTMLUListElement {
	const list = element('ul', undefined, { class: 'plain-list', ...attrs });
	for (const rule of rules) {
		const item = element('li');
		const link = element('a', rule.page.replace(/_/g, ' '), { href: pageLink(rule.page) });
		const condition = inlineParts(rule.condition.text).map((part) =>
			part.code ? element('code', part.text) : part.text,
		);
		item.append(element('strong', formatRange(rule.lr.min, rule.lr.max)), ' for “', ...condition, '”, from ', link);
		list.append(item);
	}
	return list;
}

/** The answers per method or size band: one line each, its label a link that asks for just that value. */
function splitAnswer(rec: Recommendation, result: HTMLElement): void {
	const split = rec.byCondition!;
	const rows = answerRows(split);
	const along = splitConditions(split);
	result.append(
		element('p', `The learning rate depends on the ${along}:`, { class: 'answer', id: 'rec-range', tabindex: '-1' }),
	);
	const list = element('ul', undefined, { class: 'rec-split', id: 'rec-split' });
	for (const { labels, answer } of rows) {
		const item = element('li');
		const link = element('a', labels.join(', '), { href: queryString(valuesOf(answer.query)), 'data-query': '' });
		item.append(link, ' ', element('strong', formatRange(answer.lr.min, answer.lr.max)));
		if (answer.start !== undefined)
			item.append(element('span', ` start with ${formatLr(answer.start)}`, { class: 'meta-line' }));
		list.append(item);
	}
	result.append(
		list,
		element(
			'p',
			`Choose the ${along} for one answer. Without ${along.includes(' and ') ? 'them' : 'it'}, the most specific rules give ${formatRange(rec.lr!.min, rec.lr!.max)}.`,
		),
	);
	for (const text of rec.explanation) result.append(sentence(text));
	const byId = new Map(rec.matches.map((m) => [m.rule.id, m.rule]));
	result.append(element('h3', 'The rules behind each answer'));
	const groups = element('ul', undefined, { class: 'plain-list', id: 'rec-rules' });
	for (const { labels, answer } of rows) {
		const group = element('li');
		group.append(element('strong', labels.join(', ')), ruleList(answer.rules.flatMap((id) => byId.get(id) ?? [])));
		groups.append(group);
	}
	result.append(groups);
}

/** Runs the recommender on the form's values and shows the answer, or what cannot be read and what to write. */
function answer(rules: readonly LrRule[], values: FormValues, output: HTMLElement): void {
	output.replaceChildren();
	const { query, problems } = parseLrQuery(values);
	if (problems.length > 0) {
		const notice = element('div', undefined, { class: 'notice', role: 'alert', id: 'rec-problems' });
		for (const problem of problems) notice.append(sentence(problem));
		output.append(notice);
		return;
	}
	const rec = recommendLr(query, rules);
	const result = element('div', undefined, { class: 'rec-result' });
	if (rec.lr && rec.byCondition) splitAnswer(rec, result);
	else {
		if (rec.lr) {
			result.append(
				element('p', `Learning rate: ${formatRange(rec.lr.min, rec.lr.max)}`, {
					class: 'answer',
					id: 'rec-range',
					tabindex: '-1',
				}),
			);
			if (rec.start !== undefined) result.append(element('p', `Start with ${formatLr(rec.start)}.`));
		} else result.append(element('p', 'No rule fits this query.', { class: 'answer', id: 'rec-range' }));
		for (const text of rec.explanation) result.append(sentence(text));
		const used = rec.matches.filter((m) => m.used).map((m) => m.rule);
		if (used.length > 0)
			result.append(
				element('h3', `The ${used.length === 1 ? 'rule' : 'rules'} behind it`),
				ruleList(used, { id: 'rec-rules' }),
			);
	}
	result.append(element('p', undefined, { class: 'meta-line' }));
	result.lastElementChild!.append(element('a', 'Link to this answer', { href: queryString(values), id: 'rec-link' }));
	output.append(result);
}

/** Wires the recommender form: answers on submit, on every change and for the query in the address. */
function initRecommender(rules: readonly LrRule[]): void {
	const section = document.getElementById('recommender');
	const form = document.getElementById('rec-form') as HTMLFormElement | null;
	const output = document.getElementById('rec-output');
	if (!section || !form || !output) return;
	section.hidden = false;
	const field = (name: (typeof FIELDS)[number]) =>
		form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	const read = (): FormValues => ({
		task: field('task').value,
		params: field('params').value,
		method: field('method').value,
	});
	/** Puts values into the form; a select keeps "(not known)" for a value it has no option for (the answer says why). */
	const fill = (values: FormValues) => {
		const { query } = parseLrQuery(values);
		field('task').value = query.task ?? '';
		field('params').value = values.params;
		field('method').value = query.method ?? '';
	};
	/** Shows the answer for values and, when they differ from the address, adds them to the history. */
	const ask = (values: FormValues) => {
		const search = queryString(values);
		if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
		answer(rules, values, output);
	};
	/** Shows what the address asks (page load, back and forward). */
	const fromAddress = () => {
		const values = valuesFromSearch(location.search);
		fill(values);
		if (queryString(values)) answer(rules, values, output);
		else output.replaceChildren();
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		ask(read());
	});
	form.addEventListener('change', () => ask(read()));
	output.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a[data-query]');
		if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		const values = valuesFromSearch(link.getAttribute('href') ?? '');
		fill(values);
		ask(values);
		// The link was replaced by the new answer: give focus to the answer rather than lose it to the page.
		document.getElementById('rec-range')?.focus();
	});
	window.addEventListener('popstate', fromAddress);
	fromAddress();
}

/** Starts the `/lr/` page: the recommender and the table filter. */
export function initLrPage(): void {
	const rules = embeddedRules();
	initRecommender(rules);
	initRuleFilter(rules);
}
