import { expect, test } from 'vitest';
import * as api from '../src/index.ts';

/** The public API's values; the package test (test/package/pack.test.ts) checks the compiled entry against them. */
const EXPORTS = [
	'ContentError',
	'LR_METHODS',
	'LR_TASKS',
	'SearchIndex',
	'ask',
	'askApiJson',
	'askStore',
	'backlinks',
	'buildGraph',
	'extractLrRules',
	'formatDiagnostic',
	'formatJson',
	'formatLr',
	'formatRange',
	'formatText',
	'loadContent',
	'loadLrRules',
	'parseLrQuery',
	'parsePage',
	'parseTitle',
	'queryStore',
	'recommendLr',
	'renderPage',
	'runPipeline',
	'splitQuery',
	'toCsv',
	'toTextTable',
	'urlFor',
	'writeExport',
];

test('the public API exports exactly these values', () => {
	expect(Object.keys(api).sort()).toEqual(EXPORTS);
});
