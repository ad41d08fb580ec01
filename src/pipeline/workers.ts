import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SourceFile } from '../load/types.ts';
import { runJob, type PageJob, type PageOutput } from './page-job.ts';

/** Below this many pages, starting worker threads costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 48;
/** Pages per task: big enough to amortise messaging, small enough to balance the cores. */
const CHUNK = 16;

/**
 * Parses (and renders) pages on every core and returns the outputs in the order of `files`,
 * whatever the scheduling. Small runs stay on this thread.
 * @param threads worker threads to use; default: the machine's parallelism
 */
export async function processPages(
	files: readonly SourceFile[],
	job: Omit<PageJob, 'files'>,
	options: { threads?: number; onDone?: (count: number) => void } = {},
): Promise<PageOutput[]> {
	const threads = options.threads ?? availableParallelism();
	if (files.length < MIN_PAGES_FOR_WORKERS || threads <= 1) {
		const outputs: PageOutput[] = [];
		for (const file of files) {
			outputs.push(...(await runJob({ ...job, files: [file] })));
			options.onDone?.(1);
		}
		return outputs;
	}
	const pool = new Piscina({ filename: new URL('./worker-entry.mjs', import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
	try {
		const chunks: SourceFile[][] = [];
		for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
		const results = await Promise.all(
			chunks.map(async (chunk) => {
				const out = (await pool.run({ ...job, files: chunk } satisfies PageJob)) as PageOutput[];
				options.onDone?.(chunk.length);
				return out;
			}),
		);
		return results.flat();
	} finally {
		await pool.destroy();
	}
}
