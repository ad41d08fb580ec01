/**
 * The `/lr/` table filter: shows the rules that fit a task, method and model size, by the recommender's own
 * matching (`ruleFits`), so that the table and the recommender never disagree about which rules fit.
 */
import { ruleFits, parseLrQuery, type LrRule } from '../../lr/browser.ts';
import { countOf } from '../../text/index.ts';

/** The model sizes the filter offers. */
export const FILTER_SIZES = ['1B', '3B', '7B', '13B', '34B', '70B'] as const;

/** What the filter form holds: a task id, a method id and a size from `FILTER_SIZES`, each `''` for "any". */
export interface FilterValues {
	readonly task: string;
	readonly method: string;
	readonly size: string;
}

/**
 * Ids of the rules the table shows for the filter's values: those the query contradicts in no condition part
 * (a rule that names no task, method or size stays), with the recommender's task families, LoRA~QLoRA and
 * size tolerance.
 * @example shownRules(rules, { task: 'instruction-tuning', method: '', size: '' }) // includes the `sft` rules
 */
export function shownRules(rules: readonly LrRule[], values: FilterValues): Set<string> {
	const { query } = parseLrQuery({ task: values.task, method: values.method, params: values.size });
	return new Set(rules.filter((r) => ruleFits(r, query)).map((r) => r.id));
}

/** Wires the filter form above the rules table: rows hide and show as the filter changes. */
export function initRuleFilter(rules: readonly LrRule[]): void {
	const form = document.getElementById('rule-filter') as HTMLFormElement | null;
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('#rules-table tbody tr')];
	const count = document.getElementById('rule-count');
	if (!form) return;
	form.hidden = false;
	const apply = () => {
		const data = new FormData(form);
		const shown = shownRules(rules, {
			task: String(data.get('task') ?? ''),
			method: String(data.get('method') ?? ''),
			size: String(data.get('size') ?? ''),
		});
		for (const row of rows) row.hidden = !shown.has(row.dataset.rule ?? '');
		const visible = rows.filter((row) => !row.hidden).length;
		if (count)
			count.textContent =
				visible === rows.length
					? `Showing all ${countOf(rows.length, 'rule')}.`
					: `Showing ${visible} of ${countOf(rows.length, 'rule')} (rules that do not name a task, method or size stay listed).`;
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => event.preventDefault());
}
