import { ConditionParser, readConcept, type ConditionIssue } from './conditions.ts';
import { paramName, readParams } from './params.ts';
import { readPrintout } from './printouts.ts';
import type { QueryStore } from './store.ts';
import type { Condition, ParsedQuery, Printout, QueryIssue, QuerySpan } from './types.ts';

/** How a query is asked: `#ask` or `#show`, on a page (`inline`: a smaller largest `limit`) or not. */
export interface ReadOptions {
	readonly mode?: 'ask' | 'show';
	readonly inline?: boolean;
}

/** The condition text of a query and, for each of its characters, where it was written. */
interface ConditionText {
	readonly text: string;
	readonly origin: readonly { readonly arg: number; readonly offset: number }[];
}

/** Entities that `#ask` arguments may hold for characters wikitext would otherwise read (`&lt;q&gt;`). */
const ENTITIES: readonly (readonly [string, string])[] = [
	['&lt;', '<'],
	['&gt;', '>'],
	['0x003D', '='],
];

/** Appends an argument to the condition text, decoding `&lt;`/`&gt;` and keeping each character's origin. */
function append(into: { text: string; origin: { arg: number; offset: number }[] }, text: string, arg: number): void {
	let i = 0;
	while (i < text.length) {
		const entity = ENTITIES.find(([from]) => text.startsWith(from, i));
		into.text += entity ? entity[1] : text[i];
		into.origin.push({ arg, offset: i });
		i += entity ? entity[0].length : 1;
	}
}

/** The first `=` of an argument that is outside `[[...]]` (inside, `=` belongs to a condition: `[[Has page::A=B]]`). */
function parameterEquals(text: string): number {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		if (text.startsWith('[[', i)) {
			depth++;
			i++;
		} else if (text.startsWith(']]', i) && depth > 0) {
			depth--;
			i++;
		} else if (text[i] === '=' && depth === 0) return i;
	}
	return -1;
}

/**
 * Reads a query from its arguments as Semantic MediaWiki's `ParamListProcessor` sorts them: `?...` is a printout,
 * `+...` a parameter of the printout before it, `name=value` (an `=` outside `[[...]]`) a query parameter, anything
 * else part of the conditions (joined as written; `&lt;q&gt;` is `<q>`). In `#show`, the first argument is the page.
 * Every problem is an issue placed in its argument; reading never throws.
 * @example readQuery(store, ['[[Category:City]]', '?Population', 'limit=5']).params.limit // 5
 */
export function readQuery(store: QueryStore, args: readonly string[], options: ReadOptions = {}): ParsedQuery {
	const mode = options.mode ?? 'ask';
	const issues: QueryIssue[] = [];
	const conditions = { text: '', origin: [] as { arg: number; offset: number }[] };
	const printouts: { printout: Printout; params: Record<string, string> }[] = [];
	const written = new Map<string, string>();
	const paramArgs = new Map<string, number>();
	let previous: { params: Record<string, string> } | undefined;
	if (mode === 'show') append(conditions, '[[:', 0);
	for (const [arg, text] of args.entries()) {
		if (text === '') continue;
		const at = (offset = 0, length = text.length - offset): QuerySpan => ({ arg, offset, length: Math.max(1, length) });
		if (text.startsWith('?')) {
			const read = readPrintout(store, text.slice(1), mode === 'show');
			if ('code' in read) {
				issues.push({ severity: 'error', code: read.code, message: read.message, at: at() });
				previous = undefined;
				continue;
			}
			const entry = { printout: { ...read, at: at() }, params: {} as Record<string, string> };
			printouts.push(entry);
			previous = entry;
			continue;
		}
		if (text.startsWith('+')) {
			if (!previous) {
				issues.push({
					severity: 'warning',
					code: 'wikikb-orphan-printout-parameter',
					message: `\`${text}\` is a printout parameter, but no printout (\`?...\`) comes before it, so it is ignored. Put it right after the printout it is for.`,
					at: at(),
				});
				continue;
			}
			const eq = text.indexOf('=');
			previous.params[(eq < 0 ? text.slice(1) : text.slice(1, eq)).trim()] = eq < 0 ? '' : text.slice(eq + 1);
			continue;
		}
		const eq = mode === 'show' && arg === 0 ? -1 : parameterEquals(text);
		if (eq >= 0) {
			const name = paramName(text.slice(0, eq));
			written.set(name, text.slice(eq + 1).replace(/0x003D/gu, '='));
			paramArgs.set(name, arg);
			continue;
		}
		append(conditions, text, arg);
	}
	if (mode === 'show') append(conditions, ']]', Math.max(0, conditions.origin.at(-1)?.arg ?? 0));
	const spanOf = (issue: ConditionIssue): QuerySpan => {
		const first = conditions.origin[Math.min(issue.start, conditions.origin.length - 1)];
		const last = conditions.origin[Math.min(Math.max(issue.end - 1, issue.start), conditions.origin.length - 1)];
		if (!first) return { arg: 0, offset: 0, length: 1 };
		return {
			arg: first.arg,
			offset: first.offset,
			length: last && last.arg === first.arg ? Math.max(1, last.offset - first.offset + 1) : 1,
		};
	};
	const parser = new ConditionParser(store, conditions.text);
	const condition = parser.parse();
	for (const issue of [...parser.issues, ...conceptIssues(store, condition, [])])
		issues.push({ severity: 'error', code: issue.code, message: issue.message, at: spanOf(issue) });
	const { params, problems } = readParams(written, options.inline ?? false);
	for (const p of problems) {
		const arg = paramArgs.get(p.name) ?? 0;
		issues.push({
			severity: p.severity,
			code: p.severity === 'error' ? 'wikikb-invalid-parameter' : 'wikikb-ignored-parameter',
			message: p.message,
			at: { arg, offset: 0, length: Math.max(1, args[arg]?.length ?? 1) },
		});
	}
	return {
		mode,
		conditions: conditions.text,
		condition,
		printouts: printouts.map(({ printout, params: own }) => ({ ...printout, params: own })),
		params,
		issues: issues.sort((a, b) => a.at.arg - b.at.arg || a.at.offset - b.at.offset),
	};
}

