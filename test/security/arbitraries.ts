import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT } from '../helpers/paths.ts';

/** Pieces of hostile markup: tags, attributes, script URLs, entities, CSS escapes, wikitext and Markdown syntax. */
export const HOSTILE_SNIPPETS: readonly string[] = [
	// Tags and attributes.
	'<script>alert(1)</script>',
	'<script',
	'</script>',
	'<SCRIPT SRC=//x.example/x.js>',
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<img src=x onerror=alert(1)>',
	'<iframe src="javascript:alert(1)">',
	'<iframe srcdoc="<script>alert(1)</script>">',
	'<object data="data:text/html,x">',
	'<embed src=javascript:alert(1)>',
	'<base href="javascript:alert(1)//">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<link rel=import href=x>',
	'<style>@import "x";</style>',
	'<form action=javascript:alert(1)><button formaction=javascript:alert(1)>',
	'<a href="javascript:alert(1)">',
	'<span onclick="alert(1)">',
	'<div onmouseover=alert(1) style="color:red">',
	'<b ONCLICK=alert(1)>',
	'<i/onclick=alert(1)>',
	'<table onload=alert(1)>',
	'<td onclick=alert(1)>',
	'<span style="width:expression(alert(1))">',
	'<span style="background:url(javascript:alert(1))">',
	'<span style="x:expr\\65 ssion(1)">',
	'<span style="background:\\75 rl(x)">',
	'<span style="behavior:url(x.htc)">',
	'<span style="-moz-binding:url(x)">',
	'<span style="@import \'x\'">',
	'<span style="background:&#117;rl(x)">',
	'<span title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
	'<span data-pagefind-filter="type:Evil">',
	'<span id="search">',
	'<span tabindex=5>',
	'</span>',
	'</div>',
	'</table>',
	'<math>',
	'</math>',
	'<math>\\href{javascript:alert(1)}{x}</math>',
	'<nowiki>',
	'</nowiki>',
	'<pre>',
	'</pre>',
	'<syntaxhighlight lang="html">',
	'</syntaxhighlight>',
	'<source lang=x onclick=alert(1)>',
	'<code>',
	'</code>',
	'<!--',
	'-->',
	'<noscript>',
	'<template>',
	'<xmp>',
	'<plaintext>',
	'<textarea>',
	// Script URLs in every link form.
	'[javascript:alert(1) x]',
	'[data:text/html;base64,PHNjcmlwdD4= x]',
	'[vbscript:x y]',
	'[//x.example/ x]',
	'[https://x.example/"onclick="alert(1) x]',
	'[[javascript:alert(1)|x]]',
	'[[source::Paper|T|javascript:alert(1)]]',
	'[[source::A|B|data:text/html,x]]',
	'[[x::javascript:alert(1)]]',
	'[[github_url::javascript:alert(1)]]',
	'[[File:x.png|link=javascript:alert(1)]]',
	'[x](javascript:alert(1))',
	'![x](javascript:alert(1))',
	'[x](data:text/html,x)',
	'<https://x.example/>',
	'https://x.example/a?b=<script>',
	'javascript:alert(1)',
	'mailto:a@b.c',
	// Entities and escapes.
	'&lt;script&gt;',
	'&#60;script&#62;',
	'&#x3C;',
	'&#106;avascript:',
	'&colon;',
	'&Tab;',
	'&#0;',
	'&#xD800;',
	'&amp;',
	'&',
	'\\',
	'\\65 ',
	'\\75 rl(',
	// Wikitext structure.
	'[[',
	']]',
	'[',
	']',
	'{{',
	'}}',
	'{{{',
	'}}}',
	'{|',
	'|}',
	'|-',
	'||',
	'!!',
	'|',
	'!',
	'|+',
	'{{Tpl|a=',
	'{{#mermaid:',
	'{{#ask:',
	'{{#invoke:M|f|',
	'{{#mermaid: graph TD; A-->B; click A "javascript:alert(1)"}}',
	'{{Infobox|x=<script>alert(1)</script>}}',
	'__TOC__',
	'~~~~',
	"'''",
	"''",
	'== h ==',
	'=',
	'*',
	'#',
	':',
	';',
	'----',
	' ',
	'\n',
	'\n\n',
	'\n{|\n',
	'\n|}\n',
	'\n| a || b\n',
	'\n* ',
	'\n# ',
	'\n; t : d\n',
	'\n== x ==\n',
	// Markdown structure.
	'**',
	'*',
	'`',
	'```',
	'\n```js\n',
	'\n```\n',
	'# ',
	'## ',
	'- ',
	'1. ',
	'| a | b |\n|---|---|\n',
	'---\n',
	// Characters that confuse: controls, zero-width, bidi, private use (renderer slot markers), replacement, surrogates.
	'\u0000',
	'\u0007',
	'\u001b',
	'\u200b',
	'\u200d',
	'\ufeff',
	'\u202e',
	'\u2066',
	'\ue000',
	'\ue001',
	'\ue0000\ue001',
	'\ufffd',
	'\ud800',
	'é',
	'ß',
	'İ',
	'中文',
	'𝔘',
];

/** One hostile snippet or a short random string (full Unicode). */
export const piece: fc.Arbitrary<string> = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
	{
		weight: 1,
		arbitrary: fc.string({
			maxLength: 8,
			unit: fc.constantFrom(
				'[',
				']',
				'{',
				'}',
				'|',
				'<',
				'>',
				'=',
				'"',
				"'",
				'/',
				':',
				'&',
				';',
				'#',
				'*',
				'!',
				'\n',
				' ',
				'-',
				'a',
			),
		}),
	},
);

/** A small random page: up to 40 pieces joined. */
export const randomPage: fc.Arbitrary<string> = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** Texts to mutate: the hostile fixtures and the resilience fixtures that are UTF-8 text, cut to 1,000 characters (small pages keep 10,000 runs within a minute). */
export function fixtureTexts(): string[] {
	const texts: string[] = [];
	for (const dir of ['hostile', 'resilience']) {
		const path = join(REPO_ROOT, 'test', 'fixtures', dir);
		for (const name of readdirSync(path).sort()) texts.push(readFileSync(join(path, name), 'utf8').slice(0, 1000));
	}
	return texts;
}

/** One edit of a text: insert a piece, delete a span, duplicate a span, or swap two halves. */
type Mutation =
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delete' | 'duplicate'; at: number; length: number }
	| { kind: 'swap'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }),
	fc.record({
		kind: fc.constantFrom('delete' as const, 'duplicate' as const),
		at: fc.nat(),
		length: fc.integer({ min: 1, max: 60 }),
	}),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
);

function apply(text: string, m: Mutation): string {
	const at = text.length === 0 ? 0 : m.at % (text.length + 1);
	switch (m.kind) {
		case 'insert':
			return text.slice(0, at) + m.text + text.slice(at);
		case 'delete':
			return text.slice(0, at) + text.slice(at + m.length);
		case 'duplicate':
			return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
		case 'swap':
			return text.slice(at) + text.slice(0, at);
	}
}

/** A fixture with 1 to 12 random edits. */
export function mutatedPage(texts: readonly string[]): fc.Arbitrary<string> {
	return fc
		.tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 12 }))
		.map(([text, edits]) => edits.reduce(apply, text));
}
