import { Worker } from 'node:worker_threads';

/** What a page gave in the worker. */
export interface BoundedResult {
	readonly html: string;
	readonly rules: readonly string[];
	readonly messages: readonly string[];
	readonly links: number;
	readonly tables: number;
}

/** Heap one page may use (the issue asks for bounded memory per page); a worker over it dies with an error. */
const HEAP_MB = 1536;

/**
 * Parses and renders a page in a worker thread with a bounded heap (`HEAP_MB`), and ends the worker if it has
 * not answered within `limitMs`: a hang guard (parsing is synchronous, so a test timeout alone could not stop
 * it), not a speed check. Rejects with a message naming the limit when the page hangs or runs out of memory.
 */
export function runBounded(text: string, limitMs: number): Promise<BoundedResult> {
	const worker = new Worker(new URL('./size-worker.mjs', import.meta.url), { workerData: { text }, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
	return new Promise<BoundedResult>((resolve, reject) => {
		const timer = setTimeout(() => {
			void worker.terminate();
			reject(new Error(`The page did not finish parsing and rendering within ${limitMs / 1000} s: a limit is missing.`));
		}, limitMs);
		worker.once('message', (result: BoundedResult) => {
			clearTimeout(timer);
			resolve(result);
			void worker.terminate();
		});
		worker.once('error', (error: Error & { code?: string }) => {
			clearTimeout(timer);
			reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`The page needed more than ${HEAP_MB} MB of memory: a limit is missing.`, { cause: error }) : error);
		});
	});
}
