import Parser from 'wikiparser-node';
import type { ConfigData, LintError, Token } from 'wikiparser-node';
import defaultConfig from 'wikiparser-node/config/default.json' with { type: 'json' };

export type { Token };

/** Our page namespaces and their ids (custom namespaces are even numbers from 3000). */
export const NAMESPACE_IDS = { Workflow: 3000, Principle: 3002, Implementation: 3004, Environment: 3006, Heuristic: 3008 } as const;

/** Parser functions that must parse as functions, not as templates or stray braces. */
const FUNCTIONS = ['mermaid', 'ask', 'show', 'set', 'subobject'] as const;

/** The parser configuration: MediaWiki defaults plus our namespaces and Semantic MediaWiki functions. */
function makeConfig(): ConfigData {
	const cfg = structuredClone(defaultConfig) as unknown as ConfigData;
	for (const [name, id] of Object.entries(NAMESPACE_IDS)) {
		cfg.namespaces[String(id)] = name;
		cfg.nsid[name.toLowerCase()] = id;
	}
	const functions = cfg.parserFunction[0] as Record<string, string>;
	for (const f of FUNCTIONS) {
		functions[`#${f}`] = f;
		if (!cfg.functionHook.includes(f)) cfg.functionHook.push(f);
	}
	return cfg;
}

let configured = false;

/** Sets the parser's (global) configuration once; every parse goes through here. */
function configure(): void {
	if (configured) return;
	Parser.config = makeConfig();
	// read-only trees let wikiparser-node cache child offsets; without it getAbsoluteIndex is quadratic on long pages
	Parser.viewOnly = true;
	configured = true;
}

/** Parses wikitext into a wikiparser-node root token (its `toString()` is the input). May throw on hostile input. */
export function parseWikitext(text: string): Token {
	configure();
	return Parser.parse(text);
}

/** A lint finding with 0-based offsets into the parsed text. */
export interface WikiLint {
	readonly rule: string;
	readonly message: string;
	readonly severity: 'error' | 'warning';
	readonly start: number;
	readonly end: number;
}

let lintRules: string | undefined;

/**
 * Runs wikiparser-node's linter over a parsed root, with only the `rules` asked for switched on
 * (the others cost time on every page and would be dropped anyway).
 */
export function lintWikitext(root: Token, rules: ReadonlySet<string>): WikiLint[] {
	const key = [...rules].sort().join(',');
	if (lintRules !== key) {
		Parser.lintConfig = { rules: Object.fromEntries(Parser.rules.map((r) => [r, rules.has(r) ? 1 : 0])) } as typeof Parser.lintConfig;
		lintRules = key;
	}
	return root.lint().map((e: LintError) => ({ rule: e.rule, message: e.message, severity: e.severity, start: e.startIndex, end: e.endIndex }));
}

/** The shape of `Token#json()` we read: each node's absolute range and children, in tree order. */
interface JsonNode {
	readonly range?: readonly [number, number];
	readonly childNodes?: readonly JsonNode[];
}

const offsetIndexes = new WeakMap<Token, Map<Token, number>>();

/**
 * 0-based offset of a token in its root's text, in O(1) after one O(n) pass per tree.
 * `getAbsoluteIndex()` sums the lengths of all earlier siblings on every call, which made pages with tens of
 * thousands of links quadratic (16,000 links: 40 s); `json()` gives every node's range in a single walk.
 */
export function offsetOf(token: Token): number {
	let root = token;
	while (root.parentNode) root = root.parentNode as Token;
	let index = offsetIndexes.get(root);
	if (!index) {
		index = new Map();
		indexOffsets(root, root.json() as JsonNode, index);
		offsetIndexes.set(root, index);
	}
	return index.get(token) ?? token.getAbsoluteIndex();
}

function indexOffsets(token: Token, json: JsonNode, index: Map<Token, number>): void {
	if (json.range) index.set(token, json.range[0]);
	const children = token.childNodes as readonly Token[];
	const jsonChildren = json.childNodes ?? [];
	// The two trees have the same shape; if a future version differs, fall back to getAbsoluteIndex for the rest.
	if (children.length !== jsonChildren.length) return;
	for (let i = 0; i < children.length; i++) indexOffsets(children[i]!, jsonChildren[i]!, index);
}
