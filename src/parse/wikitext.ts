import Parser from 'wikiparser-node';
import type { ConfigData, LintError, Token } from 'wikiparser-node';
import defaultConfig from 'wikiparser-node/config/default.json' with { type: 'json' };
import { namespaces, parseTitle, type NamespaceTable } from '../load/index.ts';
import { evaluateExpr } from './expr.ts';
import { rememberWikiparserRequires, withSampledMemoryUsage } from './wikiparser-tuning.ts';

export type { Token };

/** Parser functions that must parse as functions, not as templates or stray braces. */
const FUNCTIONS = ['mermaid', 'ask', 'show', 'set', 'subobject', 'concept'] as const;

/**
 * The parser configuration: MediaWiki defaults, the namespaces of our table (MediaWiki's, Semantic MediaWiki's, the
 * five page types, custom ones: not wikiparser-node's Wikipedia set, whose 102 is `WikiProject`, not `Property`) and
 * Semantic MediaWiki's functions.
 */
function makeConfig(table: NamespaceTable): ConfigData {
	const names: Record<string, string> = {};
	const ids: Record<string, number> = {};
	for (const ns of table.all) {
		names[String(ns.id)] = ns.name;
		for (const name of [ns.name, ...ns.aliases]) ids[name.toLowerCase()] = ns.id;
	}
	const cfg = { ...(structuredClone(defaultConfig) as unknown as ConfigData), namespaces: names, nsid: ids };
	const functions = cfg.parserFunction[0] as Record<string, string>;
	for (const f of FUNCTIONS) {
		functions[`#${f}`] = f;
		if (!cfg.functionHook.includes(f)) cfg.functionHook.push(f);
	}
	return cfg;
}

let configured: NamespaceTable | undefined;

/** Sets the parser's (global) configuration once per namespace table; every parse goes through here. */
function configure(): void {
	const table = namespaces();
	if (configured === table) return;
	Parser.config = makeConfig(table);
	// read-only trees let wikiparser-node cache child offsets; without it getAbsoluteIndex is quadratic on long pages
	Parser.viewOnly = true;
	rememberWikiparserRequires();
	configured = table;
}

/** Parses wikitext into a wikiparser-node root token (its `toString()` is the input). May throw on hostile input. */
export function parseWikitext(text: string): Token {
	configure();
	return withSampledMemoryUsage(() => Parser.parse(text));
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
		Parser.lintConfig = {
			rules: Object.fromEntries(Parser.rules.map((r) => [r, rules.has(r) ? 1 : 0])),
		} as typeof Parser.lintConfig;
		lintRules = key;
	}
	return root.lint().map((e: LintError) => ({
		rule: e.rule,
		message: e.message,
		severity: e.severity,
		start: e.startIndex,
		end: e.endIndex,
	}));
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

/** What template expansion reads from the rest of the wiki. */
export interface WikiSource {
	/** Text of a page by id (`Template:Infobox_LR`), for the pages a call may transclude; undefined when there is none. */
	pageText(id: string): string | undefined;
	/** Does a page with this id exist (`{{#ifexist:}}`)? */
	exists(id: string): boolean;
}

/** Limits of one page's template expansion (MediaWiki has the like: expansion depth, post-expand include size). */
export interface ExpandLimits {
	/** Template pages read, over all calls of the page. */
	readonly templates: number;
	/** Characters of arguments substituted plus characters of output, over all calls of the page. */
	readonly size: number;
}

/** The result of expanding one call, and what it read. */
export interface Expanded {
	readonly text?: string;
	/** Ids of the pages looked up as templates (existing or not). */
	readonly templates: readonly string[];
	/** Ids `{{#ifexist:}}` asked about. */
	readonly checked: readonly string[];
	/** Why the call was left as written: a template calling itself, or a limit. */
	readonly problem?: { readonly kind: 'template-loop' | 'template-limit'; readonly detail: string };
}

/** A budget spent while one page's calls expand; exceeding it stops the expansion at once. */
class Budget {
	templates = 0;
	size = 0;
	constructor(readonly limits: ExpandLimits) {}
	spend(templates: number, size: number): void {
		this.templates += templates;
		this.size += size;
		if (this.templates > this.limits.templates)
			throw new LimitReached(`more than ${this.limits.templates} template expansions`);
		if (this.size > this.limits.size) throw new LimitReached(`more than ${this.limits.size} characters expanded`);
	}
}

class LimitReached extends Error {}

/** The page source, budget and findings of the expansion running now (wikiparser-node's hooks are global). */
let running: { wiki: WikiSource; budget: Budget; templates: Set<string>; checked: Set<string> } | undefined;

/**
 * `Parser.templates` asked for by our rules: a page's text from the wiki source, following `#REDIRECT`s, with every
 * lookup recorded (the page cache re-parses a page when one of them changes) and counted against the budget.
 */