/**
 * Problems with the concepts a condition names, placed at `[[Concept:...]]`: a concept without a query, a concept
 * whose query uses itself (it matches nothing), a concept whose query has problems of its own.
 */
function conceptIssues(store: QueryStore, condition: Condition, using: readonly string[]): ConditionIssue[] {
	const out: ConditionIssue[] = [];
	const visit = (c: Condition): void => {
		if (c.kind === 'and' || c.kind === 'or') c.parts.forEach(visit);
		else if (c.kind === 'property') visit(c.value);
		else if (c.kind === 'concept') {
			const at = { start: c.start, end: c.end };
			const name = (id: string) => `\`${id.replace(/_/gu, ' ')}\``;
			const read = readConcept(store, c.concept);
			if (!read)
				out.push({
					code: 'wikikb-unknown-concept',
					message: `${name(c.concept)} has no \`{{#concept:...}}\` query, so it matches nothing. Write the concept's page with \`{{#concept:[[...]]}}\`, or fix the name.`,
					...at,
				});
			else if (using.includes(c.concept))
				out.push({
					code: 'smw-query-condition-circular',
					message: `The concept ${name(c.concept)} uses itself (${[...using, c.concept].map(name).join(' -> ')}), so it matches nothing. Break the loop in the concepts' queries.`,
					...at,
				});
			else {
				if (read.issues.length > 0)
					out.push({
						code: 'wikikb-concept-error',
						message: `The query of ${name(c.concept)} has problems: ${read.issues.map((i) => i.message).join(' ')} Fix it on its page.`,
						...at,
					});
				if (conceptIssues(store, read.condition, [...using, c.concept]).length > 0)
					out.push({
						code: 'smw-query-condition-circular',
						message: `The concept ${name(c.concept)} uses a concept that cannot be read (missing, or using itself), so that part matches nothing. Fix the concepts' queries.`,
						...at,
					});
			}
		}
	};
	visit(condition);
	return out;
}

/**
 * Splits a query string as Semantic MediaWiki's `api.php?action=ask&query=` takes it (`[[A]][[B]]|?P|limit=5`) into
 * its arguments: at each single `|` outside `[[...]]` (`||` is "or"), each argument trimmed, with the offset where it
 * starts in the string (to place problems).
 * @example splitQuery('[[A||B]] |?P') // [{ text: '[[A||B]]', start: 0 }, { text: '?P', start: 10 }]
 */
export function splitQuery(query: string): { text: string; start: number }[] {
	const parts: { text: string; start: number }[] = [];
	let depth = 0;
	let from = 0;
	const push = (to: number) => {
		const raw = query.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		parts.push({ text: raw.trim(), start: from + lead });
	};
	for (let i = 0; i < query.length; i++) {
		if (query.startsWith('[[', i)) {
			depth++;
			i++;
		} else if (query.startsWith(']]', i) && depth > 0) {
			depth--;
			i++;
		} else if (query[i] === '|' && depth === 0) {
			if (query[i + 1] === '|') {
				i++;
				continue;
			}
			push(i);
			from = i + 1;
		}
	}
	push(query.length);
	return parts;
}
