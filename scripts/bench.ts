// `npm run bench`: speed and memory of wikikb against bare wikiparser-node, as medians over repeated runs, the
// start-up of the command against bare Node, and the MCP server. It runs the compiled package (lib/, compiled
// first), as users do. Not a test. Options: --runs N (default 3), --pages N (synthetic size, default 10000),
// --no-build, --no-large, --startup-runs N (default 20), --only-startup, --mcp-pages N (size of the corpus
// `wikikb mcp` is measured on, default 1000), --only-mcp.
import { spawn, spawnSync } from 'node:child_process';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listPageFiles, makeSyntheticCorpus } from './bench/corpus.ts';
import { benchMcp } from './bench/mcp.ts';
import { exportedPages, makeMarkdownSite, type FloorStyle } from './bench/markdown-floor.ts';
import { benchStartup } from './bench/startup.ts';
import { sampleTreeRss } from './bench/tree-rss.ts';
import { KAPSO, UNSLOTH } from '../test/helpers/paths.ts';

const FLOOR_STYLES: readonly FloorStyle[] = ['pages', 'collection'];
const FLOOR_NAMES: Readonly<Record<FloorStyle, string>> = {
	pages: 'Astro + Pagefind, the same pages as plain Markdown in src/pages',
	collection: 'Astro + Pagefind, the same pages as plain Markdown entries of a content collection',
};

const ROOT = resolve(import.meta.dirname, '..');
const WORK = resolve(ROOT, 'node_modules', '.cache', 'wikikb-bench');
/** The compiled command, as `npx wikikb` runs it. */
const BIN = join(ROOT, 'lib', 'cli', 'bin.js');
const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		pages: { type: 'string', default: '10000' },
		'no-build': { type: 'boolean', default: false },
		'no-large': { type: 'boolean', default: false },
		'startup-runs': { type: 'string', default: '20' },
		'only-startup': { type: 'boolean', default: false },
		'mcp-pages': { type: 'string', default: '1000' },
		'only-mcp': { type: 'boolean', default: false },
	},
});
const RUNS = Number(values.runs);

interface Sample {
	readonly seconds: number;
	/** Peak resident memory of the node process itself. */
	readonly rssMb: number;
	/** Peak of the summed resident memory of the process and its children (sampled). */
	readonly treeMb: number;
}

