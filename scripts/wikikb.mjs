#!/usr/bin/env node
// The development entry: runs the `wikikb` command from the TypeScript sources, so an edit needs no compile step
// (`npm run wikikb -- <command>`, the tests' child processes). Node 20 cannot run TypeScript itself: register tsx
// (a dev dependency) first. The package's own bin is the compiled lib/cli/bin.js.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
