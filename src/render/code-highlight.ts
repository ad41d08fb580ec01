// Shiki with its grammars: loaded through `html-makers.ts` by runs that make HTML, never imported statically
// (the architecture test checks), so a run making only Markdown does not load it.
import type { Element, ElementContent } from 'hast';
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import bash from 'shiki/langs/bash.mjs';
import c from 'shiki/langs/c.mjs';
import cpp from 'shiki/langs/cpp.mjs';
import css from 'shiki/langs/css.mjs';
import diff from 'shiki/langs/diff.mjs';
import docker from 'shiki/langs/dockerfile.mjs';
import go from 'shiki/langs/go.mjs';
import html from 'shiki/langs/html.mjs';
import ini from 'shiki/langs/ini.mjs';
import java from 'shiki/langs/java.mjs';
import javascript from 'shiki/langs/javascript.mjs';
import json from 'shiki/langs/json.mjs';
import jsonc from 'shiki/langs/jsonc.mjs';
import jsx from 'shiki/langs/jsx.mjs';
import markdown from 'shiki/langs/markdown.mjs';
import python from 'shiki/langs/python.mjs';
import rust from 'shiki/langs/rust.mjs';
import shellsession from 'shiki/langs/shellsession.mjs';
import sql from 'shiki/langs/sql.mjs';
import toml from 'shiki/langs/toml.mjs';
import tsx from 'shiki/langs/tsx.mjs';
import typescript from 'shiki/langs/typescript.mjs';
import xml from 'shiki/langs/xml.mjs';
import yaml from 'shiki/langs/yaml.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import { plainPre } from './code.ts';
import { createRememberingEngine, startHighlightRun } from './code-engine.ts';

const LANGS = [
	bash,
	c,
	cpp,
	css,
	diff,
	docker,
	go,
	html,
	ini,
	java,
	javascript,
	json,
	jsonc,
	jsx,
	markdown,
	python,
	rust,
	shellsession,
	sql,
	toml,
	tsx,
	typescript,
	xml,
	yaml,
];

let highlighter: HighlighterCore | undefined;

/**
 * How long one line may take to tokenize before the rest of it is left uncoloured. Shiki's default, 500 ms,
 * counts compiling the grammar's regular expressions on first use: on a loaded machine the first line of a
 * language went past it and came out uncoloured, so the same page gave different HTML. Still a bound for
 * runaway grammars on hostile code.
 */
const TOKENIZE_TIME_LIMIT_MS = 5_000;

/**
 * The one highlighter, made on first use (sync, JavaScript regex engine: no WebAssembly, and faster here than
 * Oniguruma's), with scanners that match each block's lines once for both themes (`code-engine.ts`).
 */
function getHighlighter(): HighlighterCore {
	highlighter ??= createHighlighterCoreSync({
		themes: [githubLight, githubDark],
		langs: LANGS,
		engine: createRememberingEngine(),
	});
	return highlighter;
}

/** Is this language (or alias: `py`, `sh`, `js`...), trimmed and lower-cased, highlighted? */
function isKnownLanguage(name: string): boolean {
	return getHighlighter().getLoadedLanguages().includes(name);
}

/**
 * Highlights a code block: `<pre class="shiki ...">` whose colours are the CSS variables `--shiki-light` and
 * `--shiki-dark` (no colour is chosen here: the site's CSS picks one per theme). An unknown or missing
 * language gives a plain `<pre>` of the escaped text. Built from the code as text, so it is safe to insert
 * after sanitising.
 */
export function highlightBlock(code: string, lang: string | undefined): Element {
	const source = code.replace(/^\n+|\s+$/gu, '');
	const name = lang?.trim().toLowerCase();
	if (name !== undefined && isKnownLanguage(name)) {
		try {
			startHighlightRun();
			const root = getHighlighter().codeToHast(source, {
				lang: name,
				themes: { light: 'github-light', dark: 'github-dark' },
				defaultColor: false,
				tokenizeTimeLimit: TOKENIZE_TIME_LIMIT_MS,
			});
			const pre = root.children[0];
			if (pre?.type === 'element') {
				pre.properties.dataLanguage = name;
				return pre;
			}
		} catch {
			// A grammar that fails on odd input falls back to plain text below.
		}
	}
	return plainPre(source, lang);
}

/** Inline code (`<syntaxhighlight inline>`): a `<code>` with the text, highlighted when the language is known. */
export function highlightInline(code: string, lang: string | undefined): Element {
	const block = highlightBlock(code.trim(), lang);
	const inner = block.children[0];
	const children: ElementContent[] =
		inner?.type === 'element' && inner.tagName === 'code'
			? inner.children.flatMap((line) => (line.type === 'element' ? line.children : [line]))
			: block.children;
	return { type: 'element', tagName: 'code', properties: { className: ['wikikb-code-inline'] }, children };
}
