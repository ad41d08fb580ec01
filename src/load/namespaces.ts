import { z } from 'zod';
import { PAGE_NAMESPACES } from './types.ts';
import { foldName } from '../text/index.ts';

/** One namespace of the wiki: its number, canonical name, content folder and whether its pages carry facts. */
export interface NamespaceSpec {
	/** MediaWiki's namespace number (`0` main, `12` Help, `102` Property, `3008` Heuristic). */
	readonly id: number;
	/** Canonical name with spaces (`Help`, `User talk`, `Heuristic`); `''` for the main namespace. */
	readonly name: string;
	/** Top-level content folder holding its pages (`Help`, `User_talk`, `heuristics`); absent when no page file can be in it. */
	readonly folder?: string;
	/** Other names that mean it (`Image` for `File`), matched like the canonical one. */
	readonly aliases: readonly string[];
	/** Semantic annotations on its pages are facts (Semantic MediaWiki's `smwgNamespacesWithSemanticLinks`). */
	readonly annotations: boolean;
}

/**
 * How a custom namespace is declared in `wikikb.config.json` (`"namespaces": [...]`), e.g.
 * `{ "name": "Tool", "id": 3010, "folder": "tools" }`.
 */
export const customNamespaceSchema = z
	.object({
		/** Canonical name, as written before the `:` of a title. @example "Tool" */
		name: z
			.string()
			.trim()
			.min(1)
			.regex(/^[\p{L}\p{N}_ ]+$/u, 'a namespace name holds letters, digits, spaces and `_` only'),
		/** MediaWiki namespace number; default: the next free even number from 3010. @example 3010 */
		id: z.number().int().min(100).optional(),
		/** Top-level folder of its pages; default: the name with `_` for spaces. @example "tools" */
		folder: z
			.string()
			.min(1)
			.regex(/^[^/\\_.][^/\\]*$/u, 'a folder name has no `/` or `\\` and does not start with `_` or `.`')
			.optional(),
		/** Whether `[[property::value]]` on its pages are facts (default true). */
		annotations: z.boolean().optional(),
	})
	.strict();

/** The `namespaces` setting: custom namespaces beside MediaWiki's, Semantic MediaWiki's and the five page types. */
export const namespaceSettingsSchema = z.array(customNamespaceSchema);

/** Custom namespaces as declared (see {@link customNamespaceSchema}). */
export type NamespaceSettings = z.infer<typeof namespaceSettingsSchema>;

type Row = readonly [
	id: number,
	name: string,
	folder: string | undefined,
	annotations: boolean,
	aliases?: readonly string[],
];

/**
 * MediaWiki's namespaces, Semantic MediaWiki's and the five page types of kapso knowledge bases. Talk namespaces,
 * `MediaWiki` and `Template` carry no facts, as Semantic MediaWiki's default `smwgNamespacesWithSemanticLinks`.
 */
const BUILT_IN: readonly Row[] = [
	[-2, 'Media', undefined, false],
	[-1, 'Special', undefined, false],
	[0, '', undefined, true],
	[1, 'Talk', 'Talk', false],
	[2, 'User', 'User', true],
	[3, 'User talk', 'User_talk', false],
	[4, 'Project', 'Project', true],
	[5, 'Project talk', 'Project_talk', false],
	[6, 'File', 'File', true, ['Image']],
	[7, 'File talk', 'File_talk', false, ['Image talk']],
	[8, 'MediaWiki', 'MediaWiki', false],
	[9, 'MediaWiki talk', 'MediaWiki_talk', false],
	[10, 'Template', 'Template', false],
	[11, 'Template talk', 'Template_talk', false],
	[12, 'Help', 'Help', true],
	[13, 'Help talk', 'Help_talk', false],
	[14, 'Category', 'Category', true],
	[15, 'Category talk', 'Category_talk', false],
	[102, 'Property', 'Property', true],
	[103, 'Property talk', 'Property_talk', false],
	[108, 'Concept', 'Concept', true],
	[109, 'Concept talk', 'Concept_talk', false],
	// `/` is the subpage separator in file paths, so this one folder name is escaped (see file-title.ts)
	[112, 'smw/schema', 'smw%2Fschema', true],
	[113, 'smw/schema talk', 'smw%2Fschema_talk', false],
	// the five page types take the even numbers from 3000 in `PAGE_NAMESPACES` order (`Workflow` 3000 ... `Heuristic` 3008)
	...Object.entries(PAGE_NAMESPACES).map(([folder, name], i) => [3000 + 2 * i, name, folder, true] as const),
];

