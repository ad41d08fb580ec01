import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { runPipeline } from '../../src/pipeline/run.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { E2E_FIXTURES } from './case.ts';

// `heuristics/Batch size.md` and `heuristics/batch_size.wiki` are both `Heuristic:Batch_size`
// (space = `_`, first letter case-insensitive, extension dropped): SPEC 1 makes that an error naming both files.
const CASE = join(E2E_FIXTURES, 'title-clash');

test('two files with one title stop the pipeline with an error naming both files', async () => {
	const error = await runPipeline({ contentDir: CASE, cacheDir: false, threads: 1 }).then(
		() => undefined,
		(e: unknown) => e as Error,
	);
	expect(error, 'runPipeline resolved although two files map to Heuristic:Batch_size').toBeInstanceOf(Error);
	expect(error!.message).toContain('Batch size.md');
	expect(error!.message).toContain('batch_size.wiki');
});

test('wikikb check reports the clash as an error and exits non-zero', async () => {
	const result = await promisify(execFile)(
		process.execPath,
		[join(REPO_ROOT, 'scripts', 'wikikb.mjs'), 'check', '--content', CASE, '--format', 'json'],
		{ cwd: REPO_ROOT },
	).then(
		(r) => ({ code: 0, out: r.stdout + r.stderr }),
		(e: { code?: number; stdout?: string; stderr?: string }) => ({
			code: e.code ?? -1,
			out: `${e.stdout ?? ''}${e.stderr ?? ''}`,
		}),
	);
	expect(result.code).not.toBe(0);
	expect(result.out).toContain('Batch size.md');
	expect(result.out).toContain('batch_size.wiki');
});
