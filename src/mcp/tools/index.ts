import { askTool } from './ask.ts';
import { checkTool } from './check.ts';
import { getPageTool } from './get-page.ts';
import { recommendLrTool } from './recommend-lr.ts';
import { searchTool } from './search.ts';
import type { ToolSpec } from './types.ts';

/** The server's tools, in the order clients list them. A new tool is one spec here. */
export const TOOLS: readonly ToolSpec[] = [
	searchTool,
	askTool,
	getPageTool,
	recommendLrTool,
	checkTool,
] as unknown as readonly ToolSpec[];

export { ToolError, defineTool, type ToolSpec, type ToolAnswer } from './types.ts';
export { pageText } from './get-page.ts';
