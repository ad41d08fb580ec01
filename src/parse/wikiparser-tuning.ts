// Two costs wikiparser-node 1.40 has on every parse, taken off here, where we call it, rather than by a patch of
// its files (patch-package would change our own install only: a user's `npm install wikikb` gets the files as
// published). Both keep its behaviour; what each trades is written beside it. Together they were about 6% of a cold
// export's parse-thread time on the 675-page corpus (`node --cpu-prof`).
import { createRequire, Module } from 'node:module';
import { dirname, sep } from 'node:path';

/** A CommonJS module record, as far as these guards read it. */
interface ModuleRecord {
	readonly filename: string;
	readonly loaded: boolean;
	readonly exports: unknown;
	require(id: string): unknown;
}

const PACKAGE_DIR = `${dirname(dirname(createRequire(import.meta.url).resolve('wikiparser-node')))}${sep}`;
const INSTALLED = Symbol.for('wikikb.wikiparser-require-memo');

/**
 * wikiparser-node loads its parser passes lazily, with a `require('../parser/quotes')` inside each pass of every
 * parse (a dozen per page, more per template argument); Node resolves each call again (paths joined, package.json
 * looked up) before it finds the module in its cache: 3% of a parse thread. This remembers, for wikiparser-node's
 * own modules only, which module record each `require` of each of its files gave, and returns that record's
 * exports once it has finished loading. Trade-off: it replaces `Module.prototype.require` for the whole thread (the
 * calls of every other package go straight to Node's own), and a module record deleted from `require.cache`
 * meanwhile would still be used by wikiparser-node; nothing in wikikb deletes one.
 */
export function rememberWikiparserRequires(): void {
	const proto = (Module as unknown as { prototype: ModuleRecord & Record<symbol, boolean> }).prototype;
	if (proto[INSTALLED]) return;
	proto[INSTALLED] = true;
	const original = proto.require;
	const records = new Map<string, ModuleRecord>();
	proto.require = function require(this: ModuleRecord, id: string): unknown {
		if (!this.filename?.startsWith(PACKAGE_DIR)) return original.call(this, id);
		const key = `${this.filename}\0${id}`;
		const known = records.get(key);
		if (known?.loaded) return known.exports;
		const exports = original.call(this, id);
		const localRequire = createRequire(this.filename);
		const resolved = localRequire.resolve(id);
		const record = localRequire.cache[resolved] as ModuleRecord | undefined;
		if (record) records.set(key, record);
		return exports;
	};
}

/** Tokens between two real readings of the memory figures during a parse. */
const READ_EVERY = 256;
/** Calls since the figures were last read, and those figures (kept from one parse to the next: there are many). */
let calls = 0;
let last: NodeJS.MemoryUsage | undefined;

/**
 * Runs a wikiparser-node parse with `process.memoryUsage()` read at most every 256 calls. wikiparser-node calls it
 * for every token of the brace pass, to throw `Maximum heap size exceeded` before the heap runs out; each call
 * reads the resident set size from the operating system (3% of a parse thread). During the parse the call gives
 * the figures last read, read again every 256th call (counted over the parses of the thread). Trade-off: the guard may see the heap up to 256 tokens
 * late, which is far inside the 10% margin it leaves below the heap limit; outside the parse, and for the rest of
 * the process, `process.memoryUsage` is Node's own.
 */
export function withSampledMemoryUsage<T>(parse: () => T): T {
	const real = process.memoryUsage;
	const sampled = Object.assign(() => (last === undefined || ++calls % READ_EVERY === 0 ? (last = real()) : last), {
		rss: real.rss,
	});
	process.memoryUsage = sampled;
	try {
		return parse();
	} finally {
		process.memoryUsage = real;
	}
}
