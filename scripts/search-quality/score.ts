import { isHeldOut, type Question } from './questions.ts';

/** What a search answered to one question: its first results, as page ids. */
export interface Answered {
	readonly question: Question;
	readonly top: readonly string[];
}

/** Share of questions with a right answer in the top 3, for one group of questions. */
export interface Share {
	readonly group: string;
	readonly right: number;
	readonly total: number;
}

/** Compares page ids as wikikb does: the first letter of the name is case-insensitive. */
function canonical(id: string): string {
	const colon = id.indexOf(':');
	return `${id.slice(0, colon + 1)}${id.charAt(colon + 1).toUpperCase()}${id.slice(colon + 2)}`;
}

/** Does one of the question's answers stand among the first three results? */
export function isRight(answered: Answered): boolean {
	const answers = new Set(answered.question.answers.map(canonical));
	return answered.top.slice(0, 3).some((id) => answers.has(canonical(id)));
}

/** Top-3 shares: all, tuning and held-out questions, per corpus and per kind. */
export function shares(answered: readonly Answered[]): Share[] {
	const groups = new Map<string, Answered[]>();
	const add = (group: string, a: Answered) => groups.set(group, [...(groups.get(group) ?? []), a]);
	for (const a of answered) {
		add('all', a);
		add(isHeldOut(a.question) ? 'held-out' : 'tuning', a);
		add(`corpus ${a.question.corpus}`, a);
		add(`kind ${a.question.kind}`, a);
	}
	const order = (group: string) => ['all', 'tuning', 'held-out', 'corpus', 'kind'].indexOf(group.split(' ')[0]!);
	return [...groups]
		.sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
		.map(([group, list]) => ({ group, right: list.filter(isRight).length, total: list.length }));
}

/** A Markdown table of shares, one column per measured search. */
export function sharesTable(columns: readonly { readonly name: string; readonly shares: readonly Share[] }[]): string {
	const groups = [...new Set(columns.flatMap((c) => c.shares.map((s) => s.group)))];
	const cell = (s: Share | undefined) => (s ? `${s.right}/${s.total} (${Math.round((100 * s.right) / s.total)}%)` : '');
	const lines = [
		`| questions | ${columns.map((c) => c.name).join(' | ')} |`,
		`|---|${columns.map(() => '---:|').join('')}`,
	];
	for (const group of groups)
		lines.push(`| ${group} | ${columns.map((c) => cell(c.shares.find((s) => s.group === group))).join(' | ')} |`);
	return lines.join('\n');
}
