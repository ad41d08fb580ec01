// Global setup: one temporary folder per test run, shared by its test files: the corpora parsed once
// (test/helpers/corpus-pages.ts) and the site build lock (test/site/helpers.ts); removed when the run ends.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The folder shared by the test files of this run (parsed corpora, the site build lock). */
		runFolder: string;
	}
}

/** Creates the run folder, hands it to the test files and returns its removal. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const folder = await mkdtemp(join(tmpdir(), 'wikikb-test-run-'));
	project.provide('runFolder', folder);
	return () => rm(folder, { recursive: true, force: true });
}
