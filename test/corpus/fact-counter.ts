/**
 * An independent count of the annotations a careful reader sees in a page: regexes only, no parser.
 * Code (fences, backticks, code tags), comments, nowiki, math and mermaid diagrams are blanked first.
 */
const LITERAL =
	/<!--[\s\S]*?(?:-->|$(?![\s\S]))|<(syntaxhighlight|source|pre|nowiki|code|math)(?=[\s/>])[^<>]*?(?:\/>|>[\s\S]*?<\/\1\s*>)|^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[ \t]*$|(?![\s\S]))|(`+)(?!`)[^\n]*?[^`]\3(?!`)/gim;
const WIKI_LITERAL =
	/<!--[\s\S]*?(?:-->|$(?![\s\S]))|<(syntaxhighlight|source|pre|nowiki|code|math)(?=[\s/>])[^<>]*?(?:\/>|>[\s\S]*?<\/\1\s*>)/gi;
const MERMAID = /\{\{[ \t]*#mermaid[ \t]*:/gi;
const ANNOTATION = /\[\[([^[\]\n|:][^[\]\n|]*?)::([^\n]*?)\]\]/g;

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** Blanks `{{#mermaid:...}}` calls, counting nested braces. */
function blankMermaid(text: string): string {
	let out = text;
	for (const m of text.matchAll(MERMAID)) {
		let depth = 0;
		for (let i = m.index; i < text.length - 1; i++) {
			if (text.startsWith('{{', i)) {
				depth++;
				i++;
			} else if (text.startsWith('}}', i)) {
				depth--;
				i++;
				if (depth === 0) {
					out = out.slice(0, m.index) + blank(text.slice(m.index, i + 1)) + out.slice(i + 1);
					break;
				}
			}
		}
	}
	return out;
}

/** Markdown a wikitext page may hold outside code: inline code, emphasis, list items, headings, links, rules, pipe tables, fences. */
const MARKDOWN =
	/`|\*\*|^[ \t]*[-+] |^[ \t]*\d+[.)] |^#{1,6} |\]\(|^[ \t]*(?:---|\*\*\*|___)[ \t]*$|^[ \t]*\|[-: |]+\|[ \t]*$|^[ \t]+[*#]|(?<![\w*])\*[^\s*][^*\n]*\*(?![\w*])/m;

/** True when the page text holds no Markdown construct outside code, comments and nowiki. */
export function hasNoMarkdown(text: string): boolean {
	return !MARKDOWN.test(blankMermaid(text.replace(WIKI_LITERAL, blank)));
}

/** `property\u0000value` keys of the annotations in a page text, sorted. */
export function countFacts(text: string): string[] {
	const visible = blankMermaid(text.replace(LITERAL, blank));
	const keys: string[] = [];
	for (const m of visible.matchAll(ANNOTATION)) {
		const property = m[1]!.trim();
		const rest = m[2]!;
		const value = /^source$/i.test(property) ? rest.trim() : rest.split('|')[0]!.trim();
		if (property && value.replace(/\|/g, '').trim()) keys.push(`${property}\u0000${value}`);
	}
	return keys.sort();
}
