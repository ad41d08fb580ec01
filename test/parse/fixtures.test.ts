import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/parse/index.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { sourceFile } from '../helpers/source.ts';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'parse');

/** The page data a fixture pins down (everything but ids and hashes). */
function snapshot(input: string): unknown {
	const { page, tree } = parsePage(sourceFile(input, 'heuristics/Fixture_Page.wiki'));
	const { id, namespace, name, file, path, hash, diagnostics, ...data } = page;
	return {
		...data,
		tree: tree.kind,
		diagnostics: diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.rule}`),
	};
}

describe('parse fixtures (UPDATE=1 rewrites expected.json)', () => {
	for (const name of readdirSync(FIXTURES).sort()) {
		test(name, () => {
			const dir = join(FIXTURES, name);
			const actual = snapshot(readFileSync(join(dir, 'input.wiki'), 'utf8'));
			const expectedPath = join(dir, 'expected.json');
			if (process.env['UPDATE'] === '1' || !existsSync(expectedPath))
				writeFileSync(expectedPath, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
		});
	}
});
