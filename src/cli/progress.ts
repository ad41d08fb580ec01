import type { CliIo } from './command.ts';

/**
 * A progress reporter for long runs: on a TTY it redraws `label done/total (rate/s)` on one line,
 * elsewhere it stays silent. `finish()` clears the line.
 */
export function createProgress(io: CliIo, label: string): { tick: (done: number, total: number) => void; finish: () => void } {
	const started = performance.now();
	let last = 0;
	return {
		tick(done, total) {
			if (!io.isTTY) return;
			const now = performance.now();
			if (done !== total && now - last < 100) return;
			last = now;
			const rate = done / Math.max((now - started) / 1000, 0.001);
			io.err(`\r${label} ${done}/${total} pages (${rate.toFixed(0)}/s)\x1b[K`);
		},
		finish() {
			if (io.isTTY) io.err('\r\x1b[K');
		},
	};
}
