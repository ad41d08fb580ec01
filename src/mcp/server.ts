import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { pageNodes, type Knowledge } from './knowledge.ts';
import { pageText, TOOLS } from './tools/index.ts';

/** The server's name and version as MCP clients see them. */
export interface ServerInfo {
	readonly name: string;
	readonly version: string;
}

/** A page's resource address: `wikikb://page/Heuristic%3ALearning_Rate_Tuning`. */
export function pageUri(id: string): string {
	return `wikikb://page/${encodeURIComponent(id)}`;
}

/**
 * An MCP server over a knowledge base: the tools of `TOOLS` (each with its input and output JSON Schemas, a
 * structured result and a text rendering) and every page as a resource (`wikikb://page/{id}`, Markdown). The
 * knowledge may still be loading: calls wait for it, so the server answers `initialize` at once.
 */
export function createMcpServer(knowledge: Promise<Knowledge>, info: ServerInfo): McpServer {
	const server = new McpServer(info, {
		instructions:
			'A knowledge base of fine-tuning and ML engineering pages (workflows, principles, implementations, environments, heuristics). Use `search` to find pages for a question, `get_page` to read one in full, `recommend_lr` for a learning rate, `check` for problems in the pages.',
	});
	for (const tool of TOOLS) {
		server.registerTool(
			tool.name,
			{
				title: tool.title,
				description: tool.description,
				inputSchema: tool.input,
				outputSchema: tool.output,
				annotations: { readOnlyHint: true, openWorldHint: false },
			},
			async (args: Record<string, unknown>) => {
				const answer = await tool.run(await knowledge, args as never);
				return {
					structuredContent: answer.structured as Record<string, unknown>,
					content: [{ type: 'text' as const, text: answer.text }],
				};
			},
		);
	}
	const template = new ResourceTemplate('wikikb://page/{id}', {
		list: async () => {
			const kb = await knowledge;
			return {
				resources: pageNodes(kb).map((n) => ({
					uri: pageUri(n.id),
					name: n.id,
					title: n.title,
					description: kb.summaries.get(n.id) ?? '',
					mimeType: 'text/markdown',
				})),
			};
		},
	});
	server.registerResource(
		'page',
		template,
		{
			title: 'Knowledge-base page',
			description: 'One page of the knowledge base as Markdown, with its connected pages.',
			mimeType: 'text/markdown',
		},
		async (uri, variables) => {
			const id = decodeURIComponent(
				String(z.string().parse(Array.isArray(variables.id) ? variables.id[0] : variables.id)),
			);
			const page = await (await knowledge).page(id);
			if (!page)
				throw new Error(
					`There is no page \`${id}\`. List the resources, or use the \`search\` tool, to find page ids.`,
				);
			return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: pageText(page) }] };
		},
	);
	return server;
}
