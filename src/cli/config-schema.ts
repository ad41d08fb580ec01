import { z } from 'zod';
import { namespaceSettingsSchema } from '../load/index.ts';

/**
 * The settings a config file may hold. Each is the default of the command-line option of the same name; an
 * option given on the command line wins. Unknown keys are errors, so a misspelt setting is never ignored.
 */
export const configSchema = z
	.object({
		/** A JSON Schema reference for editors; ignored. */
		$schema: z.string().optional(),
		/** The content folder, relative to the config file. @example "kb" */
		content: z.string().min(1).optional(),
		/** The output folder of `wikikb build`, relative to the config file. @example "site" */
		out: z.string().min(1).optional(),
		/** The base path the site is served under (`--base`). @example "/repo/" */
		base: z.string().optional(),
		/** The public address of the site (`--site`): turns on the sitemap, feed, canonical and social metadata. @example "https://user.github.io/repo/" */
		site: z.string().optional(),
		/** Custom namespaces, beside MediaWiki's, Semantic MediaWiki's and the five page types. @example [{ "name": "Tool", "folder": "tools" }] */
		namespaces: namespaceSettingsSchema.optional(),
	})
	.strict();

/** A config file's settings, with paths resolved against its folder. */
export type WikikbConfig = Omit<z.infer<typeof configSchema>, '$schema'>;
