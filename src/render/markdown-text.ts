import type { Nodes as MdastNodes, Parents, Text } from 'mdast';
import { defaultHandlers, type Info, type State, type Unsafe } from 'mdast-util-to-markdown';

/*
 * Why: `mdast-util-to-markdown` escapes every text node with `safe`, which runs each of its ~50 unsafe patterns
 * (those of the extensions too) as its own regular expression over the text, after checking each pattern's
 * scope; most text needs no escape at all, and `safe` was the largest self cost of a page's Markdown. This handler
 * asks first, with one expression joining the patterns in scope, whether any could match; only when one could
 * (or a backslash is near) does it hand the node to the library's own `text` handler. When none can, `safe`
 * would return the text unchanged, so the output is the same: `test/render/markdown-text-corpus.test.ts` compares
 * both handlers' Markdown on every page of the corpora, `test/render/markdown-text.test.ts` on generated trees.
 */

/** The expressions joining the unsafe patterns in one scope (`null`: no pattern is in that scope). */
interface Joined {
	readonly plain: RegExp | null;
	readonly unicode: RegExp | null;
}

/** The patterns the joined expressions were made from (the same objects for every page), and those made. */
let made: { readonly patterns: readonly Unsafe[]; readonly byScope: Map<string, Joined> } | undefined;
/** The serializer state last seen, whose patterns are known to be `made.patterns`. */
let checkedState: State | undefined;
/** The scope last asked about and its expressions: text nodes next to each other mostly share one. */
let last: { stack: readonly string[]; before: string; after: string; joined: Joined } | undefined;

const asList = (value: readonly string[] | string | null | undefined): readonly string[] =>
	value == null ? [] : typeof value === 'string' ? [value] : value;

/** Is the pattern in scope of the construct stack and the text's sibling nodes, as `safe` decides it? */
function inScope(pattern: Unsafe, stack: readonly string[], before?: MdastNodes, after?: MdastNodes): boolean {
	const inside = asList(pattern.inConstruct);
	if (inside.length > 0 && !inside.some((name) => stack.includes(name))) return false;
	if (asList(pattern.notInConstruct).some((name) => stack.includes(name))) return false;
	const nodeFits = (types: Unsafe['beforeNode'], node?: MdastNodes) =>
		!types || (node !== undefined && asList(types).includes(node.type));
	return nodeFits(pattern.beforeNode, before) && nodeFits(pattern.afterNode, after);
}

/**
 * One expression matching at the character of wherever one of the patterns matches (`compilePattern` puts what
 * must come before in a group; here it is a lookbehind, so that the match starts at the character, whose place
 * `safe` checks against the text's range). Anchored patterns (next to a given node) match their character
 * anywhere, a wider test, which is enough.
 */
function join(patterns: readonly Unsafe[]): RegExp | null {
	if (patterns.length === 0) return null;
	const sources = patterns.map((pattern) => {
		const character = (/[$()*+.?[\\\]^{|}]/u.test(pattern.character) ? '\\' : '') + pattern.character;
		if (pattern.beforeNode || pattern.afterNode) return character;
		const before = (pattern.atBreak ? '[\\r\\n][\\t ]*' : '') + (pattern.before ? `(?:${pattern.before})` : '');
		// The character first: an expression of many alternatives then fails fast where none can start.
		return `${character}${before ? `(?<=(?:${before})${character})` : ''}${pattern.after ? `(?=${pattern.after})` : ''}`;
	});
	return new RegExp(sources.join('|'), patterns[0]!.unicode ? 'gu' : 'g');
}

function joinedFor(state: State, before?: MdastNodes, after?: MdastNodes): Joined {
	if (state !== checkedState) {
		const same = made?.patterns.length === state.unsafe.length && made.patterns.every((p, i) => p === state.unsafe[i]);
		if (!same) made = { patterns: [...state.unsafe], byScope: new Map() };
		checkedState = state;
		last = undefined;
	}
	const beforeType = before?.type ?? '';
	const afterType = after?.type ?? '';
	if (
		last?.before === beforeType &&
		last.after === afterType &&
		last.stack.length === state.stack.length &&
		last.stack.every((name, i) => name === state.stack[i])
	)
		return last.joined;
	const key = `${state.stack.join(' ')}|${beforeType}|${afterType}`;
	let joined = made!.byScope.get(key);
	if (!joined) {
		const inside = made!.patterns.filter((pattern) => inScope(pattern, state.stack, before, after));
		joined = {
			plain: join(inside.filter((pattern) => !pattern.unicode)),
			unicode: join(inside.filter((pattern) => pattern.unicode)),
		};
		made!.byScope.set(key, joined);
	}
	last = { stack: [...state.stack], before: beforeType, after: afterType, joined };
	return joined;
}

/** Does the expression match at a character in `[from, to)` of `whole`? */
function matchesIn(expression: RegExp | null, whole: string, from: number, to: number): boolean {
	if (!expression) return false;
	expression.lastIndex = from;
	const match = expression.exec(whole);
	return match !== null && match.index < to;
}

/**
 * The `text` handler of `mdast-util-to-markdown`, made cheaper: text no unsafe pattern can match is written as it
 * is, as the library's `safe` writes it; any other goes to the library's own handler.
 */
export function markdownText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
	const siblings = parent ? (parent.children as MdastNodes[]) : [];
	const index = state.indexStack[state.indexStack.length - 1]!;
	const whole = `${info.before ?? ''}${node.value}${info.after ?? ''}`;
	// A backslash before punctuation, even in what follows the text, is escaped by `safe` in every scope.
	if (!whole.includes('\\')) {
		const { plain, unicode } = joinedFor(state, siblings[index - 1], siblings[index + 1]);
		const from = info.before?.length ?? 0;
		const to = from + node.value.length;
		if (!matchesIn(plain, whole, from, to) && !matchesIn(unicode, whole, from, to)) return node.value;
	}
	return defaultHandlers.text(node, parent, state, info);
}
