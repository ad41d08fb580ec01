import { availableParallelism } from 'node:os';
import type { SourceFile } from '../load/index.ts';
import { FROM_SOURCES } from '../package-paths.ts';
import type { PageJob, PageOutput } from './page-job.ts';

/** Below this many pages, starting worker threads costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 48;
/**
 * The module a worker thread runs: the compiled page job, or from the sources an entry that registers tsx first
 * (a worker thread starts as plain Node, which cannot import TypeScript on Node 20).
 */
const WORKER = FROM_SOURCES
	? { filename: new URL('./worker-entry.mjs', import.meta.url).href }
	: { filename: new URL('./page-job.js', import.meta.url).href, name: 'runJob' };

/**
 * Young generation of each worker (V8's default is 48 MB): parsing makes many short-lived objects, and a larger
 * nursery collects them less often. Cold export of the 675-page corpus: garbage collection 13% -> 10.5% of a parse
 * thread's time, for about 250 MB more resident memory with two workers.
 */
const YOUNG_GENERATION_MB = 192;

/** Pages per task: big enough to amortise messaging, small enough to balance the cores. */
const CHUNK = 16;

/**
 * Parses (and renders) pages on every core and returns what `keep` makes of each output, in the order of
 * `files` whatever the scheduling. `keep` sees each output as soon as it arrives, so a caller can store the
 * bulky part (rendered HTML) and let it go instead of holding every page's output until the end.
 * Small runs stay on this thread.
 * @param threads worker threads to use; default: the machine's parallelism
 */
export async function processPages<T>(
	files: readonly SourceFile[],
	job: Omit<PageJob, 'files'>,
	keep: (output: PageOutput, index: number) => Promise<T>,
	options: { threads?: number; onDone?: (count: number) => void } = {},
): Promise<T[]> {
	const threads = options.threads ?? availableParallelism();
	if (files.length === 0) return [];
	if (files.length < MIN_PAGES_FOR_WORKERS || threads <= 1) {
		// Loaded only when a page is to be parsed (and piscina only for worker threads): with every page cached, a run
		// never loads the parser or the renderer.
		const { runJob } = await import('./page-job.ts');
		const kept: T[] = [];
		for (const [i, file] of files.entries()) {
			const [output] = await runJob({ ...job, files: [file] });
			kept.push(await keep(output!, i));
			options.onDone?.(1);
		}
		return kept;
	}
	const { Piscina } = await import('piscina');
	const pool = new Piscina({
		...WORKER,
		minThreads: threads,
		maxThreads: threads,
		idleTimeout: 1000,
		resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
	});
	try {
		// Largest pages first: the last tasks are then short ones, and neither core waits long for the other at the end.
		const order = files.map((_, i) => i).sort((a, b) => files[b]!.text.length - files[a]!.text.length || a - b);
		const chunks: number[][] = [];
		for (let i = 0; i < order.length; i += CHUNK) chunks.push(order.slice(i, i + CHUNK));
		const kept: T[] = new Array<T>(files.length);
		await Promise.all(
			chunks.map(async (chunk) => {
				const outputs = (await pool.run({
					...job,
					files: chunk.map((i) => files[i]!),
				} satisfies PageJob)) as PageOutput[];
				await Promise.all(outputs.map(async (output, k) => (kept[chunk[k]!] = await keep(output, chunk[k]!))));
				options.onDone?.(outputs.length);
			}),
		);
		return kept;
	} finally {
		await pool.destroy();
	}
}
