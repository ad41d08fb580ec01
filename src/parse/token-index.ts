import type { Token } from './wikitext.ts';

/** A tree's tokens in document order (text nodes left out), all of them and by type. */
interface TokenIndex {
	readonly all: readonly Token[];
	readonly byType: ReadonlyMap<string, readonly Token[]>;
}

const indexes = new WeakMap<Token, TokenIndex>();
const NONE: readonly Token[] = [];

/** One walk of the tree, in the order `querySelectorAll` visits it: depth first, a token before its children. */
function indexTokens(root: Token): TokenIndex {
	const all: Token[] = [];
	const byType = new Map<string, Token[]>();
	// childNodes hold text nodes beside tokens; only tokens are indexed
	const stack = [...(root.childNodes as readonly { type: string }[])].reverse();
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node.type === 'text') continue;
		const token = node as Token;
		all.push(token);
		const list = byType.get(token.type);
		if (list) list.push(token);
		else byType.set(token.type, [token]);
		const children = token.childNodes as readonly { type: string }[];
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
	}
	return { all, byType };
}

/**
 * The descendants of a parsed (read-only) root of these types, in document order: what
 * `root.querySelectorAll('a, b')` gives. The page's extractors ask a dozen such questions of each tree; each
 * `querySelectorAll` walks the whole tree again, this walks it once per tree.
 * @example tokensOf(root, 'link', 'category') // every internal link and category link, in page order
 */
export function tokensOf(root: Token, ...types: readonly string[]): readonly Token[] {
	let index = indexes.get(root);
	if (!index) {
		index = indexTokens(root);
		indexes.set(root, index);
	}
	if (types.length === 1) return index.byType.get(types[0]!) ?? NONE;
	const wanted = new Set(types);
	return index.all.filter((t) => wanted.has(t.type));
}
