import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown (CommonMark + GFM: tables, autolinks, strikethrough, task lists) into an mdast root. */
export function parseMarkdown(text: string): Root {
	return processor.parse(text);
}
