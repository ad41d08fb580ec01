import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashContent } from '../load/source-file.ts';

const SRC = dirname(dirname(fileURLToPath(import.meta.url)));
/** Stages whose code decides what a cached page holds. */
const STAGES = ['load', 'parse', 'render', 'diagnostics', 'graph/url.ts'];

let memo: Promise<string> | undefined;

async function listTs(path: string): Promise<string[]> {
	if (path.endsWith('.ts')) return [path];
	const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
	const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listTs(join(path, e.name)) : Promise.resolve(e.name.endsWith('.ts') ? [join(path, e.name)] : []))));
	return nested.flat();
}

/**
 * A digest of the source of the stages a cached page depends on, so editing the parser or renderer
 * invalidates the cache by itself (no version number to forget to bump).
 */
export function codeVersion(): Promise<string> {
	memo ??= (async () => {
		const files = (await Promise.all(STAGES.map((s) => listTs(join(SRC, s))))).flat().sort();
		const parts = await Promise.all(files.map(async (f) => `${f.slice(SRC.length)}\0${await readFile(f, 'utf8')}`));
		return hashContent(parts.join('\0'));
	})();
	return memo;
}
