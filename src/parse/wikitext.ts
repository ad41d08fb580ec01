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

/** Runs wikiparser-node's linter over a parsed root. */
export function lintWikitext(root: Token): WikiLint[] {
	return root.lint().map((e: LintError) => ({ rule: e.rule, message: e.message, severity: e.severity, start: e.startIndex, end: e.endIndex }));
}