/** The namespaces of one content folder: the built-in ones plus the custom ones of its settings. */
export class NamespaceTable {
	readonly all: readonly NamespaceSpec[];
	private readonly byKey = new Map<string, NamespaceSpec>();
	private readonly byFolder = new Map<string, NamespaceSpec>();

	/** @throws Error naming the clash when a custom namespace reuses a built-in name, number or folder */
	constructor(custom: NamespaceSettings = []) {
		const specs: NamespaceSpec[] = BUILT_IN.map(([id, name, folder, annotations, aliases = []]) =>
			folder === undefined ? { id, name, aliases, annotations } : { id, name, folder, aliases, annotations },
		);
		let nextId = 3010;
		for (const c of custom) {
			const name = c.name.replace(/[_\s]+/gu, ' ').trim();
			const id = c.id ?? nextId;
			nextId = Math.max(nextId, id + 2 - (id % 2));
			specs.push({
				id,
				name,
				folder: c.folder ?? name.replace(/ /gu, '_'),
				aliases: [],
				annotations: c.annotations ?? true,
			});
		}
		const ids = new Set<number>();
		for (const spec of specs) {
			for (const key of [spec.name, ...spec.aliases].map(foldName)) {
				if (this.byKey.has(key))
					throw new Error(`The namespace \`${spec.name}\` is declared twice; give the custom namespace another name.`);
				this.byKey.set(key, spec);
			}
			if (ids.has(spec.id))
				throw new Error(`The namespace number ${spec.id} of \`${spec.name}\` is taken; give it another \`id\`.`);
			ids.add(spec.id);
			if (spec.folder === undefined) continue;
			const folderKey = foldName(spec.folder);
			if (this.byFolder.has(folderKey))
				throw new Error(
					`The folder \`${spec.folder}\` of namespace \`${spec.name}\` is taken; give it another \`folder\`.`,
				);
			this.byFolder.set(folderKey, spec);
		}
		this.all = specs;
	}

	/** The namespace a title prefix names (`help`, `Image`, `user_talk`), matched case-insensitively, or undefined. */
	byName(prefix: string): NamespaceSpec | undefined {
		const key = foldName(prefix);
		// the main namespace has no prefix: `:Foo` and ` :Foo` are no namespace
		return key === '' ? undefined : this.byKey.get(key);
	}

	/**
	 * The namespace whose pages a top-level folder holds: its folder name (`heuristics`, `Help`, `User_talk`) or,
	 * for namespaces other than the five page types, its canonical name or an alias, case-insensitively.
	 */
	byFolderName(folder: string): NamespaceSpec | undefined {
		const key = foldName(folder);
		const spec = this.byFolder.get(key) ?? this.byKey.get(key);
		return spec?.folder === undefined || spec.id === 0 ? undefined : spec;
	}
}

let active = new NamespaceTable();

/**
 * The namespaces in force (built-in plus the custom ones last set with {@link useNamespaces}); module-global, like
 * wikiparser-node's configuration, because title parsing happens in every stage and every worker.
 */
export function namespaces(): NamespaceTable {
	return active;
}

/** Sets the custom namespaces for this process (the pipeline calls it once per run, and in each worker). */
export function useNamespaces(custom: NamespaceSettings = []): NamespaceTable {
	active = new NamespaceTable(custom);
	return active;
}
