/**
 * The Model Context Protocol server (`wikikb mcp`): search, pages, LR recommendations and diagnostics of one
 * knowledge base for agents, over stdio, from a content folder or a JSON export.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { knowledgeFromExport } from './from-export.ts';
import type { NamespaceSettings } from '../load/index.ts';
import type { Knowledge } from './knowledge.ts';
import { createMcpServer, type ServerInfo } from './server.ts';

export { createMcpServer, pageUri, type ServerInfo } from './server.ts';
export { knowledgeFromExport } from './from-export.ts';
export { TOOLS, defineTool, ToolError, type ToolSpec, type ToolAnswer } from './tools/index.ts';
export type { Knowledge } from './knowledge.ts';

/**
 * Where the server's knowledge comes from: a content folder (with its custom namespaces, the config file's
 * `namespaces`), or the folder of a JSON export.
 */
export type KnowledgeSource =
	{ readonly content: string; readonly namespaces?: NamespaceSettings } | { readonly export: string };

/**
 * Serves a knowledge base over stdio until the client closes the connection. The server answers at once; the
 * knowledge loads meanwhile and a failure to load it is the answer to every call (and is told to `onError`).
 * Nothing but protocol messages is written to stdout.
 */
export async function serveMcp(
	source: KnowledgeSource,
	info: ServerInfo,
	onError: (error: Error) => void,
): Promise<{ closed: Promise<void> }> {
	// The parser and renderer load only for a content folder: an export starts without them.
	const knowledge: Promise<Knowledge> =
		'content' in source
			? import('./from-content.ts').then((m) => m.knowledgeFromContent(source.content, source.namespaces))
			: knowledgeFromExport(source.export);
	knowledge.catch((error: unknown) => onError(error as Error));
	const server = createMcpServer(knowledge, info);
	const transport = new StdioServerTransport();
	const closed = new Promise<void>((resolve) => {
		server.server.onclose = () => resolve();
	});
	await server.connect(transport);
	// The transport does not watch for the end of its input: a client that goes away closes the server.
	process.stdin.once('end', () => void server.close());
	return { closed };
}
