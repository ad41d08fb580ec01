import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashContent } from '../load/index.ts';
import { FROM_SOURCES } from '../package-paths.ts';

/** Stages whose code decides what a cached page holds, and what the cache keeps of a run (the search index). */
const STAGES = [
	'load',
	'parse',
	'render',
	'diagnostics',
	'datatypes/title.ts',
	'graph/url.ts',
	'text',
	'search',
	'export/search-json.ts',
];

/** The file the compile step writes beside the compiled code: the digest of the sources it was compiled from. */
export const CODE_DIGEST_FILE = 'code-digest.json';

/**
 * The file the compile step writes beside the compiled code: the cache entries' shape checks as code ajv wrote
 * beforehand (`checksModuleSource`), so that a run loads neither ajv nor the schemas' converter and compiles nothing.
 */
export const CHECKS_FILE = 'cache-checks.generated.js';

let memo: Promise<string> | undefined;

async function listTs(path: string): Promise<string[]> {
	if (path.endsWith('.ts')) return [path];
	const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
	const nested = await Promise.all(
		entries.map((e) =>
			e.isDirectory()
				? listTs(join(path, e.name))
				: Promise.resolve(e.name.endsWith('.ts') ? [join(path, e.name)] : []),
		),
	);
	return nested.flat();
}

/**
 * A digest of the TypeScript sources (under `srcDir`) of the stages a cached page depends on. The compile step
 * records it for the compiled package, which ships no sources.
 */
export async function sourceDigest(srcDir: string): Promise<string> {
	const files = (await Promise.all(STAGES.map((s) => listTs(join(srcDir, s))))).flat().sort();
	const parts = await Promise.all(files.map(async (f) => `${f.slice(srcDir.length)}\0${await readFile(f, 'utf8')}`));
	return hashContent(parts.join('\0'));
}

/** The digest the compile step recorded beside this module. */
function compiledDigest(): string {
	const file = fileURLToPath(new URL(`./${CODE_DIGEST_FILE}`, import.meta.url));
	try {
		return (JSON.parse(readFileSync(file, 'utf8')) as { digest: string }).digest;
	} catch (cause) {
		throw new Error(
			`The compiled wikikb has no \`${file}\`, which the compile step writes. Compile it again with \`npm run compile\`.`,
			{ cause },
		);
	}
}

/**
 * A digest of the code of the stages a cached page depends on, so editing the parser or renderer invalidates the
 * cache by itself (no version number to forget to bump): hashed from the sources when running from them, else
 * the one recorded when the package was compiled.
 */
export function codeVersion(): Promise<string> {
	memo ??= FROM_SOURCES
		? sourceDigest(dirname(dirname(fileURLToPath(import.meta.url))))
		: Promise.resolve().then(compiledDigest);
	return memo;
}
