// Placeholder until the parser (#2) lands: the contract only.
import type { SourceFile } from '../load/types.ts';
import type { ParseResult } from './types.ts';

export type * from './types.ts';

/** Parses one page file into its data and render tree. Never throws. */
export function parsePage(file: SourceFile): ParseResult {
	return {
		page: {
			id: file.id, namespace: file.namespace, name: file.name, title: file.name, file: file.relPath, path: file.path, hash: file.hash,
			format: 'wikitext', frontMatter: {}, facts: [], links: [], categories: [], sections: [], tables: [], code: [], math: [],
			diagrams: [], templates: [], prose: [], plainText: file.text, diagnostics: [...file.diagnostics],
		},
		tree: { kind: 'plain', text: file.text },
	};
}
