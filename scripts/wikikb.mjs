#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: register tsx, then run the CLI from source.
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { register } from 'tsx/esm/api';

const args = process.argv.slice(2);
// A site build holds the graph, every rendered page and Astro's content store in one process; Node's default
// heap (about 4 GB) is too small for knowledge bases of many thousands of pages. Re-run with half the machine's
// memory as the limit, unless the user chose a limit.
const wantsSite = args[0] === 'build' || args[0] === 'dev';
const heapMb = Math.floor(totalmem() / 2 / 2 ** 20);
const chosen = process.execArgv.some((a) => a.startsWith('--max-old-space-size')) || /--max-old-space-size/u.test(process.env.NODE_OPTIONS ?? '');
if (wantsSite && !chosen && !process.env.WIKIKB_REEXEC && heapMb > getHeapStatistics().heap_size_limit / 2 ** 20) {
	const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, ...process.execArgv, process.argv[1], ...args], { stdio: 'inherit', env: { ...process.env, WIKIKB_REEXEC: '1' } });
	// the child reports its own resources (bench); this process only waited
	delete process.env.WIKIKB_RSS_OUT;
	process.exitCode = child.status ?? 1;
} else {
	register();
	const { main } = await import('../src/cli/main.ts');
	process.exitCode = await main(args);
}
