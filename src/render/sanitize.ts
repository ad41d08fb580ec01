// Placeholder: the security issue (#7) replaces this with our MediaWiki-like allowlist.
import type { Root } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';

/** Removes everything not on the allowlist from a hast tree (the site's security boundary). */
export function sanitizeTree(tree: Root): Root {
	return sanitize(tree, defaultSchema) as Root;
}
