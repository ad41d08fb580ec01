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
 * The worker that takes the next page. It is kept from page to page (starting one, with tsx and the parser,
 * costs 1-2 s) and replaced only after a page that hung or ran out of memory; a page's garbage is collected
 * before the heap limit is reached, so the limit still bounds what one page holds.
 */
let current: Worker | undefined;
let nextId = 0;

function pageWorker(): Worker {
	if (!current) {
		current = new Worker(new URL('./size-worker.mjs', import.meta.url), {
			resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
		});
		// An idle worker must not keep the test process alive.
		current.unref();
	}
	return current;
}

function retire(worker: Worker): void {
	if (current === worker) current = undefined;
	void worker.terminate();
}

/**
 * Parses and renders a page in a worker thread with a bounded heap (`HEAP_MB`), and ends the worker if it has
 * not answered within `limitMs`: a hang guard (parsing is synchronous, so a test timeout alone could not stop
 * it), not a speed check. Rejects with a message naming the limit when the page hangs or runs out of memory.
 */
export function runBounded(text: string, limitMs: number): Promise<BoundedResult> {
	const worker = pageWorker();
	const id = nextId++;
	return new Promise<BoundedResult>((resolve, reject) => {
		const settle = () => {
			clearTimeout(timer);
			worker.off('message', onMessage);
			worker.off('error', onError);
		};
		const timer = setTimeout(() => {
			settle();
			retire(worker);
			reject(
				new Error(`The page did not finish parsing and rendering within ${limitMs / 1000} s: a limit is missing.`),
			);
		}, limitMs);
		const onMessage = (reply: { id: number; result: BoundedResult }) => {
			if (reply.id !== id) return;
			settle();
			resolve(reply.result);
		};
		const onError = (error: Error & { code?: string }) => {
			settle();
			retire(worker);
			reject(
				error.code === 'ERR_WORKER_OUT_OF_MEMORY'
					? new Error(`The page needed more than ${HEAP_MB} MB of memory: a limit is missing.`, { cause: error })
					: error,
			);
		};
		worker.on('message', onMessage);
		worker.on('error', onError);
		worker.postMessage({ id, text });
	});
}
