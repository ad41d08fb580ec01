import { countOf } from '../text/index.ts';
import type { CliIo } from './command.ts';

/** Reports the progress of one phase of a long run. */
export interface Progress {
	/** `done` of `total` items are done (`total` unknown: counts only). */
	tick(done: number, total?: number): void;
	/** The phase has ended: clears the line and, for a phase that reports itself, says what it did. */
	finish(): void;
}

/** How a phase names itself. */
export interface PhaseWords {
	/** While it runs: `Parsing`. */
	readonly doing: string;
	/** Once done: `Parsed`; when given, the phase ends with a line `Parsed 34 pages in 1.2s.`, on a terminal or not. */
	readonly done?: string;
	/** The items, one and many: `['page', 'pages']` (the default). */
	readonly unit?: readonly [string, string];
}

/**
 * A progress reporter for long runs: on a terminal it redraws `Parsing 120/634 pages (80/s)` on one line; with
 * `done` words it ends with one line per phase (`Parsed 634 pages in 3.1s.`), also in a log, where the redrawn line
 * would be noise. `finish()` clears the line.
 * @param words how the phase names itself; a string is the `doing` word of a phase that does not report itself
 */
export function createProgress(io: CliIo, words: PhaseWords | string): Progress {
	const { doing, done: doneWord, unit = ['page', 'pages'] } = typeof words === 'string' ? { doing: words } : words;
	const started = performance.now();
	let last = 0;
	let count = 0;
	return {
		tick(done, total) {
			count = done;
			if (!io.isTTY) return;
			const now = performance.now();
			if (done !== total && now - last < 100) return;
			last = now;
			const rate = done / Math.max((now - started) / 1000, 0.001);
			const amount =
				total === undefined ? countOf(done, unit[0], unit[1]) : `${done}/${countOf(total, unit[0], unit[1])}`;
			io.err(`\r${doing} ${amount} (${rate.toFixed(0)}/s)\x1b[K`);
		},
		finish() {
			if (io.isTTY) io.err('\r\x1b[K');
			if (doneWord) io.err(`${doneWord} ${countOf(count, unit[0], unit[1])} in ${secondsSince(started, 1)}s.\n`);
		},
	};
}

/**
 * Runs a phase whose work cannot be counted as it goes (one call to a library): on a terminal, `doing` with the
 * seconds it has taken so far, redrawn each second; when it succeeds, one line of what it did with its duration,
 * on a terminal or not.
 * @param did what the phase did, from its result: `Indexed 34 HTML files for search`
 */
export async function timedPhase<T>(
	io: CliIo,
	doing: string,
	work: () => Promise<T>,
	did: (value: T) => string,
): Promise<T> {
	const started = performance.now();
	const draw = () => io.err(`\r${doing}… ${secondsSince(started, 0)}s\x1b[K`);
	if (io.isTTY) draw();
	const timer = io.isTTY ? setInterval(draw, 1000) : undefined;
	let value: T;
	try {
		value = await work();
	} finally {
		clearInterval(timer);
		if (io.isTTY) io.err('\r\x1b[K');
	}
	io.err(`${did(value)} in ${secondsSince(started, 1)}s.\n`);
	return value;
}

/** Seconds since `started` (a `performance.now()`), written with `digits` decimals. */
function secondsSince(started: number, digits: number): string {
	return ((performance.now() - started) / 1000).toFixed(digits);
}
