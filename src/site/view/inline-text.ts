/**
 * Text as the pages write it (a table cell, a sentence: Markdown and wikitext inline markup) as readers see it:
 * code spans stay code, the rest loses its markup. For the LR rules' conditions and notes, which the export keeps
 * as written. Shared by the `/lr/` page and its browser script.
 */

/** One run of readable text: plain, or the inside of a code span. */
export interface InlinePart {
	readonly text: string;
	readonly code: boolean;
}

// Markup around readable text, in the order it is taken off: links first (their text is kept), then emphasis.
// `__x__` is left alone: in these pages underscores are identifiers (`__init__`, `learning_rate`), not emphasis.
const MARKUP: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
	// `[[Page|text]]` reads as its text; `[[Heuristic:Learning_Rate_Tuning]]` as its title, with spaces (MediaWiki).
	[
		/\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/gu,
		(_, target = '', label) => (label?.trim() ? label : target.replace(/^\s*:/u, '').replace(/_+/gu, ' ')),
	],
	[/\[([^[\]]*)\]\([^()\s]*\)/gu, (_, label = '') => label],
	[/'{2,}/gu, () => ''],
	[/\*\*(?=\S)(.+?)(?<=\S)\*\*/gu, (_, inner = '') => inner],
	[/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/gu, (_, inner = '') => inner],
];

function plain(text: string): string {
	let out = text;
	for (const [pattern, replace] of MARKUP)
		out = out.replace(pattern, (...match: string[]) => replace(...match.slice(0, 3)));
	return out;
}

/** Code spans (backticks, as Markdown writes them) and the text between them, as written. */
function codeSplit(text: string): { text: string; code?: string }[] {
	const pieces = text.split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/u);
	// split with two groups: text, fence, code, text, fence, code, ...
	const out: { text: string; code?: string }[] = [];
	for (let i = 0; i < pieces.length; i += 3)
		out.push({ text: pieces[i] ?? '', ...(pieces[i + 2] !== undefined ? { code: pieces[i + 2] } : {}) });
	return out;
}

/**
 * Splits a message into its code spans and the text between them, which is kept as written (diagnostics quote
 * values in backticks).
 * @example codeParts('Property `x` is unknown.') // [{ text: 'Property ', code: false }, { text: 'x', code: true }, { text: ' is unknown.', code: false }]
 */
export function codeParts(text: string): InlinePart[] {
	return codeSplit(text).flatMap(({ text: before, code }) => [
		...(before ? [{ text: before, code: false }] : []),
		...(code !== undefined ? [{ text: code, code: true }] : []),
	]);
}

/**
 * Splits text into code spans (backticks, as Markdown writes them) and plain runs with their markup removed:
 * `**bold**`, `''italic''`, `'''bold'''`, `[[Page|text]]`, `[text](url)`.
 * @example inlineParts('Start with `2e-4` for **QLoRA**.') // [{ text: 'Start with ', code: false }, { text: '2e-4', code: true }, { text: ' for QLoRA.', code: false }]
 */
export function inlineParts(text: string): InlinePart[] {
	return codeSplit(text).flatMap(({ text: before, code }) => {
		const shown = plain(before);
		return [
			...(shown ? [{ text: shown, code: false }] : []),
			...(code !== undefined ? [{ text: code.trim() || code, code: true }] : []),
		];
	});
}

/**
 * The readable text of inline markup, code spans as their text.
 * @example readableText('Use `5e-6` with **LoRA**') // 'Use 5e-6 with LoRA'
 */
export function readableText(text: string): string {
	return inlineParts(text)
		.map((p) => p.text)
		.join('');
}
