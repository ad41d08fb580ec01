import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_NAMESPACES } from '../../src/load/types.ts';
import { CORPUS } from '../helpers/paths.ts';

/** One corpus page: its path under the corpus and the content-relative path it is parsed as. */
export interface CorpusPage {
	readonly path: string;
	readonly relPath: string;
	readonly bytes: Buffer;
}

/** Every page of every corpus collection (`<collection>/<type-folder>/<file>`), sorted. */
export function corpusPages(): CorpusPage[] {
	const pages: CorpusPage[] = [];
	for (const collection of readdirSync(CORPUS, { withFileTypes: true })) {
		if (!collection.isDirectory()) continue;
		for (const folder of Object.keys(PAGE_NAMESPACES)) {
			let names: string[];
			try {
				names = readdirSync(join(CORPUS, collection.name, folder));
			} catch {
				continue;
			}
			for (const name of names.sort()) {
				const path = join(CORPUS, collection.name, folder, name);
				pages.push({ path, relPath: `${folder}/${name}`, bytes: readFileSync(path) });
			}
		}
	}
	return pages;
}
