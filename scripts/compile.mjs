#!/usr/bin/env node
// `npm run compile` (and `prepare`, which `npm ci` and `npm pack` run): compiles src/ into lib/, the JavaScript
// and declaration files the package ships. Incremental (tsc keeps lib/.tsbuildinfo), so a run after an edit redoes
// only what the edit touches. Besides tsc's output it
//   - copies the site's other files (.astro pages, styles, public/) into lib/site/, with their imports of
//     `.ts` modules pointed at the compiled `.js` (Astro and Vite compile the .astro files themselves);
//   - removes declaration files from lib/site/ (Astro would take `pages/x.json.d.ts` for a route) and every
//     compiled file whose source is gone, so a renamed page never lingers in the package;
//   - records the digest of the sources the page cache depends on (lib/pipeline/code-digest.json), which the
//     compiled code uses as its cache key since the package ships no sources;
//   - writes the cache entries' shape checks as code (lib/pipeline/cache-checks.generated.js, made by ajv from
//     their schemas), so that a run neither loads ajv nor compiles them.
// Plain JavaScript: it runs before anything is compiled, and without tsx.
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = dirname(import.meta.dirname);
const SRC = join(ROOT, 'src');
const LIB = join(ROOT, 'lib');
const SITE = 'site';
/** Files in lib/ that no source file maps to, made by this script or tsc. */
const GENERATED = new Set([
	join('pipeline', 'code-digest.json'),
	join('pipeline', 'cache-checks.generated.js'),
	'.tsbuildinfo',
]);

/** Every file under `dir`, as paths relative to it. */
function listFiles(dir, under = '') {
	if (!existsSync(join(dir, under))) return [];
	return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
		const rel = join(under, entry.name);
		return entry.isDirectory() ? listFiles(dir, rel) : [rel];
	});
}

/** Relative `.ts` imports in an .astro file (front matter and scripts) pointed at the compiled `.js` file. */
function compiledImports(text, file) {
	const rewritten = text.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\.ts\2/gu, '$1$2$3.js$2');
	const left = /(['"])\.{1,2}\/[^'"\n]+\.ts\1/u.exec(rewritten);
	if (left)
		throw new Error(
			`${file} imports ${left[0]} in a form the compile step does not rewrite; write it as \`import ... from '${left[0].slice(1, -1)}'\`.`,
		);
	return rewritten;
}

/** The source a file of lib/ was made from, relative to src/ (declarations and JavaScript come from `.ts`). */
function sourceOf(rel) {
	if (rel.endsWith('.d.ts')) return `${rel.slice(0, -'.d.ts'.length)}.ts`;
	if (rel.endsWith('.js')) return `${rel.slice(0, -'.js'.length)}.ts`;
	return rel;
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) {
	process.stderr.write('tsc failed (see above): lib/ is incomplete. Fix the errors and run `npm run compile` again.\n');
	process.exit(compiled.status ?? 1);
}

for (const rel of listFiles(SRC, SITE)) {
	if (rel.endsWith('.ts')) continue;
	const target = join(LIB, rel);
	mkdirSync(dirname(target), { recursive: true });
	if (rel.endsWith('.astro')) writeFileSync(target, compiledImports(readFileSync(join(SRC, rel), 'utf8'), rel));
	else copyFileSync(join(SRC, rel), target);
}

for (const rel of listFiles(LIB)) {
	const stale = !GENERATED.has(rel) && !existsSync(join(SRC, sourceOf(rel)));
	if (stale || (rel.startsWith(SITE) && rel.endsWith('.d.ts'))) rmSync(join(LIB, rel));
}

const { sourceDigest, CODE_DIGEST_FILE, CHECKS_FILE } = await import(
	pathToFileURL(join(LIB, 'pipeline', 'code-version.js')).href
);
writeFileSync(join(LIB, 'pipeline', CODE_DIGEST_FILE), `${JSON.stringify({ digest: await sourceDigest(SRC) })}\n`);
const { checksModuleSource } = await import(pathToFileURL(join(LIB, 'pipeline', 'cache-schemas.js')).href);
writeFileSync(join(LIB, 'pipeline', CHECKS_FILE), checksModuleSource());
chmodSync(join(LIB, 'cli', 'bin.js'), 0o755);
process.stderr.write(`Compiled src/ into ${relative(process.cwd(), LIB) || '.'}/.\n`);
