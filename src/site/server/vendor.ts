import { createRequire } from 'node:module';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Mermaid is served as its own prebuilt browser build (one entry, its chunks loaded on demand) instead of being
// bundled: Vite would transform its ~1,500 source modules on every build, about 6 s of each site build.
const require = createRequire(import.meta.url);
const MERMAID_DIST = dirname(require.resolve('mermaid'));
const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;
const MERMAID_ENTRY = 'mermaid.esm.min.mjs';
const MERMAID_CHUNKS = 'chunks/mermaid.esm.min';

/** Site folder of the mermaid files; the version in it lets browsers cache them for good. */
export const MERMAID_BASE = `/_vendor/mermaid@${MERMAID_VERSION}/`;

/** Site path of mermaid's browser module, as the diagram script imports it. */
export const MERMAID_URL = `${MERMAID_BASE}${MERMAID_ENTRY}`;

let listed: Promise<readonly string[]> | undefined;

/** Mermaid's browser files relative to its `dist/` folder: the entry and its chunks, without source maps. */
function mermaidFiles(): Promise<readonly string[]> {
	listed ??= readdir(join(MERMAID_DIST, MERMAID_CHUNKS)).then((names) => [
		MERMAID_ENTRY,
		...names
			.filter((n) => n.endsWith('.mjs'))
			.sort()
			.map((n) => `${MERMAID_CHUNKS}/${n}`),
	]);
	return listed;
}

/** Copies the vendored files into a built site. @returns how many files were copied */
export async function copyVendorFiles(outDir: string): Promise<number> {
	const files = await mermaidFiles();
	const target = join(outDir, MERMAID_BASE);
	await mkdir(join(target, MERMAID_CHUNKS), { recursive: true });
	await Promise.all(files.map((f) => copyFile(join(MERMAID_DIST, f), join(target, f))));
	return files.length;
}

/**
 * The vendored file at a site path, for the dev server; undefined for any other path. Only listed files are
 * served, so a crafted path cannot reach anything else on disk.
 */
export async function vendorFile(sitePath: string): Promise<Uint8Array | undefined> {
	if (!sitePath.startsWith(MERMAID_BASE)) return undefined;
	const rel = sitePath.slice(MERMAID_BASE.length);
	if (!(await mermaidFiles()).includes(rel)) return undefined;
	return readFile(join(MERMAID_DIST, rel));
}
