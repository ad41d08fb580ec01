/** Markers that only wikitext has; one of them outside code makes a page wikitext. */
const WIKITEXT = [
	/\[\[/, // links and annotations
	/^[ \t]*\{\|/m, // tables
	/^=+[^=\n].*=+[ \t]*$/m, // headings
	/'''|''[^'\n]+''/, // bold, italic
	/\{\{/, // templates
	/<\/?(?:syntaxhighlight|source|math|nowiki|pre|ref|references|gallery)\b/i, // extension tags
	/^----+[ \t]*$/m, // rule
	/__[A-Z]+__/, // behaviour switches
] as const;

/**
 * Blanks fenced code blocks, inline code spans and HTML comments (which Markdown has too, and whose text is not
 * content), keeping length, so neither code nor a commented-out annotation can decide the format.
 */
function withoutCode(text: string): string {
	return text
		.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ' '))
		.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[ \t]*$|(?![\s\S]))/gm, (m) => m.replace(/[^\n]/g, ' '))
		.replace(/(`+)[^`\n]+?\1/g, (m) => ' '.repeat(m.length));
}

/**
 * Decides how a page is written: `markdown` when it has no wikitext construct outside Markdown code and comments
 * (no `[[`, `{|`, `== h ==`, `'''`, `{{`, extension tags, `----`), else `wikitext` (which may still hold Markdown).
 * @example detectFormat('# T\n\n## A\n- b') // 'markdown'
 */
export function detectFormat(text: string): 'wikitext' | 'markdown' {
	const plain = withoutCode(text);
	return WIKITEXT.some((re) => re.test(plain)) ? 'wikitext' : 'markdown';
}
