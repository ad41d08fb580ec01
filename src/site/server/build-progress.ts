/**
 * Pages tell `wikikb build` that they render, so it can show how far the site phase is. The layout and the CLI are
 * separate module instances (the server bundle and Node), so the listener is kept on `globalThis`; this module
 * imports nothing, so the server bundle stays small.
 */
const KEY = Symbol.for('wikikb.page-rendered');
const holder = globalThis as { [KEY]?: () => void };

/** Called by the layout as each HTML page renders; does nothing when no build is listening (dev, tests). */
export function notePageRendered(): void {
	holder[KEY]?.();
}

/**
 * Calls `listener` as each HTML page renders in this process.
 * @returns a function that stops listening
 */
export function onPageRendered(listener: () => void): () => void {
	holder[KEY] = listener;
	return () => {
		if (holder[KEY] === listener) delete holder[KEY];
	};
}
