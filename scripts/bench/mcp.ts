import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { QUESTIONS } from '../search-quality/questions.ts';

/** What one start of `wikikb mcp` cost, seen from its client. */
interface McpRun {
	/** Spawn to the answer of `tools/list` (the server is usable). */
	readonly readyMs: number;
	/** Spawn to the answer of a first `search` (the knowledge and its search index are loaded). */
	readonly firstSearchMs: number;
	/** Round trips of the 63 questions as searches, once loaded. */
	readonly searchMs: readonly number[];
}

async function runOnce(bin: string, args: readonly string[], env: Record<string, string>): Promise<McpRun> {
	const started = performance.now();
	const transport = new StdioClientTransport({
		command: process.execPath,
		args: [bin, 'mcp', ...args],
		env: { ...(process.env as Record<string, string>), ...env },
		stderr: 'ignore',
	});
	const client = new Client({ name: 'wikikb-bench', version: '1.0.0' });
	await client.connect(transport);
	await client.listTools();
	const readyMs = performance.now() - started;
	await client.callTool({ name: 'search', arguments: { query: 'learning rate' } });
	const firstSearchMs = performance.now() - started;
	const searchMs: number[] = [];
	for (const q of QUESTIONS) {
		const t = performance.now();
		await client.callTool({ name: 'search', arguments: { query: q.question, top_k: 10 } });
		searchMs.push(performance.now() - t);
	}
	await client.close();
	return { readyMs, firstSearchMs, searchMs };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * `wikikb mcp` (the command `bin`) on one corpus: starts with `--export` (of a fresh export) and with `--content` (warm cache), the
 * time to a usable server and to a first search answer, and the search round trip (median and slowest of 63
 * questions). Medians over `runs` starts.
 */
export async function benchMcp(
	bin: string,
	dir: string,
	work: string,
	runs: number,
	log: (text: string) => void,
): Promise<string[]> {
	const out = join(work, 'mcp-export');
	const cache = join(work, 'mcp-cache');
	await new Promise<void>((ok, fail) => {
		const child = spawn(process.execPath, [bin, 'export', '--content', dir, '--out', out], {
			env: { ...process.env, WIKIKB_CACHE_DIR: cache },
			stdio: 'ignore',
		});
		child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`wikikb export exited ${code}`))));
	});
	const rows = [
		'| `wikikb mcp` | ready (tools listed) ms | first search answered ms | search round trip ms, median / slowest |',
		'|---|---:|---:|---:|',
	];
	for (const [name, args] of [
		['--export (JSON export)', ['--export', out]],
		['--content (warm cache)', ['--content', dir]],
	] as const) {
		const samples: McpRun[] = [];
		for (let i = 0; i < runs; i++) {
			samples.push(await runOnce(bin, args, { WIKIKB_CACHE_DIR: cache }));
			log(
				`  mcp ${name} run ${i + 1}/${runs}: ready ${samples.at(-1)!.readyMs.toFixed(0)} ms, first search ${samples.at(-1)!.firstSearchMs.toFixed(0)} ms\n`,
			);
		}
		const searches = samples.flatMap((s) => s.searchMs);
		rows.push(
			`| ${name} | ${median(samples.map((s) => s.readyMs)).toFixed(0)} | ${median(samples.map((s) => s.firstSearchMs)).toFixed(0)} | ${median(searches).toFixed(1)} / ${Math.max(...searches).toFixed(1)} |`,
		);
	}
	return rows;
}
