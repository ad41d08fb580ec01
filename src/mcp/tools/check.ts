import { z } from 'zod';
import { countBySeverity, formatDiagnostic, SEVERITIES } from '../../diagnostics/index.ts';
import { diagnosticSchema } from '../../export/index.ts';
import { ToolError, defineTool } from './types.ts';
import { findPage } from '../knowledge.ts';

/** `check`: the diagnostics of a page (or of the whole knowledge base), as `wikikb check` reports them. */
export const checkTool = defineTool({
	name: 'check',
	title: 'Check pages',
	description:
		'Lists what `wikikb check` reports about a page (or about every page when none is named): broken links, unknown properties, malformed sources or dates, missing sections, unreadable LR values... each with file, line, rule and a message that says what to do.',
	input: {
		page: z.string().min(1).max(500).optional().describe('Page id or title; omit for every page.'),
		severity: z
			.enum(SEVERITIES)
			.default('info')
			.describe('Least severity to list: `error`, `warning` or `info` (default: all).'),
	},
	output: {
		page: z.string().optional().describe('Id of the page checked, when one was named.'),
		counts: z
			.object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) })
			.strict()
			.describe('Number of diagnostics listed, by severity.'),
		diagnostics: z.array(diagnosticSchema).describe('Sorted by file, line and column.'),
	},
	async run(knowledge, args) {
		let diagnostics = await knowledge.diagnostics();
		let id: string | undefined;
		if (args.page !== undefined) {
			const found = findPage(knowledge, args.page);
			if (!found.page)
				throw new ToolError(
					`No single page is titled \`${args.page}\`. ${found.candidates.length ? `It could be ${found.candidates.map((c) => `\`${c.id}\``).join(', ')}.` : 'Use `search` to find its id.'}`,
				);
			id = found.page.id;
			diagnostics = (await knowledge.page(id))?.diagnostics ?? [];
		}
		const least = SEVERITIES.indexOf(args.severity);
		const listed = diagnostics.filter((d) => SEVERITIES.indexOf(d.severity) <= least).map((d) => ({ ...d }));
		const counts = countBySeverity(listed);
		const head = `${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos${id ? ` in \`${id}\`` : ''}.`;
		return {
			structured: {
				...(id ? { page: id } : {}),
				counts: { error: counts.error, warning: counts.warning, info: counts.info },
				diagnostics: listed,
			},
			text: [head, ...listed.map(formatDiagnostic)].join('\n'),
		};
	},
});