/** Runs a node script in a child process; returns wall seconds and peak memory. */
async function timeNode(args: readonly string[], env: Record<string, string> = {}): Promise<Sample> {
	const rssFile = join(WORK, `rss-${process.pid}.txt`);
	let treeKib = 0;
	const started = performance.now();
	await new Promise<void>((ok, fail) => {
		const child = spawn(process.execPath, ['--import', join(ROOT, 'scripts/bench/rss-reporter.mjs'), ...args], {
			cwd: ROOT,
			env: { ...process.env, ...env, WIKIKB_RSS_OUT: rssFile },
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		const stopSampling = sampleTreeRss(child.pid!);
		let err = '';
		child.stderr.on('data', (d) => (err += d));
		child.on('exit', (code) => {
			treeKib = stopSampling();
			if (code === 0) ok();
			else fail(new Error(`${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
		});
	});
	const seconds = (performance.now() - started) / 1000;
	const rssMb = Number(await readFile(rssFile, 'utf8')) / 1024;
	return { seconds, rssMb, treeMb: treeKib / 1024 };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Repeats a measurement; `prepare` runs before each (untimed). */
async function measure(
	name: string,
	once: () => Promise<Sample>,
	prepare: () => Promise<void> = async () => {},
): Promise<{ name: string } & Sample> {
	const samples: Sample[] = [];
	for (let i = 0; i < RUNS; i++) {
		await prepare();
		try {
			samples.push(await once());
		} catch (error) {
			// A failed run (e.g. out of memory) is a result too: report it and go on with the other measurements.
			process.stderr.write(
				`  ${name} run ${i + 1}/${RUNS} FAILED: ${(error as Error).message.split('\n').find((l) => /heap|error/iu.test(l)) ?? 'see above'}\n`,
			);
			return { name: `${name} (FAILED)`, seconds: Number.NaN, rssMb: Number.NaN, treeMb: Number.NaN };
		}
		process.stderr.write(`  ${name} run ${i + 1}/${RUNS}: ${samples.at(-1)!.seconds.toFixed(2)} s\n`);
	}
	return {
		name,
		seconds: median(samples.map((s) => s.seconds)),
		rssMb: Math.max(...samples.map((s) => s.rssMb)),
		treeMb: Math.max(...samples.map((s) => s.treeMb)),
	};
}

async function editOnePage(dir: string, round: number): Promise<void> {
	const [first] = await listPageFiles(dir);
	await appendFile(first!, `\nEdited for the bench, round ${round}.\n`);
}

async function benchCorpus(label: string, dir: string, withBuild: boolean): Promise<string[]> {
	const pages = (await listPageFiles(dir)).length;
	const cache = join(WORK, `cache-${label}`);
	const out = join(WORK, `out-${label}`);
	// An output folder left by a bench of an older wikikb (without a manifest) would be refused.
	await rm(out, { recursive: true, force: true });
	const fresh = () => rm(cache, { recursive: true, force: true });
	/** One run of a wikikb command on this corpus, with its own cache folder. */
	const wikikb = (command: 'export' | 'build') => () =>
		timeNode([BIN, command, '--content', dir, '--out', out], { WIKIKB_CACHE_DIR: cache });
	let round = 0;
	const pageList = join(WORK, `pages-${label}.json`);
	await writeFile(pageList, JSON.stringify(await listPageFiles(dir)));
	const rows = [
		await measure('bare wikiparser-node parse+render, 1 thread', () => timeNode(['scripts/bench/bare.mjs', pageList])),
		await measure('export, cold', wikikb('export'), fresh),
		await measure('export, warm', wikikb('export')),
		await measure('export, after one edit', wikikb('export'), () => editOnePage(dir, ++round)),
	];
	if (withBuild) {
		rows.push(
			// The cache folder holds Astro's project folder (its content-layer store) too.
			await measure('build (Astro + Pagefind), cold', wikikb('build'), fresh),
			await measure('build, after one edit', wikikb('build'), () => editOnePage(dir, ++round)),
		);
		// The floors hold the pages as the build just made them, as plain Markdown (the export's page files).
		const floorPages = await exportedPages(out);
		for (const style of FLOOR_STYLES) {
			const floorDir = join(WORK, `floor-${style}-${label}`);
			await makeMarkdownSite(floorPages, floorDir, style);
			const astro = [join(ROOT, 'scripts/bench/floor-build.mjs'), floorDir];
			// Cold like wikikb's cold build: no output and no content-layer cache (Astro keeps it in .astro folders).
			const clean = () =>
				Promise.all(
					['dist', '.astro', 'node_modules/.astro'].map((d) => rm(join(floorDir, d), { recursive: true, force: true })),
				).then(() => undefined);
			rows.push(await measure(FLOOR_NAMES[style], () => timeNode(astro), clean));
		}
	}
	const bare = rows[0]!.seconds;
	const cold = rows[1]!.seconds;
	const coldBuild = rows.find((r) => r.name.startsWith('build (Astro'));
	const table = [
		`### ${label}: ${pages} pages`,
		'',
		'| measurement | median s | per page ms | peak RSS MiB | peak RSS MiB with child processes | ratio |',
		'|---|---:|---:|---:|---:|---|',
	];
	for (const r of rows) {
		const ratio = r.name.startsWith('export, cold')
			? `${(r.seconds / bare).toFixed(2)} x bare`
			: r.name.startsWith('export, after') || r.name.startsWith('export, warm')
				? `${(r.seconds / cold).toFixed(2)} x cold export`
				: r.name.startsWith('build, after')
					? `${(r.seconds / coldBuild!.seconds).toFixed(2)} x cold build`
					: '';
		table.push(
			`| ${r.name} | ${r.seconds.toFixed(2)} | ${((r.seconds * 1000) / pages).toFixed(2)} | ${r.rssMb.toFixed(0)} | ${r.treeMb.toFixed(0)} | ${ratio} |`,
		);
	}
	if (coldBuild) {
		table.push('');
		for (const style of FLOOR_STYLES) {
			const floor = rows.find((r) => r.name.startsWith(FLOOR_NAMES[style]))!;
			table.push(
				`Cold build time per page: ${(coldBuild.seconds / floor.seconds).toFixed(2)} x ${FLOOR_NAMES[style]}.`,
			);
		}
	}
	return [...table, ''];
}

/** Start-up of `wikikb --help` and `wikikb lr`, on an export of the repository's content/ made by the same code. */
async function startupLines(): Promise<string[]> {
	const cache = join(WORK, 'cache-startup');
	const out = join(WORK, 'out-startup');
	const content = join(ROOT, 'content');
	await rm(out, { recursive: true, force: true });
	const exported = spawnSync(process.execPath, [BIN, 'export', '--content', content, '--out', out], {
		env: { ...process.env, WIKIKB_CACHE_DIR: cache },
		encoding: 'utf8',
	});
	if (exported.status !== 0) throw new Error(`wikikb export failed: ${exported.stderr}`);
	process.stderr.write('  start-up\n');
	return benchStartup(BIN, join(out, 'api', 'lr-rules.json'), content, WORK, Number(values['startup-runs']), {
		WIKIKB_CACHE_DIR: cache,
	});
}

await mkdir(WORK, { recursive: true });
// The bench measures what users run: the compiled code, made from the sources as they are now.
const compiled = spawnSync(process.execPath, [join(ROOT, 'scripts', 'compile.mjs')], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
const lines = [
	`Machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; medians of ${RUNS} runs.`,
	'',
];
lines.push(...(await startupLines()));
const sources = [UNSLOTH, KAPSO];
const corpusDir = join(WORK, 'corpus');
const only = values['only-startup'] || values['only-mcp'];
if (!only) {
	await makeSyntheticCorpus(sources, corpusDir, 675);
	lines.push(...(await benchCorpus('corpus', corpusDir, !values['no-build'])));
}
if (!values['only-startup']) {
	const mcpDir = join(WORK, 'mcp-corpus');
	await makeSyntheticCorpus(sources, mcpDir, Number(values['mcp-pages']));
	lines.push(
		`### MCP server: ${values['mcp-pages']} pages`,
		'',
		...(await benchMcp(BIN, mcpDir, WORK, RUNS, (t) => process.stderr.write(t))),
		'',
	);
}
if (!values['no-large'] && !only) {
	const largeDir = join(WORK, 'synthetic');
	await makeSyntheticCorpus(sources, largeDir, Number(values.pages));
	lines.push(...(await benchCorpus('synthetic', largeDir, !values['no-build'])));
}
const report = lines.join('\n');
await writeFile(join(WORK, 'report.md'), report + '\n');
process.stdout.write(report + '\n');
