import { compareCodeUnits } from '../text/index.ts';
import { finding, type Finding, type MessageArgs, type MessageName, type RuleId } from './rules.ts';
import type { Severity } from './severity.ts';

export { SEVERITIES, type Severity } from './severity.ts';

/**
 * One finding about the input, as a plain JSON- and worker-safe value.
 * Positions are 1-based; `line`/`col` of 0 mean "the whole file".
 */
export interface Diagnostic {
	/** Path of the page file relative to the content folder's parent (as the user typed it), e.g. `content/heuristics/X.wiki`. */
	readonly file: string;
	/** 1-based line. */
	readonly line: number;
	/** 1-based column. */
	readonly col: number;
	readonly severity: Severity;
	/** Permanent rule id from the catalogue in `rules.ts`, e.g. `unknown-property`. */
	readonly rule: string;
	/** Full sentence(s): what happened and why, then what to do. */
	readonly message: string;
	/** Optional extra advice. */
	readonly hint?: string;
}

/**
 * Builds a diagnostic from the catalogue (`rules.ts`): the rule, the name of its message and the message's
 * arguments, all checked by the compiler; the severity is the message's, else the rule's.
 * @example diag('a.wiki', 3, 1, 'unknown-property', 'unknown', { property: 'lerning_rate', suggestion: 'learning_rate' })
 */
export function diag<R extends RuleId, M extends MessageName<R>>(
	file: string,
	line: number,
	col: number,
	rule: R,
	name: M,
	...args: MessageArgs<R, M>
): Diagnostic {
	return placed(finding(rule, name, ...args), file, line, col);
}

/** A finding (a composed catalogue message) at its place in a file. */
export function placed(found: Finding, file: string, line: number, col: number): Diagnostic {
	const { severity, rule, message, hint } = found;
	return hint === undefined
		? { file, line, col, severity, rule, message }
		: { file, line, col, severity, rule, message, hint };
}

/** Orders diagnostics by file, line, column, then rule and message, for stable output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
	return (
		compareCodeUnits(a.file, b.file) ||
		a.line - b.line ||
		a.col - b.col ||
		compareCodeUnits(a.rule, b.rule) ||
		compareCodeUnits(a.message, b.message)
	);
}
