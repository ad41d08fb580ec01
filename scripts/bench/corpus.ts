import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TYPES = ['workflows', 'principles', 'implementations', 'environments', 'heuristics'] as const;
const NAMESPACES = 'Workflow|Principle|Implementation|Environment|Heuristic';

/** Every page file under a content folder's type folders, sorted. */
export async function listPageFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const t of TYPES) {
		const names = await readdir(join(dir, t)).catch(() => [] as string[]);
		for (const n of names.sort()) if (/\.(md|wiki|mediawiki|txt)$/.test(n)) out.push(join(dir, t, n));
	}
	return out;
}

/**
 * Writes a synthetic content folder of `count` pages made from the source folders: renamed copies
 * (`Name` -> `Name_c<k>`) whose links to pages of the same copy are rewritten so they resolve.
 */
export async function makeSyntheticCorpus(sources: readonly string[], target: string, count: number): Promise<void> {
	await rm(target, { recursive: true, force: true });
	const pages: { type: string; base: string; ext: string; text: string }[] = [];
	const seen = new Set<string>();
	for (const src of sources) {
		for (const file of await listPageFiles(src)) {
			const [type, name] = file.split('/').slice(-2) as [string, string];
			const dot = name.lastIndexOf('.');
			const key = `${type}/${name.slice(0, dot).toLowerCase()}`;
			if (seen.has(key)) continue;
			seen.add(key);
			pages.push({ type, base: name.slice(0, dot), ext: name.slice(dot), text: await readFile(file, 'utf8') });
		}
	}
	const titles = new Set(pages.map((p) => p.base.replace(/ /g, '_')));
	const link = new RegExp(`((?:${NAMESPACES}):)([^\\]|#\\n]+)`, 'g');
	for (const t of TYPES) await mkdir(join(target, t), { recursive: true });
	for (let i = 0; i < count; i++) {
		const copy = Math.floor(i / pages.length);
		const p = pages[i % pages.length]!;
		const text = p.text.replace(link, (whole, ns: string, name: string) =>
			titles.has(name.trim().replace(/ /g, '_')) ? `${ns}${name.trim()}_c${copy}` : whole,
		);
		await writeFile(join(target, p.type, `${p.base}_c${copy}${p.ext}`), text);
	}
}
