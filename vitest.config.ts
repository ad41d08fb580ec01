import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { slowFirst } from './test/setup/slow-first.ts';

/**
 * Test files that take more than a few seconds each: built sites in Chromium, the real corpora, the CLI in child
 * processes, pathological sizes and the 10,000 fuzzed pages. `npm test` runs them first, in this order, then the
 * rest; `npm run test:fast` (the `fast` project) leaves them out. The order keeps both cores busy: the longest
 * first, and the site builds (one at a time) apart, with CPU-bound files between them (the kapso build alone
 * takes one to three minutes).
 */
const SLOW = [
	'test/site/kapso.test.ts',
	'test/resilience/size.test.ts',
	'test/security/fuzz-mutations.test.ts',
	'test/render/corpus.test.ts',
	'test/render/markdown-text-corpus.test.ts',
	'test/render/code-engine.test.ts',
	'test/corpus/parse-corpus.test.ts',
	'test/site/hostile.test.ts',
	'test/graph/corpus.test.ts',
	'test/security/fuzz-random.test.ts',
	'test/site/unsloth.test.ts',
	'test/e2e/cli.test.ts',
	// npm pack, an install from the tarball and the commands there (a site build, the dev server).
	'test/package/pack.test.ts',
	'test/site/lr.test.ts',
	'test/pipeline/determinism.test.ts',
	'test/site/base-path.test.ts',
	'test/site/kill.test.ts',
	'test/search/quality.test.ts',
	'test/mcp/server.test.ts',
	'test/export/page-json.test.ts',
	'test/site/rebuild.test.ts',
	'test/site/reuse.test.ts',
	'test/site/dev.test.ts',
	'test/site/dev-base.test.ts',
	'test/output/interrupt.test.ts',
	'test/site/smw-wiki.test.ts',
	'test/site/ask.test.ts',
	'test/graph/smw-wiki.test.ts',
	// These read the corpus pages graph/corpus parsed (test/helpers/corpus-pages.ts).
	'test/site/lr-filter.test.ts',
	'test/lr/corpus.test.ts',
	'test/export/graph-json.test.ts',
	// dependency-cruiser reads all of src/ (10-20 s).
	'test/architecture/dependencies.test.ts',
];

export default defineConfig({
	test: {
		// wikikb's state between runs (parsed pages, Astro's project folders) stays in this checkout, whatever folder a
		// test runs the command in (its default follows the working directory: see src/pipeline/cache-root.ts).
		env: { WIKIKB_CACHE_DIR: join(import.meta.dirname, 'node_modules', '.cache', 'wikikb') },
		testTimeout: 120_000,
		hookTimeout: 600_000,
		pool: 'forks',
		// One test file per core (vitest's default leaves one core out: on 2 cores, one file at a time).
		maxWorkers: availableParallelism(),
		sequence: { sequencer: slowFirst(SLOW) },
		// A folder per run, shared by its test files: the corpora parsed once, the site build lock.
		globalSetup: ['test/setup/run-folder.ts'],
		projects: [
			// Every browser test is slow, listed or not: a new one never lands in the edit-test loop by mistake.
			{ extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: [...SLOW, 'test/site/**'] } },
			{ extends: true, test: { name: 'slow', include: [...SLOW, 'test/site/**/*.test.ts'] } },
		],
	},
});
