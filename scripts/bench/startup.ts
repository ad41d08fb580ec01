// Start-up of the compiled `wikikb` command, against bare Node (`node -e 0`) on the same machine in the same run.
// The commands run in turn, round after round, so a change in the machine's load touches them alike.
import { spawnSync } from 'node:child_process';

/** One command line measured: what the report calls it, and the arguments of `node`. */
interface StartCommand {
	readonly name: string;
	readonly args: readonly string[];
}

/** Wall milliseconds of one run of `node ...args`; throws when the command fails. */
function runOnce(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): number {
	const started = performance.now();
	const run = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env });
	const ms = performance.now() - started;
	if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
	return ms;
}

/** How many JavaScript modules (ESM and CommonJS, built-ins left out) a run loads, as Node's module debug log lists them. */
function modulesLoaded(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): number {
	const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...env, NODE_DEBUG: 'esm,module' } });
	const loaded = new Set<string>();
	for (const match of run.stderr.matchAll(/(?:Storing (file:\/\/\S+)|load "(\/[^"]+)")/gu))
		loaded.add((match[1] ?? match[2])!);
	return loaded.size;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * Medians of `runs` starts of bare Node and of each wikikb command, and the ratio of each to bare Node.
 * @param bin the compiled `lib/cli/bin.js`
 * @param lrRules an exported `api/lr-rules.json`
 * @param contentDir a content folder whose pages are cached already (in the cache folder `env` names)
 * @returns the report's lines (a Markdown table)
 */
export function benchStartup(
	bin: string,
	lrRules: string,
	contentDir: string,
	cwd: string,
	runs: number,
	env: Record<string, string>,
): string[] {
	const runEnv = { ...process.env, NODE_DEBUG: '', ...env };
	const commands: StartCommand[] = [
		{ name: '`node -e 0` (bare Node)', args: ['-e', '0'] },
		{ name: '`wikikb --help`', args: [bin, '--help'] },
		{
			name: '`wikikb lr --task sft --content <export>/api/lr-rules.json`',
			args: [bin, 'lr', '--task', 'sft', '--content', lrRules],
		},
		{
			name: '`wikikb lr --task sft --content <folder>` (pages cached)',
			args: [bin, 'lr', '--task', 'sft', '--content', contentDir],
		},
	];
	const samples = commands.map(() => [] as number[]);
	for (const { args } of commands) runOnce(args, cwd, runEnv); // warm the file system cache
	for (let round = 0; round < runs; round++)
		for (const [i, { args }] of commands.entries()) samples[i]!.push(runOnce(args, cwd, runEnv));
	const bare = median(samples[0]!);
	const rows = commands.map(({ name, args }, i) => {
		const ms = median(samples[i]!);
		return `| ${name} | ${ms.toFixed(0)} | ${i === 0 ? 'baseline' : `${(ms / bare).toFixed(2)} x bare Node`} | ${modulesLoaded(args, cwd, runEnv)} |`;
	});
	return [
		`### Start-up: medians of ${runs} runs`,
		'',
		'| command | median ms | ratio (target <= 3 x) | modules loaded |',
		'|---|---:|---|---:|',
		...rows,
		'',
	];
}
