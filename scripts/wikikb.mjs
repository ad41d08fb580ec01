#!/usr/bin/env node
// The development entry: runs the `wikikb` command from the TypeScript sources, so an edit needs no compile step
// (`npm run wikikb -- <command>`, the tests' child processes). Node 20 cannot run TypeScript itself: register tsx
// (a dev dependency) first. The package's own bin is the compiled lib/cli/bin.js.
import { register } from 'tsx/esm/api';

// The MCP SDK is plain JavaScript in some hundred modules: loaded before tsx's hooks, which every later import
// passes through, `wikikb mcp` is ready in about half the time (a client waits for it at every start).
if (process.argv[2] === 'mcp')
	await Promise.all([
		import('@modelcontextprotocol/sdk/server/mcp.js'),
		import('@modelcontextprotocol/sdk/server/stdio.js'),
	]);
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
