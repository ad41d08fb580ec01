import { diag } from '../diagnostics/diagnostic.ts';
import { inRanges } from './literal-ranges.ts';
import type { Fact } from './types.ts';
import type { WikiContext } from './wiki-context.ts';
import { offsetOf, type Token } from './wikitext.ts';

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
			const raw = c.toString();
			const lead = raw.length - raw.trimStart().length;
			return { text: raw.trim(), offset: offsetOf(c as Token) + lead };
		});
}

/**
 * Reads the `property=value` arguments of one `{{#set:}}` or `{{#subobject:}}` call. As in Semantic MediaWiki,
 * `|+sep=;` splits the value of the argument before it into several values, and arguments starting with `@`
 * or `+` are options, not facts. An argument with no `=` or no property name is reported, never dropped silently.
 */
function readArgs(ctx: WikiContext, call: string, args: readonly Arg[], subobject: string | undefined, facts: Fact[]): void {
	const pending: { property: string; value: string; offset: number }[] = [];
	for (const arg of args) {
		if (arg.text === '') continue;
		const eq = arg.text.indexOf('=');
		const property = eq < 0 ? '' : arg.text.slice(0, eq).trim();
		const value = eq < 0 ? '' : arg.text.slice(eq + 1).trim();
		if (property === '+sep') {
			const last = pending.pop();
			const sep = value === '' ? ',' : value;
			if (last) for (const part of last.value.split(sep)) if (part.trim() !== '') pending.push({ ...last, value: part.trim() });
			continue;
		}
		if (property.startsWith('@') || property.startsWith('+')) continue;
		const { line, col } = ctx.place(arg.offset);
		if (property === '' || BAD_NAME.test(property)) {
			const why = eq < 0 ? 'has no `=`' : property === '' ? 'has no property name before `=`' : `has a property name \`${property}\` with a character a property name cannot have`;
			ctx.diagnostics.push(diag(ctx.file, line, col, 'error', 'malformed-annotation', `The argument \`${arg.text.slice(0, 80)}\` of \`{{${call}:}}\` ${why}, so it is not a fact. Write \`property=value\`.`));
			continue;
		}
		if (value === '') continue;
		pending.push({ property, value, offset: arg.offset });
	}
	for (const p of pending) {
		const { line, col } = ctx.place(p.offset);
		const base = { property: p.property, value: p.value, line, col, section: ctx.sections.pathAt(p.offset) };
		facts.push(subobject === undefined ? base : { ...base, subobject });
	}
}

/**
 * Facts written with Semantic MediaWiki's parser functions: `{{#set:prop=value|prop2=value}}` (facts of the
 * page) and `{{#subobject:name|prop=value}}` (facts of a subobject of the page, kept on the page with its
 * `subobject` name; an unnamed subobject is named `_L<line>C<col>` after where it is written). Calls in literal
 * ranges (code, comments, nowiki) do not count.
 * @example `{{#set:lr=2e-4}}` // [{ property: 'lr', value: '2e-4', ... }]
 */
export function extractFunctionFacts(ctx: WikiContext): Fact[] {
	const facts: Fact[] = [];
	for (const token of ctx.root.querySelectorAll('magic-word')) {
		const name = token.name;
		if (name !== 'set' && name !== 'subobject') continue;
		const offset = offsetOf(token);
		if (inRanges(ctx.literal, offset)) continue;
		const args = argsOf(token);
		if (name === 'set') {
			readArgs(ctx, '#set', args, undefined, facts);
			continue;
		}
		const { line, col } = ctx.place(offset);
		const written = args[0]?.text ?? '';
		// `{{#subobject:lr=1e-4}}` has no name argument: its first argument is a fact
		const named = written !== '' && !written.includes('=');
		readArgs(ctx, '#subobject', named || written === '' ? args.slice(1) : args, named ? written : `_L${line}C${col}`, facts);
	}
	return facts;
}