class WikiTemplates extends Map<string, string> {
	override has(key: string): boolean {
		return this.resolve(key) !== undefined;
	}

	override get(key: string): string | undefined {
		const text = this.resolve(key);
		if (text !== undefined) running?.budget.spend(1, text.length);
		return text;
	}

	private resolve(key: string): string | undefined {
		if (!running) return undefined;
		let id = parseTitle(key)?.id ?? key;
		for (let hop = 0; hop < 5; hop++) {
			running.templates.add(id);
			const text = running.wiki.pageText(id);
			const target = text === undefined ? undefined : REDIRECT.exec(text)?.[1];
			if (target === undefined) return text;
			id = parseTitle(target)?.id ?? target;
		}
		return undefined;
	}
}

const REDIRECT = /^\s*#redirect\s*:?\s*\[\[([^\]|#]+)/iu;

let hooked = false;

/** Registers the parser functions wikiparser-node leaves to us, once: `#ifexist` against our pages, `#expr`. */
function hookFunctions(): void {
	if (hooked) return;
	hooked = true;
	Parser.templates = new WikiTemplates();
	Parser.setFunctionHook('ifexist', (token) => {
		const [title = '', yes = '', no = ''] = token.getAllArgs().map((a) => a.getValue().trim());
		const id = parseTitle(title)?.id;
		if (id && running) running.checked.add(id);
		return id && running?.wiki.exists(id) ? yes : no;
	});
	Parser.setFunctionHook('expr', (token) => {
		const result = evaluateExpr(token.getAllArgs()[0]?.getValue() ?? '');
		return result.ok ? result.text : `<strong class="error">${result.message}</strong>`;
	});
	// Arguments are substituted by `getValue`: counting what it returns bounds the output of templates that repeat a
	// parameter (`{{{1}}}{{{1}}}` nested 30 deep would be a gigabyte) before the string is built.
	let proto = Object.getPrototypeOf(Parser.parse('{{a}}').firstChild) as {
		getValue?: (...args: unknown[]) => unknown;
	} | null;
	while (proto && !Object.hasOwn(proto, 'getValue')) proto = Object.getPrototypeOf(proto) as typeof proto;
	const original = proto?.getValue;
	if (proto && original) {
		proto.getValue = function (this: unknown, ...args: unknown[]) {
			const value = original.apply(this, args);
			if (typeof value === 'string') running?.budget.spend(0, value.length);
			return value;
		};
	}
}

/**
 * Expands one template call or parser function as MediaWiki's preprocessor would, in the context of page
 * `pageName` (`Help:My page`, for `{{PAGENAME}}`): template pages from `wiki`, their `{{{parameters}}}`,
 * `<noinclude>`/`<includeonly>`/`<onlyinclude>`, `#if`, `#ifeq`, `#switch`, `#iferror`, `#ifexist`, `#expr`. Other
 * parser functions (`#set`, `#ask`...) stay in the output for the caller to read. A template calling itself, or
 * going over `budget`, leaves the call as written, with the reason.
 */
export function expandCall(call: string, pageName: string, wiki: WikiSource, budget: Budget): Expanded {
	configure();
	hookFunctions();
	running = { wiki, budget, templates: new Set(), checked: new Set() };
	const seen = running;
	try {
		const text = withSampledMemoryUsage(() => Parser.parse(call, pageName, false).expand().toString());
		budget.spend(0, text.length);
		const loop = /Template loop detected: \[\[([^\]]+)\]\]/u.exec(text);
		const found = { templates: [...seen.templates], checked: [...seen.checked] };
		return loop ? { ...found, text, problem: { kind: 'template-loop', detail: loop[1]! } } : { ...found, text };
	} catch (error) {
		const found = { templates: [...seen.templates], checked: [...seen.checked] };
		if (error instanceof LimitReached) return { ...found, problem: { kind: 'template-limit', detail: error.message } };
		return {
			...found,
			problem: { kind: 'template-limit', detail: `the expansion failed (${(error as Error).message.slice(0, 80)})` },
		};
	} finally {
		running = undefined;
	}
}

/** A fresh budget for one page's expansion. */
export function expansionBudget(limits: ExpandLimits): Budget {
	return new Budget(limits);
}

export type { Budget };

/**
 * The id of the page a template call transcludes: `{{Infobox LR}}` -> `Template:Infobox_LR`, `{{:Main}}` -> `Main`,
 * `{{Help:Box}}` -> `Help:Box`; undefined for a name that is no title.
 */
export function transcludedId(name: string): string | undefined {
	configure();
	const title = Parser.normalizeTitle(name.trim(), 10);
	return title.valid ? parseTitle(title.title)?.id : undefined;
}
