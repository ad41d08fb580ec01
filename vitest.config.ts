import { defineConfig } from 'vitest/config';

/**
 * Test files that take more than a few seconds each: built sites in Chromium, the real corpora, the CLI in child
 * processes, pathological sizes and the 10,000 fuzzed pages. `npm test` runs them with the rest; `npm run
 * test:fast` (the `fast` project) leaves them out.
 */
const SLOW = [
	'test/site/{unsloth,kapso,hostile,rebuild,dev}.test.ts',
	'test/corpus/**/*.test.ts',
	'test/{graph,lr,render}/corpus.test.ts',
	'test/export/graph-json.test.ts',
	'test/e2e/cli.test.ts',
	'test/pipeline/determinism.test.ts',
	'test/resilience/size.test.ts',
	'test/security/fuzz-*.test.ts',
];

export default defineConfig({
	test: {
		testTimeout: 120_000,
		hookTimeout: 600_000,
		pool: 'forks',
		projects: [
			{ extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW } },
			// The corpus tests share one parse of each corpus through the run folder.
			{ extends: true, test: { name: 'slow', include: SLOW, globalSetup: ['test/setup/run-folder.ts'] } },
		],
	},
});
