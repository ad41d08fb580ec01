import type { Element, ElementContent, Root } from 'hast';
import { text } from './links.ts';

/** Elements whose text is literal or already a link: nothing inside them is turned into a link. */
const LITERAL = new Set(['code', 'pre', 'a', 'kbd', 'samp', 'script', 'style']);

/**
 * Replaces the matches of `pattern` (a global regex) in the text nodes of a hast tree, outside code, pre and
 * links, by the nodes `replace` gives; a match it returns `undefined` for stays text. `marker` is a substring
 * every match contains, to skip text nodes cheaply.
 */
export function replaceInText(
	tree: Root | Element,
	marker: string,
	pattern: RegExp,
	replace: (match: RegExpMatchArray) => ElementContent[] | undefined,
): void {
	tree.children = tree.children.flatMap((child): ElementContent[] => {
		if (child.type === 'element') {
			if (!LITERAL.has(child.tagName)) replaceInText(child, marker, pattern, replace);
			return [child];
		}
		if (child.type !== 'text' || !child.value.includes(marker)) return [child as ElementContent];
		const out: ElementContent[] = [];
		let last = 0;
		for (const match of child.value.matchAll(pattern)) {
			const nodes = replace(match);
			if (!nodes) continue;
			if (match.index > last) out.push(text(child.value.slice(last, match.index)));
			out.push(...nodes);
			last = match.index + match[0].length;
		}
		if (last === 0) return [child];
		if (last < child.value.length) out.push(text(child.value.slice(last)));
		return out;
	}) as typeof tree.children;
}
