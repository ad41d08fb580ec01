import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { inject } from 'vitest';
import type { ParsedPage } from '../../src/parse/types.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { acquireLock } from './lock.ts';

const inProcess = new Map<string, Promise<readonly ParsedPage[]>>();

/**
 * The parsed pages of a corpus folder, in file order, parsed once per test run: the first test file that asks
 * parses them (the pipeline's own load and parse, on every core, no cache) and stores them in the run folder
 * (`test/setup/run-folder.ts`); the others wait for that and read them back. Parsing kapso-wikis costs 10-20 s
 * of CPU, and several test files need the same pages.
 */
export function corpusPages(dir: string): Promise<readonly ParsedPage[]> {
	let pages = inProcess.get(dir);
	if (!pages) inProcess.set(dir, (pages = sharedPages(dir)));
	return pages;
}

async function sharedPages(dir: string): Promise<readonly ParsedPage[]> {
	const file = join(inject('runFolder'), `${basename(dir)}.pages.v8`);
	const release = await acquireLock(`${file}.lock`, 10 * 60_000);
	try {
		if (existsSync(file)) return deserialize(await readFile(file)) as readonly ParsedPage[];
		const { pages } = await runPipeline({ contentDir: dir, cacheDir: false });
		await writeFile(`${file}.tmp`, serialize(pages));
		await rename(`${file}.tmp`, file);
		return pages;
	} finally {
		await release();
	}
}
