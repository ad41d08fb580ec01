import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import * as api from '../src/index.ts';
import { REPO_ROOT } from './helpers/paths.ts';

const EXPORTS = [
	'ContentError', 'LR_METHODS', 'LR_TASKS', 'backlinks', 'buildGraph', 'extractLrRules', 'formatDiagnostic', 'formatJson', 'formatLr',
	'formatRange', 'formatText', 'loadContent', 'loadLrRules', 'parseLrQuery', 'parsePage', 'parseTitle', 'recommendLr', 'renderPage',
	'runPipeline', 'urlFor', 'writeExport',
];

test('the public API exports exactly these values', () => {
	expect(Object.keys(api).sort()).toEqual(EXPORTS);
});

test('the JavaScript entry exports the same names', async () => {
	const entry = await import('../src/entry.mjs');
	expect(Object.keys(entry).sort()).toEqual(EXPORTS);
});

test('the README example runs from plain Node (package self-reference)', async () => {
	const script = `import { loadLrRules, recommendLr } from 'wikikb';
const rules = await loadLrRules('content', { cacheDir: false });
const rec = recommendLr({ task: 'sft', params: 7e9, method: 'qlora' }, rules);
console.log(JSON.stringify(rec.lr));`;
	const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT });
	const lr = JSON.parse(stdout) as { min: number; max: number };
	expect(lr.min).toBeGreaterThanOrEqual(1e-4);
	expect(lr.max).toBeLessThanOrEqual(5e-4);
});
