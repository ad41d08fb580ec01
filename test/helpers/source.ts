import { decodePage, hashContent } from '../../src/load/source-file.ts';
import { titleFromPath } from '../../src/load/file-title.ts';
import type { SourceFile } from '../../src/load/types.ts';

/**
 * Builds a SourceFile from page text, as `loadContent` would from a file at `content/<relPath>`.
 * @example sourceFile('== A ==', 'heuristics/X.wiki')
 */
export function sourceFile(text: string | Uint8Array, relPath = 'heuristics/Test_Page.wiki'): SourceFile {
	const title = titleFromPath(relPath);
	if (!title) throw new Error(`Bad test file name ${relPath}`);
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	const path = `content/${relPath}`;
	const decoded = decodePage(bytes, path);
	return {
		path,
		relPath,
		id: title.id,
		namespace: title.namespace,
		name: title.name,
		text: decoded.text,
		hash: hashContent(bytes),
		diagnostics: decoded.diagnostics,
	};
}
