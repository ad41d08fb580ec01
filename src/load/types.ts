/** A page title in canonical DB-key form, `Namespace:Name` with `_` for spaces, e.g. `Heuristic:Learning_Rate_Tuning`. */
export type PageId = string & { readonly __brand: 'PageId' };

/** The five page namespaces and their content folders. */
export const PAGE_NAMESPACES = {
	workflows: 'Workflow',
	principles: 'Principle',
	implementations: 'Implementation',
	environments: 'Environment',
	heuristics: 'Heuristic',
} as const;

/** A page type (= namespace of a page file). */
export type PageType = (typeof PAGE_NAMESPACES)[keyof typeof PAGE_NAMESPACES];

/**
 * The five page types in `PAGE_NAMESPACES` order (`Workflow` ... `Heuristic`), the order of the export's schema enum.
 * Typed as a non-empty tuple so that `z.enum` takes it.
 */
export const PAGE_TYPES = Object.values(PAGE_NAMESPACES) as [PageType, ...PageType[]];

/** File extensions read as pages. */
export const PAGE_EXTENSIONS = ['.wiki', '.mediawiki', '.md', '.txt'] as const;

/** One page file as read from disk, decoded and normalised (BOM dropped, line endings `\n`). */
export interface SourceFile {
	/** Path shown in diagnostics: the content folder as given plus the relative path, e.g. `content/heuristics/X.wiki`. */
	readonly path: string;
	/** Path relative to the content folder, `/`-separated, e.g. `heuristics/X.wiki`. */
	readonly relPath: string;
	/** Canonical title from the file name. */
	readonly id: PageId;
	/** Canonical namespace name (`Heuristic`, `Help`, `User talk`), `''` for the main namespace. */
	readonly namespace: string;
	/** Name part of the title with spaces, e.g. `Learning Rate Tuning`. */
	readonly name: string;
	/** Normalised text: no BOM, `\n` line endings. */
	readonly text: string;
	/** sha256 of the raw bytes, hex. */
	readonly hash: string;
	/** Problems found while reading (encoding, control characters), already positioned. */
	readonly diagnostics: readonly import('../diagnostics/index.ts').Diagnostic[];
}
