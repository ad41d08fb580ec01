import type { CommandEntry } from './command.ts';

/**
 * The commands, in the order `wikikb --help` lists them. A command's module is imported only when it runs: it
 * brings in what the command uses (the parser, Astro, Pagefind, the MCP SDK), and `wikikb --help` or `wikikb lr` on an export
 * start in a fraction of the time that loading all of it takes.
 */
export const COMMANDS: readonly CommandEntry[] = [
	{
		name: 'build',
		summary: 'Build the site, the JSON export and the search index.',
		load: async () => (await import('./build.ts')).buildCommand,
	},
	{
		name: 'export',
		summary: 'Write the JSON export (graph, LR rules, pages) without building the site.',
		load: async () => (await import('./export.ts')).exportCommand,
	},
	{
		name: 'check',
		summary: 'Report problems in the pages (missing pages, unknown properties, malformed markup...).',
		load: async () => (await import('./check.ts')).checkCommand,
	},
	{
		name: 'lr',
		summary: 'Recommend a learning-rate range for a task, model size and method.',
		load: async () => (await import('./lr.ts')).lrCommand,
	},
	{
		name: 'ask',
		summary: 'Ask a Semantic MediaWiki query of the pages ([[Category:X]][[prop::value]]|?prop|sort=prop).',
		load: async () => (await import('./ask.ts')).askCommand,
	},
	{
		name: 'dev',
		summary: 'Serve the site with live reload when a page changes.',
		load: async () => (await import('./dev.ts')).devCommand,
	},
	{
		name: 'mcp',
		summary: 'Serve the knowledge base to AI agents (Model Context Protocol over stdio).',
		load: async () => (await import('./mcp.ts')).mcpCommand,
	},
];
