#!/usr/bin/env node
// The `wikikb` command of the compiled package. Node 22.1+ can keep the compiled code of the modules it loads
// (in the system's temporary folder), which makes later starts faster; Node 20 has no such cache.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
