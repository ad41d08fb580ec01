/**
 * Turns what the table and prose readers found (drafts) into `LrRule`s: conditions read from the statement,
 * then its section, then the page; stable ids; diagnostics for reversed ranges.
 */
import { createHash } from 'node:crypto';
import { diag, type Diagnostic } from '../diagnostics/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import { readMethod, readModelParams, readTasks } from './conditions.ts';
import { formatRange, type FoundValue } from './numbers.ts';
import type { LrCondition, LrOrigin, LrRule, LrRuleKind, LrSource } from './types.ts';

/** A rule as a reader found it, before conditions and id are settled. */
export interface RuleDraft {
	readonly section: readonly string[];
	/** The condition as written. */
	readonly conditionText: string;
	/** Texts to read the condition from, most specific first; the section and page title are tried after them. */
	readonly conditionSources: readonly string[];
	readonly value: FoundValue;
	readonly isDefault: boolean;
	readonly kind: LrRuleKind;
	readonly origin: LrOrigin;
	readonly notes: string;
	readonly line: number;
	/** Order among drafts of one line (sentence, cell), for a stable reading order. */
	readonly order?: number;
}

/**
 * Reads the condition facet by facet: each of tasks, method and model size comes from the first text that
 * names one (statement, then sections innermost first, then the page title).
 */
export function readCondition(text: string, sources: readonly string[]): LrCondition {
	const tasks = firstOf(sources, (t) => {
		const found = readTasks(t);
		return found.length > 0 ? found : undefined;
	});
	const method = firstOf(sources, readMethod);
	const modelParams = firstOf(sources, readModelParams);
	return { text, tasks: tasks ?? [], ...(method ? { method } : {}), ...(modelParams ? { modelParams } : {}) };
}

function firstOf<T>(texts: readonly string[], read: (text: string) => T | undefined): T | undefined {
	for (const t of texts) {
		const found = read(t);
		if (found !== undefined) return found;
	}
	return undefined;
}

const digest = (parts: readonly string[]) =>
	createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 8);

/**
 * Finishes a page's drafts into rules, in reading order (line, then column), with ids that depend only on the
 * page, the section, the statement and the value, so that editing other pages or other lines keeps them.
 */
export function finishRules(
	page: ParsedPage,
	drafts: readonly RuleDraft[],
	sources: readonly LrSource[],
): { rules: LrRule[]; diagnostics: Diagnostic[] } {
	const ordered = [...drafts].sort(
		(a, b) => a.line - b.line || (a.order ?? 0) - (b.order ?? 0) || a.value.start - b.value.start,
	);
	const pageTitle = page.name || page.title;
	const used = new Map<string, number>();
	const diagnostics: Diagnostic[] = [];
	const rules = ordered.map((d): LrRule => {
		const base = `${page.id}#lr-${digest([page.id, d.section.join('\u0000'), d.origin, d.kind, d.conditionText, d.value.text])}`;
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		if (d.value.reversed) {
			diagnostics.push(
				diag(page.path, d.line, 1, 'reversed-range', 'reversed', {
					text: d.value.text,
					range: formatRange(d.value.min, d.value.max),
				}),
			);
		}
		return {
			id: n === 1 ? base : `${base}-${n}`,
			page: page.id,
			section: [...d.section],
			condition: readCondition(d.conditionText, [...d.conditionSources, ...[...d.section].reverse(), pageTitle]),
			lr: { min: d.value.min, max: d.value.max, text: d.value.text },
			isDefault: d.isDefault,
			kind: d.kind,
			origin: d.origin,
			notes: d.notes,
			sources: sources.map((s) => ({ ...s })),
			file: page.file,
			line: d.line,
		};
	});
	return { rules, diagnostics };
}
