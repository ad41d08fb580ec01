// The code is formatted by Prettier with the repository's config (`.prettierrc.json`; `npm run format` writes it),
// checked here so that `npm test` (and so CI) fails on a change formatted otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, getFileInfo, resolveConfig } from 'prettier';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';

/** The code files under `dir`, fixtures left out (their bytes are test input). */
function codeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : codeFiles(path);
		return /\.(?:ts|mjs)$/u.test(entry.name) ? [path] : [];
	});
}

test('every source, script and test file is formatted as Prettier formats it', async () => {
	const files = [
		...['src', 'scripts', 'test'].flatMap((dir) => codeFiles(join(REPO_ROOT, dir))),
		join(REPO_ROOT, 'vitest.config.ts'),
		join(REPO_ROOT, '.dependency-cruiser.mjs'),
	];
	expect(files.length).toBeGreaterThan(300);
	const unformatted: string[] = [];
	for (const file of files) {
		if ((await getFileInfo(file, { ignorePath: join(REPO_ROOT, '.prettierignore') })).ignored) continue;
		const options = { ...(await resolveConfig(file)), filepath: file };
		if (!(await check(readFileSync(file, 'utf8'), options))) unformatted.push(relative(REPO_ROOT, file));
	}
	expect(unformatted, 'run `npm run format`').toEqual([]);
}, 120_000);
