import { createRequire } from 'node:module';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Mermaid and cytoscape are served as their own prebuilt browser builds instead of being bundled: Vite would
// transform mermaid's ~1,500 source modules on every build (about 6 s of each site build), and cytoscape's 1.1 MB
// module (about 1 s of the browser bundle's 2.5 s for a small site). Both load only on pages that draw with them.
const require = createRequire(import.meta.url);

/** A package served from `/_vendor/<name>@<version>/`: its browser entry and the files the entry loads. */
interface VendoredPackage {
	/** The package's `dist/` folder. */
	readonly dist: string;
	/** Site folder of its files; the version in it lets browsers cache them for good. */
	readonly base: string;
	/** Its browser module, relative to `dist`. */
	readonly entry: string;
	/** Every file to serve, relative to `dist` (the entry first). */
	readonly files: () => Promise<readonly string[]>;
}

/** Where every vendored package's files are served from. */
export const VENDOR_BASE = '/_vendor/';

function vendored(name: string, entry: string, chunks?: string): VendoredPackage {
	const dist = dirname(require.resolve(name));
	// by its path: a package's `exports` may not list its package.json (cytoscape's does not)
	const { version } = require(join(dirname(dist), 'package.json')) as { version: string };
	let listed: Promise<readonly string[]> | undefined;
	const files = () =>
		(listed ??= chunks
			? readdir(join(dist, chunks)).then((names) => [
					entry,
					...names
						.filter((n) => n.endsWith('.mjs'))
						.sort()
						.map((n) => `${chunks}/${n}`),
				])
			: Promise.resolve([entry]));
	return { dist, base: `${VENDOR_BASE}${name}@${version}/`, entry, files };
}

// Mermaid's entry loads its chunks on demand, from the folder beside it.
const MERMAID = vendored('mermaid', 'mermaid.esm.min.mjs', 'chunks/mermaid.esm.min');
const CYTOSCAPE = vendored('cytoscape', 'cytoscape.esm.min.mjs');
const PACKAGES = [MERMAID, CYTOSCAPE];

/** Site path of mermaid's browser module, as the diagram script imports it. */
export const MERMAID_URL = `${MERMAID.base}${MERMAID.entry}`;

/** Site path of cytoscape's browser module, as the graph scripts import it. */
export const CYTOSCAPE_URL = `${CYTOSCAPE.base}${CYTOSCAPE.entry}`;

/** Copies the vendored files into a built site. @returns how many files were copied */
export async function copyVendorFiles(outDir: string): Promise<number> {
	let copied = 0;
	for (const pkg of PACKAGES) {
		const files = await pkg.files();
		const target = join(outDir, pkg.base);
		const folders = new Set(files.map((f) => dirname(join(target, f))));
		await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
		await Promise.all(files.map((f) => copyFile(join(pkg.dist, f), join(target, f))));
		copied += files.length;
	}
	return copied;
}

/**
 * The vendored file at a site path, for the dev server; undefined for any other path. Only listed files are
 * served, so a crafted path cannot reach anything else on disk.
 */
export async function vendorFile(sitePath: string): Promise<Uint8Array | undefined> {
	const pkg = PACKAGES.find((p) => sitePath.startsWith(p.base));
	if (!pkg) return undefined;
	const rel = sitePath.slice(pkg.base.length);
	if (!(await pkg.files()).includes(rel)) return undefined;
	return readFile(join(pkg.dist, rel));
}
