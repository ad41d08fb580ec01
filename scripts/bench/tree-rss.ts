import { readFile } from 'node:fs/promises';

/** Resident memory (KiB) of a process, or 0 when it is gone. */
async function rssOf(pid: number): Promise<number> {
	const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
	return Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0);
}

/** Direct children of a process (Linux `/proc/<pid>/task/<tid>/children`). */
async function childrenOf(pid: number): Promise<number[]> {
	const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
	return text.split(/\s+/u).filter(Boolean).map(Number);
}

async function treeRss(pid: number): Promise<number> {
	const kids = await childrenOf(pid);
	const sizes = await Promise.all([rssOf(pid), ...kids.map(treeRss)]);
	return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Samples the summed resident memory of a process and all its descendants (Pagefind's binary, esbuild, ...)
 * every `everyMs`, because a process's own peak RSS leaves its children out. Linux only; elsewhere it reports 0.
 * @returns a function that stops sampling and gives the peak in KiB
 */
export function sampleTreeRss(pid: number, everyMs = 250): () => number {
	let peak = 0;
	let busy = false;
	const timer = setInterval(() => {
		if (busy) return;
		busy = true;
		void treeRss(pid)
			.then((kib) => (peak = Math.max(peak, kib)))
			.finally(() => (busy = false));
	}, everyMs);
	return () => {
		clearInterval(timer);
		return peak;
	};
}
