import { Worker } from 'node:worker_threads';

/** What a page gave in the worker. */
export interface BoundedResult {
	readonly html: string;
	readonly rules: readonly string[];
	readonly messages: readonly string[];
	readonly links: number;
	readonly tables: number;
}

/**
 * Parses and renders a page in a worker thread and ends the worker if it has not answered within `limitMs`:
 * a hang guard (parsing is synchronous, so a test timeout alone could not stop it), not a speed check.
 * Rejects with a message naming the limit when the page hangs.
 */
export function runBounded(text: string, limitMs: number): Promise<BoundedResult> {
	const worker = new Worker(new URL('./size-worker.mjs', import.meta.url), { workerData: { text } });
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
		worker.once('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
	});
}
