import type { NodeSummary } from './view-types.ts';

/** First path segments the site's own pages use: a node whose URL starts with one is left to that page. */
const RESERVED = new Set([
	'property',
	'lr',
	'graph',
	'wanted',
	'recent',
	'search',
	'diagnostics',
	'api',
	'pagefind',
	'_astro',
	'_vendor',
]);

/** Is this first path segment used by one of the site's own pages? */
export function isReservedSegment(segment: string): boolean {
	return RESERVED.has(segment);
}

/**
 * Route parameters of a node page from the node's URL.
 * @example nodeParams('/heuristic/Learning_Rate_Tuning/') // { ns: 'heuristic', name: 'Learning_Rate_Tuning' }
 */
export function nodeParams(url: string): { ns: string; name: string } | undefined {
	const parts = url.split('/').filter(Boolean);
	if (parts.length !== 2 || RESERVED.has(parts[0]!)) return undefined;
	return { ns: parts[0]!, name: parts[1]! };
}

/** Orders nodes by title for lists (case-insensitive, numbers in order). */
export function byTitle(a: Pick<NodeSummary, 'title'>, b: Pick<NodeSummary, 'title'>): number {
	return a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true });
}

/**
 * A date for readers: `2025-12-12` (times dropped; the pages write them in GMT).
 * @example shortDate('2025-12-12T14:30:00Z') // '2025-12-12'
 */
export function shortDate(iso: string | undefined): string {
	return iso ? iso.slice(0, 10) : '';
}

/** Newest first by `lastUpdated`, pages without a date last. */
export function byUpdated(
	a: Pick<NodeSummary, 'lastUpdated' | 'title'>,
	b: Pick<NodeSummary, 'lastUpdated' | 'title'>,
): number {
	return (b.lastUpdated ?? '').localeCompare(a.lastUpdated ?? '') || byTitle(a, b);
}

const ACRONYMS = new Set(['sft', 'rlhf', 'dpo', 'grpo', 'ppo']);

/**
 * A task id as readers write it.
 * @example taskLabel('dpo') // 'DPO'
 * @example taskLabel('instruction-tuning') // 'instruction tuning'
 */
export function taskLabel(task: string): string {
	return ACRONYMS.has(task) ? task.toUpperCase() : task.replace(/-/g, ' ');
}
