import { urlFor } from '../graph/index.ts';
import type { MarkdownLinks } from '../render/index.ts';

/**
 * How the pages' Markdown writes links, given the ids of every page of the run. Apart from the store of Markdown
 * (`markdown.ts`), whose cache checks the parse workers never load.
 */
export function markdownLinks(existing: Iterable<string>): MarkdownLinks {
	// Every page file, of any namespace, has Markdown of its own (`llms-files.ts` writes one per page); a link to any
	// other node (a domain, a source, a red link) goes to its site page.
	const markdownAt = new Set([...existing].map((id) => urlFor(id) as string));
	return { hasMarkdown: (path) => markdownAt.has(path) };
}
