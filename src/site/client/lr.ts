import { urlFor } from '../../graph/url.ts';
import { readParamCount } from '../../lr/conditions.ts';
import { formatLr, formatRange } from '../../lr/numbers.ts';
import { recommendLr } from '../../lr/recommend.ts';
import { LR_METHODS, LR_TASKS, type LrMethod, type LrQuery, type LrRule, type LrTask } from '../../lr/types.ts';

/** The rules the page embeds as JSON (the same ones the table shows). */
function embeddedRules(): LrRule[] {
	const text = document.getElementById('lr-rules')?.textContent;
	return text ? (JSON.parse(text) as LrRule[]) : [];
}

/** Reveals a block that only works with JavaScript. */
function reveal(element: HTMLElement | null): void {
	if (element) element.hidden = false;
}

/** Does a rule's condition fit a filter value? A rule that does not name the thing fits any value. */
function fits(row: HTMLElement, task: string, method: string, size: number | undefined): boolean {
	const tasks = (row.dataset.tasks ?? '').split(' ').filter(Boolean);
	if (task && tasks.length > 0 && !tasks.includes(task)) return false;
	if (method && row.dataset.method && row.dataset.method !== method) return false;
	if (size !== undefined) {
		const min = row.dataset.min ? Number(row.dataset.min) : undefined;
		const max = row.dataset.max ? Number(row.dataset.max) : undefined;
		if ((min !== undefined && size < min) || (max !== undefined && size > max)) return false;
	}
	return true;
}

/** Filters the rules table by task, method and model size; rules that do not say stay visible. */
export function initRuleFilter(): void {
	const form = document.getElementById('rule-filter') as HTMLFormElement | null;
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('#rules-table tbody tr')];
	const count = document.getElementById('rule-count');
	if (!form) return;
	reveal(form);
	const apply = () => {
		const data = new FormData(form);
		const task = String(data.get('task') ?? '');
		const method = String(data.get('method') ?? '');
		const size = readParamCount(String(data.get('size') ?? ''));
		let shown = 0;
		for (const row of rows) {
			const visible = fits(row, task, method, size);
			row.hidden = !visible;
			if (visible) shown++;
		}
		if (count) count.textContent = shown === rows.length ? `Showing all ${rows.length} rules.` : `Showing ${shown} of ${rows.length} rules (rules that do not name a task, method or size stay listed).`;
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => event.preventDefault());
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (text !== undefined) el.textContent = text;
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	return el;
}

/** A sentence of the recommender's explanation, its `quoted` values shown as code rather than backticks. */
function sentence(text: string): HTMLParagraphElement {
	const p = element('p');
	text.split(/`([^`]*)`/).forEach((part, i) => p.append(i % 2 === 1 ? element('code', part) : part));
	return p;
}

/** Runs the recommender on the form's query and shows the range, the explanation and the rules behind it. */
function answer(rules: readonly LrRule[], form: HTMLFormElement, output: HTMLElement): void {
	const data = new FormData(form);
	const task = String(data.get('task') ?? '');
	const method = String(data.get('method') ?? '');
	const paramsText = String(data.get('params') ?? '').trim();
	const params = paramsText ? readParamCount(paramsText) : undefined;
	output.replaceChildren();
	if (paramsText && params === undefined) {
		output.append(element('p', `The model size \`${paramsText}\` is not a size this form reads. Write it like 7B, 1.5B or 350M.`, { class: 'notice', role: 'alert' }));
		return;
	}
	const query: LrQuery = {
		...((LR_TASKS as readonly string[]).includes(task) ? { task: task as LrTask } : {}),
		...((LR_METHODS as readonly string[]).includes(method) ? { method: method as LrMethod } : {}),
		...(params !== undefined ? { params } : {}),
	};
	const rec = recommendLr(query, rules);
	const result = element('div', undefined, { class: 'rec-result' });
	if (rec.lr) {
		const range = element('p', undefined, { class: 'answer', id: 'rec-range' });
		range.textContent = `Learning rate: ${formatRange(rec.lr.min, rec.lr.max)}`;
		result.append(range);
		if (rec.start !== undefined) result.append(element('p', `Start with ${formatLr(rec.start)}.`));
	} else {
		result.append(element('p', 'No rule fits this query.', { class: 'answer', id: 'rec-range' }));
	}
	for (const text of rec.explanation) result.append(sentence(text));
	const used = rec.matches.filter((m) => m.used);
	if (used.length > 0) {
		result.append(element('h3', `The ${used.length === 1 ? 'rule' : 'rules'} behind it`));
		const list = element('ul', undefined, { class: 'plain-list', id: 'rec-rules' });
		for (const { rule } of used) {
			const item = element('li');
			const link = element('a', rule.page.replace(/_/g, ' '), { href: urlFor(rule.page) });
			item.append(element('strong', formatRange(rule.lr.min, rule.lr.max)), ` for “${rule.condition.text}”, from `, link);
			list.append(item);
		}
		result.append(list);
	}
	output.append(result);
}

/** Wires the recommender form: answers on submit and whenever a field changes. */
export function initRecommender(): void {
	const section = document.getElementById('recommender');
	const form = document.getElementById('rec-form') as HTMLFormElement | null;
	const output = document.getElementById('rec-output');
	if (!section || !form || !output) return;
	const rules = embeddedRules();
	reveal(section);
	const run = () => answer(rules, form, output);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		run();
	});
	form.addEventListener('change', run);
}
