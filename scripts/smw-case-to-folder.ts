/**
 * Lays out the `setup` pages of one Semantic MediaWiki JSONScript test case as a wikikb content folder, so the case
 * can be run through `wikikb export` / `wikikb check` and compared by hand with what it expects. Not run by tests;
 * nothing of SMW's repository is copied into ours.
 *
 *   npx tsx scripts/smw-case-to-folder.ts <case.json> <out-folder>
 *   git -C <smw-repo> show HEAD:tests/phpunit/Integration/JSONScript/TestCases/p-0203.json > /tmp/p-0203.json
 *
 * Each setup entry becomes the file `pathForTitle` gives its title (a later entry for the same page replaces the
 * earlier one, as an edit does; `do-delete` removes it; `move-to` moves it). `import-from` contents are read from the
 * case's `Fixtures/` folder beside it. The case's `tests` are printed as a summary to compare with.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseTitle, pathForTitle } from '../src/load/index.ts';

/** SMW's namespace constants as JSONScript cases write them. */
const NAMESPACES: Readonly<Record<string, string>> = {
	NS_MAIN: '',
	NS_USER: 'User',
	NS_PROJECT: 'Project',
	NS_FILE: 'File',
	NS_MEDIAWIKI: 'MediaWiki',
	NS_TEMPLATE: 'Template',
	NS_HELP: 'Help',
	NS_CATEGORY: 'Category',
	SMW_NS_PROPERTY: 'Property',
	SMW_NS_CONCEPT: 'Concept',
	SMW_NS_SCHEMA: 'smw/schema',
};

const setupSchema = z.array(
	z
		.object({
			page: z.string(),
			namespace: z.string().optional(),
			contents: z.union([z.string(), z.object({ 'import-from': z.string() }).passthrough()]).optional(),
			'do-delete': z.boolean().optional(),
			'move-to': z.object({ target: z.string() }).passthrough().optional(),
		})
		.passthrough(),
);

const caseSchema = z
	.object({ description: z.string().optional(), setup: setupSchema, tests: z.array(z.record(z.unknown())).optional() })
	.passthrough();

const [casePath, outDir] = process.argv.slice(2);
if (!casePath || !outDir) throw new Error('Usage: npx tsx scripts/smw-case-to-folder.ts <case.json> <out-folder>');
const testCase = caseSchema.parse(JSON.parse(await readFile(casePath, 'utf8')));
const pages = new Map<string, string>();
const titleOf = (page: string, namespace: string | undefined) => {
	const ns = namespace === undefined ? '' : NAMESPACES[namespace];
	if (ns === undefined) throw new Error(`Unknown namespace constant ${namespace} (page ${page}).`);
	return parseTitle(ns ? `${ns}:${page}` : `:${page}`);
};
for (const entry of testCase.setup) {
	const title = titleOf(entry.page, entry.namespace);
	if (!title) {
		console.warn(`skipped ${entry.page}: not a title`);
		continue;
	}
	if (entry['do-delete']) {
		pages.delete(title.id);
		continue;
	}
	let text = typeof entry.contents === 'string' ? entry.contents : '';
	if (entry.contents && typeof entry.contents !== 'string')
		text = await readFile(
			join(dirname(casePath), 'Fixtures', entry.contents['import-from'].replace(/^\/?/u, '')),
			'utf8',
		).catch(() => '');
	pages.set(title.id, text);
	if (entry['move-to']) {
		const target = parseTitle(entry['move-to'].target);
		if (target) pages.set(target.id, text);
		pages.set(title.id, `#REDIRECT [[${entry['move-to'].target}]]`);
	}
}
await rm(outDir, { recursive: true, force: true });
for (const [id, text] of pages) {
	const path = pathForTitle(parseTitle(id.includes(':') ? id : `:${id}`)!);
	if (!path) continue;
	await mkdir(dirname(join(outDir, path)), { recursive: true });
	await writeFile(join(outDir, path), text);
}
console.log(`${testCase.description ?? casePath}\n${pages.size} pages laid out in ${resolve(outDir)}`);
for (const t of testCase.tests ?? [])
	console.log(`- ${String(t.type)} ${String(t.about ?? '')} ${t.subject ? `subject ${String(t.subject)}` : ''}`);
