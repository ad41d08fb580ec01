import { spawn } from 'node:child_process';
import { sampleTreeRss } from './scripts/bench/tree-rss.ts';
const [cmd, ...args] = process.argv.slice(2);
const t0 = performance.now();
const child = spawn(cmd!, args, { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
const stop = sampleTreeRss(child.pid!, 200);
child.on('exit', (code) => { console.log(`exit ${code} ${((performance.now()-t0)/1000).toFixed(1)} s, tree peak ${(stop()/1024).toFixed(0)} MB`); });
