import type { ProseBlock } from '../parse/index.ts';

// Words whose trailing dot does not end a sentence.
const ABBREVIATIONS =
	/(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|incl|no|fig|eq|dr|mr|mrs|ms|st|jr|sr|al|ca|resp|esp)\.$/iu;

/**
 * The first sentence of a text: up to the first `.`, `!` or `?` that is followed by a space and a capital,
 * a digit, an opening quote or bracket, or the end; abbreviations (`e.g.`), decimals (`1.5`) and
 * inline code do not end it.
 * @example firstSentence('Use 2e-4, e.g. for QLoRA. Then tune.') // 'Use 2e-4, e.g. for QLoRA.'
 */
export function firstSentence(text: string): string {
	const flat = text.replace(/\s+/gu, ' ').trim();
	let inCode = false;
	for (let i = 0; i < flat.length; i++) {
		const ch = flat[i]!;
		if (ch === '`') inCode = !inCode;
		if (inCode || (ch !== '.' && ch !== '!' && ch !== '?')) continue;
		const rest = flat.slice(i + 1);
		if (rest !== '' && !/^["')\]]*(?: [\p{Lu}\p{N}"'`(\[*]|$)/u.test(rest)) continue;
		if (ch === '.' && ABBREVIATIONS.test(flat.slice(0, i + 1))) continue;
		const close = /^["')\]]*/u.exec(rest)![0];
		return flat.slice(0, i + 1 + close.length);
	}
	return flat;
}

const isOverview = (title: string) => /^overview$/iu.test(title.trim());

/**
 * The overview of a page: the first sentence of the first prose block standing in its Overview section
 * (directly, or else in a sub-section such as Description). `undefined` when there is none.
 */
export function pageOverview(prose: readonly ProseBlock[]): string | undefined {
	const inOverview = prose.filter((b) => b.section.some(isOverview) && b.text.trim() !== '');
	const direct = inOverview.find((b) => isOverview(b.section[b.section.length - 1] ?? ''));
	const block = direct ?? inOverview[0];
	return block ? firstSentence(block.text) : undefined;
}

/** Sections that hold a page's metadata, not its text (`Metadata`, `Knowledge Sources`, `Domains`, `Last Updated`). */
const isMetadataSection = (title: string) =>
	/^(?:metadata|(?:knowledge )?sources?|domains?|last updated|related pages)$/iu.test(title.trim());

/**
 * The page's own text, for a summary: the prose of its Overview section (with sub-sections such as
 * Description), else its prose outside metadata sections; never the labels of a fact box or metadata table
 * (tables are no prose). Plain text, inline-code backticks dropped; `''` when the page has no such prose.
 * @example overviewText([{ line: 3, kind: 'paragraph', text: 'Use `2e-4`.', section: ['Overview'] }]) // 'Use 2e-4.'
 */
export function overviewText(prose: readonly ProseBlock[]): string {
	const text = (b: ProseBlock) => b.text.trim() !== '';
	const overview = prose.filter((b) => text(b) && b.section.some(isOverview));
	const blocks = overview.length > 0 ? overview : prose.filter((b) => text(b) && !b.section.some(isMetadataSection));
	return blocks.map((b) => b.text.replace(/`/gu, '').replace(/\s+/gu, ' ').trim()).join(' ');
}
