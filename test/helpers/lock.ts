import { mkdir, rm, stat } from 'node:fs/promises';

/**
 * Takes a lock shared by every test process (a folder: creating it is atomic) and returns its release. A lock
 * older than `staleMs` is left over from a killed run and is taken over.
 */
export async function acquireLock(path: string, staleMs: number): Promise<() => Promise<void>> {
	for (;;) {
		try {
			await mkdir(path);
			return () => rm(path, { recursive: true, force: true });
		} catch {
			const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
			if (age > staleMs) await rm(path, { recursive: true, force: true });
			await new Promise((r) => setTimeout(r, 500));
		}
	}
}
