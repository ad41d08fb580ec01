import { mkdirSync, watch } from 'node:fs';
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The Vite dev server Astro hands its integrations. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Astro's content data store in dev, in its project folder (`settings.dotAstroDir` + `DATA_STORE_FILE` in Astro 5). */
const DATA_STORE = join('.astro', 'data-store.json');

/**
 * Tells Vite's file watcher each time Astro writes its content data store, when Astro's project folder is inside a
 * `node_modules` folder (wikikb's cache is `node_modules/.cache/wikikb` in a user's project). Vite's watcher ignores
 * every path in a `node_modules` folder, and Astro learns from that watcher that the store changed: without this,
 * a page added in `wikikb dev` stays a 404 (Astro keeps its old list of pages) and the browser never reloads.
 */
export function relayDataStoreWrites(server: DevServer, root: string): void {
	if (!root.split(sep).includes('node_modules')) return;
	const file = join(root, DATA_STORE);
	const folder = join(root, '.astro');
	mkdirSync(folder, { recursive: true });
	// Astro writes the store atomically (a temporary file renamed over it): a burst of events per write.
	let timer: NodeJS.Timeout | undefined;
	const watcher = watch(folder, (_event, name) => {
		if (name !== 'data-store.json') return;
		clearTimeout(timer);
		timer = setTimeout(() => server.watcher.emit('change', file), 50);
	});
	watcher.unref();
	server.httpServer?.once('close', () => watcher.close());
}
