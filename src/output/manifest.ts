import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The file in every output folder that lists what wikikb wrote there. */
export const MANIFEST_NAME = '.wikikb-build.json';

/** Bumped when the manifest's fields change meaning. */
const MANIFEST_FORMAT = 1;

/**
 * A path inside the folder: relative, `/`-separated, no empty, `.` or `..` segment. A manifest is a file anyone may
 * have written; a path leading out of the folder must never be taken for one of wikikb's files.
 */
const insidePath = z
	.string()
	.refine(
		(path) =>
			path !== '' &&
			!path.includes('\\') &&
			!path.includes('\0') &&
			path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'),
		{
			message: 'a path inside the folder (relative, no `..`)',
		},
	);

/** The manifest of an output folder: what the last build or export wrote, and the user's files it kept. */
const manifestSchema = z
	.object({
		/** Layout version of this file. */
		format: z.literal(MANIFEST_FORMAT),
		/** `wikikb <version>` that wrote the folder. */
		generator: z.string(),
		/** The command that wrote the folder: `build` or `export`. */
		command: z.enum(['build', 'export']),
		/** Every file the command wrote, relative to the folder, `/`-separated, sorted; the manifest itself is implied. */
		files: z.array(insidePath),
		/** Files and folders that were there already and were kept (`--force`), relative paths, sorted. */
		kept: z.array(insidePath),
	})
	.strict();

/** What an output folder's manifest records. */
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * The manifest of a folder, or undefined when it has none or it cannot be read (then nothing in the folder
 * counts as wikikb's, which is the safe reading).
 */
export function readManifest(dir: string): Manifest | undefined {
	try {
		const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(join(dir, MANIFEST_NAME), 'utf8')));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

/** Writes a folder's manifest (lists sorted, so the same output gives the same bytes). */
export function writeManifest(dir: string, manifest: Omit<Manifest, 'format'>): void {
	const sorted: Manifest = {
		format: MANIFEST_FORMAT,
		...manifest,
		files: [...manifest.files].sort(),
		kept: [...manifest.kept].sort(),
	};
	writeFileSync(join(dir, MANIFEST_NAME), `${JSON.stringify(sorted, null, '\t')}\n`);
}
