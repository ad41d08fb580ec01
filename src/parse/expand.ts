import { diag, type Diagnostic } from '../diagnostics/index.ts';
import { inRanges, type Ranges } from './literal-ranges.ts';
import { OffsetMapBuilder } from './offset-map.ts';
import { expandCall, expansionBudget, offsetOf, transcludedId, type Token, type WikiSource } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

/** Limits of one page's expansion: 200 template pages read and 1,000,000 characters, as MediaWiki bounds its own. */
export const EXPANSION_LIMITS = { templates: 200, size: 1_000_000 } as const;

/** Parser functions and variables wikiparser-node expands the way MediaWiki does (the rest stay for us to read). */
const EXPANDABLE = new Set([
	'if',
	'ifeq',
	'ifexist',
	'iferror',
	'switch',
	'expr',
	'pagename',
	'pagenamee',
	'fullpagename',
	'fullpagenamee',
	'basepagename',
	'subpagename',
	'rootpagename',
	'namespace',
	'lc',
	'uc',
	'lcfirst',
	'ucfirst',
	'padleft',
	'padright',
	'urlencode',
	'anchorencode',
]);

/** One call that was expanded: where its output stands in the expanded text and what it was. */
export interface ExpandedCall {
	/** `[start, end)` of the output in the expanded text. */
	readonly start: number;
	readonly end: number;
	/** Offset of the call in the text before expansion. */
	readonly at: number;
	/** The template's name as written (`Infobox LR`) or the parser function (`#if`). */
	readonly name: string;
}

/** A page's text with its template calls expanded, and the way back to the text before. */
export interface Expansion {
	readonly text: string;
	/** Offset in `text` -> offset before expansion (an expanded call's output maps to the call's start). */
	readonly toBefore: (offset: number) => number;
	/** Offset before expansion -> offset in `text`, for text outside the calls. */
	readonly fromBefore: (offset: number) => number;
	readonly calls: readonly ExpandedCall[];
	/** Ids of every page looked up as a template, and of every title `#ifexist` asked about. */
	readonly templates: readonly string[];
	readonly checked: readonly string[];
}

/** Calls whose arguments are expanded as MediaWiki does, though the call itself is left for us to read. */
const CONTAINERS = new Set(['set', 'subobject', 'ask', 'show', 'concept', 'displaytitle', 'defaultsort']);

/** Is a token inside another template call or parser function (one that is expanded as a whole)? */
function nested(token: Token): boolean {
	for (let p = token.parentNode; p; p = p.parentNode)
		if (p.type === 'template' || (p.type === 'magic-word' && !CONTAINERS.has(p.name ?? ''))) return true;
	return false;
}

/**
 * Expands the template calls (of templates that have a page in `wiki`) and the MediaWiki parser functions of a
 * page's text, outermost calls first, each in the page's context (`pageName`); calls in literal text, calls of
 * templates without a page and Semantic MediaWiki's functions stay as written. Like MediaWiki, output starting
 * with `{|`, `:`, `;`, `#` or `*` begins a new line. Undefined when nothing was expanded and nothing was looked up.
 * @param diagnostics where loops and limits are reported, at the call
 */
export function expandTemplates(
	text: string,
	root: Token,
	literal: Ranges,
	wiki: WikiSource,
	pageName: string,
	place: (offset: number) => { line: number; col: number },
	file: string,
	diagnostics: Diagnostic[],
): Expansion | undefined {
	const budget = expansionBudget(EXPANSION_LIMITS);
	const templates = new Set<string>();
	const checked = new Set<string>();
	const builder = new OffsetMapBuilder(text);
	const calls: ExpandedCall[] = [];
	const shifts: { from: number; delta: number }[] = [];
	let copied = 0;
	for (const token of tokensOf(root, 'template', 'magic-word')) {
		if (nested(token)) continue;
		const at = offsetOf(token);
		if (at < copied || inRanges(literal, at)) continue;
		const source = token.toString();
		const rawName = (token.childNodes[0]?.toString() ?? '').trim();
		const isTemplate = token.type === 'template';
		if (isTemplate) {
			const id = transcludedId(rawName);
			if (id === undefined) continue;
			templates.add(id);
			if (wiki.pageText(id) === undefined) continue;
		} else if (!EXPANDABLE.has(token.name ?? '')) continue;
		const result = expandCall(source, pageName, wiki, budget);
		for (const id of result.templates) templates.add(id);
		for (const id of result.checked) checked.add(id);
		const name = rawName;
		if (result.problem) {
			const { line, col } = place(at);
			const { kind, detail } = result.problem;
			diagnostics.push(
				kind === 'template-loop'
					? diag(file, line, col, kind, 'loop', { call: name, template: detail })
					: diag(file, line, col, kind, 'overLimit', { call: name, limit: detail }),
			);
			if (result.problem.kind === 'template-limit') continue;
		}
		if (result.text === undefined) continue;
		builder.copy(copied, at);
		shifts.push({ from: at, delta: builder.size - at });
		// MediaWiki starts output that opens a table or a list on a new line
		const newline = /^(?:\{\||[:;#*])/u.test(result.text) && at > 0 && text[at - 1] !== '\n' ? '\n' : '';
		const start = builder.size;
		builder.insert(newline + result.text, at);
		calls.push({ start, end: builder.size, at, name });
		copied = at + source.length;
		shifts.push({ from: copied, delta: builder.size - copied });
	}
	if (calls.length === 0 && templates.size === 0 && checked.size === 0) return undefined;
	builder.copy(copied, text.length);
	const mapped = builder.build();
	const fromBefore = (offset: number): number => {
		let delta = 0;
		for (const s of shifts) if (s.from <= offset) delta = s.delta;
		return offset + delta;
	};
	return {
		text: mapped.text,
		toBefore: mapped.toSource,
		fromBefore,
		calls,
		templates: [...templates].sort(),
		checked: [...checked].sort(),
	};
}
