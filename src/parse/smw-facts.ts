import { createHash } from 'node:crypto';
import { diag } from '../diagnostics/index.ts';
import { compareCodePoints, groupBy } from '../text/index.ts';
import { inRanges } from './literal-ranges.ts';
import type { Fact, Subobject } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';
import { tokensOf } from './token-index.ts';

/** Characters a property name cannot hold (as in `[[prop::value]]`). */
const BAD_NAME = /[#<>[\]{}\n|]/;

/** One `name=value` argument of a parser function, with where its text starts in the parsed text. */
interface Arg {
	readonly text: string;
	readonly offset: number;
}

/** The arguments of a parser-function token, each with the offset of its first non-blank character. */
function argsOf(token: Token): Arg[] {
	return token.childNodes
		.filter((c) => c.type === 'parameter')
		.map((c) => {
			// a `{{#set:}}` nested in an argument stores its own facts and shows nothing (SMW), so it is no part of the value
			let raw = c.toString();
			for (const inner of (c as Token).querySelectorAll('magic-word'))
				if (inner.name === 'set' || inner.name === 'subobject') raw = raw.replace(inner.toString(), '');
			const lead = raw.length - raw.trimStart().length;
			return { text: raw.trim(), offset: offsetOf(c as Token) + lead };
		});
}

/** Which call the arguments belong to: `#set` (facts of the page) or `#subobject` (named, or unnamed). */
type Call = { readonly kind: '#set' } | { readonly kind: '#subobject'; readonly name?: string };

type Pending = { property: string; value: string; offset: number };
type Option = { name: string; value: string };

/**
 * Reads the `property=value` arguments of one `{{#set:}}` or `{{#subobject:}}` call, as Semantic MediaWiki does:
 * a bare argument after `property=value` is one more value of that property, `|+sep=;` splits the argument before
 * it into several values, and arguments starting with `@` (`@category`, `@sortkey`) or `+`, and `#set`'s
 * `template=`, are options, not facts. An argument that is no fact otherwise is reported, never dropped silently.
 */
function readArgs(
	ctx: WikiContext,
	call: Call,
	args: readonly Arg[],
	facts: Fact[],
	at: number,
	subobjects: Subobject[],
): void {
	const pending: Pending[] = [];
	const options: Option[] = [];
	let last: { property: string; option: boolean } | undefined;
	for (const arg of args) {
		if (arg.text === '') continue;
		const eq = arg.text.indexOf('=');
		const property = eq < 0 ? '' : arg.text.slice(0, eq).trim();
		const value = eq < 0 ? '' : arg.text.slice(eq + 1).trim();
		if (property === '+sep') {
			const sep = value === '' ? ',' : value;
			if (last?.option) splitLast(options, sep);
			else if (last) splitLast(pending, sep);
			continue;
		}
		if (property.startsWith('@') || property.startsWith('+') || (call.kind === '#set' && property === 'template')) {
			if (property.startsWith('@') && value !== '') options.push({ name: property, value });
			last = { property, option: true };
			continue;
		}
		if (eq < 0 && last && !last.option) {
			pending.push({ property: last.property, value: arg.text, offset: arg.offset });
			continue;
		}
		const { line, col } = ctx.place(arg.offset);
		if (property === '' || BAD_NAME.test(property)) {
			ctx.diagnostics.push(
				diag(ctx.file, line, col, 'malformed-annotation', 'badArgument', {
					arg: arg.text,
					call: call.kind,
					property: eq < 0 ? undefined : property,
				}),
			);
			continue;
		}
		last = { property, option: false };
		if (value === '') continue;
		pending.push({ property, value, offset: arg.offset });
	}
	const id = call.kind === '#set' ? undefined : (call.name ?? anonymousSubobjectId(pending, options));
	if (id !== undefined && !subobjects.some((s) => s.id === id)) {
		const categories = options.filter((o) => o.name === '@category').map((o) => o.value);
		const sortKey = options.find((o) => o.name === '@sortkey')?.value;
		subobjects.push({
			id,
			...ctx.place(at),
			...(categories.length > 0 ? { categories } : {}),
			...(sortKey ? { sortKey } : {}),
		});
	}
	for (const p of pending) {
		const { line, col } = ctx.place(p.offset);
		const template = ctx.callAt?.(p.offset);
		const base = {
			property: p.property,
			value: p.value,
			line,
			col,
			section: ctx.sections.pathAt(p.offset),
			...(template === undefined ? {} : { template }),
		};
		facts.push(id === undefined ? base : { ...base, subobject: id });
	}
}

/** `+sep`: replaces the last entry of a list by the parts of its value. */
function splitLast<T extends { value: string }>(list: T[], sep: string): void {
	const previous = list.pop();
	if (!previous) return;
	for (const part of previous.value.split(sep)) if (part.trim() !== '') list.push({ ...previous, value: part.trim() });
}

/** PHP's `sort()` order of strings (PHP 8): two numeric strings compare as numbers, others byte by byte. */
function phpCompare(a: string, b: string): number {
	const numeric = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/u;
	if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
	return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** A string as PHP's `json_encode` writes it: `/` escaped, non-ASCII as `\uXXXX` (lower-case hex). */
function phpJsonString(text: string): string {
	return JSON.stringify(text)
		.replace(/\//gu, '\\/')
		.replace(/[\u007f-\uffff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The id Semantic MediaWiki gives an unnamed `{{#subobject:}}`: `_` + the md5 of the JSON of its arguments (property
 * names with their first letter upper-cased, keys sorted, each value list sorted PHP-style, values as written after
 * `+sep` splitting), so identical unnamed subobjects on a page are one.
 * @example `{{#subobject:|Member of=ABCD|@sortkey=A}}` // '_cd630d70e4e469611f361bcda9cf919a'
 */
function anonymousSubobjectId(pending: readonly Pending[], options: readonly Option[]): string {
	const entries = [
		...pending.map((p) => [p.property, p.value] as const),
		...options.map((o) => [o.name, o.value] as const),
	];
	const map = groupBy(entries, ([property]) =>
		property.startsWith('@') ? property : property.charAt(0).toUpperCase() + property.slice(1),
	);
	// PHP sorts the keys as byte strings: UTF-8 bytes, which order as code points do
	const keys = [...map.keys()].sort(compareCodePoints);
	const json = `{${keys
		.map(
			(k) =>
				`${phpJsonString(k)}:[${map
					.get(k)!
					.map(([, value]) => value)
					.sort(phpCompare)
					.map(phpJsonString)
					.join(',')}]`,
		)
		.join(',')}}`;
	return `_${createHash('md5').update(json).digest('hex')}`;
}

/**
 * Facts written with Semantic MediaWiki's parser functions: `{{#set:prop=value|prop2=value}}` (facts of the
 * page) and `{{#subobject:name|prop=value}}` (facts of a subobject of the page, kept on the page with its
 * `subobject` id: the name with `_` for spaces, or for an unnamed one Semantic MediaWiki's hash of its arguments,
 * see {@link anonymousSubobjectId}). Calls in literal ranges (code, comments, nowiki) do not count.
 * @example `{{#set:lr=2e-4}}` // [{ property: 'lr', value: '2e-4', ... }]
 */
export function extractFunctionFacts(ctx: WikiContext): { facts: Fact[]; subobjects: Subobject[] } {
	const facts: Fact[] = [];
	const subobjects: Subobject[] = [];
	for (const token of tokensOf(ctx.root, 'magic-word')) {
		const name = token.name;
		if (name !== 'set' && name !== 'subobject') continue;
		const offset = offsetOf(token);
		if (inRanges(ctx.literal, offset)) continue;
		const args = argsOf(token);
		if (name === 'set') {
			readArgs(ctx, { kind: '#set' }, args, facts, offset, subobjects);
			continue;
		}
		const written = args[0]?.text ?? '';
		// `{{#subobject:lr=1e-4}}` has no name argument: its first argument is a fact; `-` and empty mean unnamed
		const named = written !== '' && written !== '-' && !written.includes('=');
		const call: Call = named ? { kind: '#subobject', name: written.replace(/\s+/gu, '_') } : { kind: '#subobject' };
		readArgs(ctx, call, written.includes('=') ? args : args.slice(1), facts, offset, subobjects);
	}
	return { facts, subobjects };
}
