import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodePage, hashContent } from './source-file.ts';
import { titleFromFile } from './title.ts';
import { PAGE_EXTENSIONS, PAGE_NAMESPACES, type SourceFile } from './types.ts';

/** Every page file of a content folder, and what could not be read. */
export interface LoadResult {
	readonly files: readonly SourceFile[];
	readonly diagnostics: readonly Diagnostic[];
}

/** Thrown when output is impossible: an unreadable content folder or two files with one title. */
export class ContentError extends Error {
	constructor(
		message: string,
		readonly diagnostics: readonly Diagnostic[] = [],
	) {
		super(message);
		this.name = 'ContentError';
	}
}

const isPageFile = (name: string) => !name.startsWith('_') && !name.startsWith('.') && PAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Lists page files (relative paths) under one type folder, recursing into sub-folders, skipping `_*`. */
async function listFolder(root: string, rel: string): Promise<string[]> {
	const entries = await readdir(join(root, rel), { withFileTypes: true });
	const out: string[] = [];
	for (const e of entries) {
		if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
		const child = posix.join(rel, e.name);
		if (e.isDirectory()) out.push(...(await listFolder(root, child)));
		else if ((e.isFile() || e.isSymbolicLink()) && isPageFile(e.name)) out.push(child);
	}
	return out;
}

/**
 * Reads every page of a content folder: type folders `workflows/`, `principles/`... (sub-folders allowed),
 * sorted by relative path so the result is the same whatever the file system's order.
 * Two files with one title throw a {@link ContentError} naming both.
 * @param contentDir folder as the user gave it; diagnostics show paths under it
 */
export async function loadContent(contentDir: string): Promise<LoadResult> {
	try {
		if (!(await stat(contentDir)).isDirectory()) throw new Error('not a folder');
	} catch (cause) {
		throw new ContentError(`The content folder \`${contentDir}\` cannot be read (${(cause as Error).message}). Pass an existing folder with --content.`);
	}
	const prefix = contentDir.replace(/\\/g, '/').replace(/\/+$/, '');
	const diagnostics: Diagnostic[] = [];
	const files: SourceFile[] = [];
	for (const folder of Object.keys(PAGE_NAMESPACES).sort() as (keyof typeof PAGE_NAMESPACES)[]) {
		let rels: string[];
		try {
			rels = await listFolder(contentDir, folder);
		} catch {
			continue; // a missing type folder is fine: not every knowledge base has every type
		}
		for (const rel of rels) {
			const path = `${prefix}/${rel}`;
			const fileName = rel.slice(rel.lastIndexOf('/') + 1);
			const title = titleFromFile(folder, fileName);
			if (!title) {
				diagnostics.push(diag(path, 0, 0, 'error', 'bad-file-name', `The file name \`${fileName}\` cannot be a page title (it is empty or holds one of \`# < > [ ] { } |\`). Rename the file.`));
				continue;
			}
			let bytes: Uint8Array;
			try {
				// Synchronous on purpose: a promise read costs four thread-pool round trips per file, 3x slower for
				// thousands of small pages (measured: 10,000 files 0.9 s vs 0.3 s), and nothing else runs meanwhile.
				bytes = readFileSync(join(contentDir, rel));
			} catch (cause) {
				diagnostics.push(diag(path, 0, 0, 'error', 'unreadable-file', `The file cannot be read (${(cause as Error).message}).`));
				continue;
			}
			const decoded = decodePage(bytes, path);
			files.push({ path, relPath: rel, id: title.id, namespace: title.namespace as SourceFile['namespace'], name: title.name, text: decoded.text, hash: hashContent(bytes), diagnostics: decoded.diagnostics });
		}
	}
	files.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
	assertUniqueTitles(files);
	return { files, diagnostics };
}

/** Throws a {@link ContentError} with one `duplicate-title` diagnostic per clash, naming both files. */
export function assertUniqueTitles(files: readonly SourceFile[]): void {
	const seen = new Map<string, SourceFile>();
	const clashes: Diagnostic[] = [];
	for (const f of files) {
		const first = seen.get(f.id);
		if (first) {
			clashes.push(diag(f.path, 1, 1, 'error', 'duplicate-title', `This file and \`${first.path}\` both map to the title \`${f.id}\`. Rename or remove one of them.`));
		} else seen.set(f.id, f);
	}
	// The thrown message is all the CLI prints, so it names this file too (a diagnostic puts it in `file`).
	if (clashes.length > 0) throw new ContentError(clashes.map((d) => `${d.file}: ${d.message}`).join('\n'), clashes);
}
