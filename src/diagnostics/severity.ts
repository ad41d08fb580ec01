/** The severities, most serious first. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** How serious a diagnostic is: errors fail `wikikb check` (and `--strict` builds). */
export type Severity = (typeof SEVERITIES)[number];
