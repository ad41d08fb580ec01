import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MW_PARSERTESTS } from '../helpers/paths.ts';
import { findUnsafe } from './html-safety.ts';
import { readParserTests } from './parser-test-file.ts';
import { crashes, renderText } from './pipeline.ts';

const FILES = readdirSync(MW_PARSERTESTS)
	.filter((name) => name.endsWith('.txt'))
	.sort();
const CASES = FILES.flatMap((file) => readParserTests(file, readFileSync(join(MW_PARSERTESTS, file))));

describe('MediaWiki parser tests through parsePage + renderPage', () => {
	test('every case of every file is read: one per `!! test` line (436 in the 8 files)', () => {
		expect(FILES).toHaveLength(8);
		for (const file of FILES) {
			const headers = readFileSync(join(MW_PARSERTESTS, file), 'latin1')
				.split('\n')
				.filter((line) => /^!!\s*test\b/u.test(line));
			expect(
				CASES.filter((c) => c.file === file),
				file,
			).toHaveLength(headers.length);
		}
		expect(CASES.length).toBeGreaterThanOrEqual(429);
		expect(CASES.every((c) => c.name !== '' && c.inputs.length > 0)).toBe(true);
	});

	test.each(CASES.map((c, i) => [`${c.file} #${i}: ${c.name.split('\n')[0]!.slice(0, 80)}`, c] as const))(
		'%s: renders without a crash and with nothing script-capable',
		async (_label, testCase) => {
			for (const input of testCase.inputs) {
				const { html, diagnostics } = await renderText(input);
				expect(findUnsafe(html), html.slice(0, 2000)).toEqual([]);
				expect(crashes(diagnostics)).toEqual([]);
			}
		},
	);
});
