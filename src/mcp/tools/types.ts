import type { z } from 'zod';
import type { Knowledge } from '../knowledge.ts';

/** What a tool gives back: the structured result (matching its output schema) and a text rendering of it. */
export interface ToolAnswer<O> {
	readonly structured: O;
	/** The same answer for a reader: Markdown or plain text. */
	readonly text: string;
}

/**
 * One MCP tool: its name, what it is for, the zod shapes of its input and output (sent to clients as JSON
 * Schemas) and what it does. A tool is added to the server by adding its spec to `TOOLS`.
 */
export interface ToolSpec<I extends z.ZodRawShape = z.ZodRawShape, O extends z.ZodRawShape = z.ZodRawShape> {
	readonly name: string;
	readonly title: string;
	/** For the model that calls it: what the tool does and when to use it. */
	readonly description: string;
	readonly input: I;
	readonly output: O;
	/** Answers a call; throws a `ToolError` for input it cannot answer (it becomes an MCP error result). */
	run(
		knowledge: Knowledge,
		args: z.objectOutputType<I, z.ZodTypeAny>,
	): Promise<ToolAnswer<z.objectOutputType<O, z.ZodTypeAny>>>;
}

/** A call the tool cannot answer as asked (unknown page, unreadable task): the message says what to do. */
export class ToolError extends Error {
	override name = 'ToolError';
}

/**
 * Declares a tool with its types checked (the spec's `run` sees its own input type).
 * @example defineTool({ name: 'echo', title: 'Echo', description: '...', input: { text: z.string() }, output: { text: z.string() }, run: async (_k, a) => ({ structured: a, text: a.text }) })
 */
export function defineTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(spec: ToolSpec<I, O>): ToolSpec<I, O> {
	return spec;
}
