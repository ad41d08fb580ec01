import { checkTool } from './check.ts';
import { getPageTool } from './get-page.ts';
import { recommendLrTool } from './recommend-lr.ts';
import { searchTool } from './search.ts';
import type { ToolSpec } from './types.ts';

/**
 * The server's tools, in the order clients list them. A new tool is one spec here: the SMW query engine's
 * `ask` (issue #17) will be `askTool` (query text -> printouts and results) added to this list.
 */
export const TOOLS: readonly ToolSpec[] = [searchTool, getPageTool, recommendLrTool, checkTool] as unknown as readonly ToolSpec[];

export { ToolError, defineTool, type ToolSpec, type ToolAnswer } from './types.ts';
export { pageText } from './get-page.ts';
