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
	const pool = new Piscina({ ...WORKER, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
	try {
		const starts: number[] = [];
		for (let i = 0; i < files.length; i += CHUNK) starts.push(i);
		const results = await Promise.all(
			starts.map(async (start) => {
				const outputs = (await pool.run({ ...job, files: files.slice(start, start + CHUNK) } satisfies PageJob)) as PageOutput[];
				const kept = await Promise.all(outputs.map((output, k) => keep(output, start + k)));
				options.onDone?.(outputs.length);
				return kept;
			}),
		);
		return results.flat();
	} finally {
		await pool.destroy();
	}
}
