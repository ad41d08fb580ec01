// The remembering regex engine (`code-engine.ts`) colours code exactly as Shiki's own JavaScript engine does: on
// every code block of the corpora's pages and on generated code rich in what the grammars care about.
import fc from 'fast-check';
import { createHighlighterCoreSync, type HighlighterCore, type RegexEngine } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import bash from 'shiki/langs/bash.mjs';
import json from 'shiki/langs/json.mjs';
import markdown from 'shiki/langs/markdown.mjs';
import python from 'shiki/langs/python.mjs';
import yaml from 'shiki/langs/yaml.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import { describe, expect, test } from 'vitest';
import { createRememberingEngine, startHighlightRun } from '../../src/render/code-engine.ts';
import { loadContent } from '../../src/load/index.ts';
import { KAPSO, UNSLOTH } from '../helpers/paths.ts';

const LANGS = [bash, json, markdown, python, yaml];

const highlighterWith = (engine: RegexEngine): HighlighterCore =>
	createHighlighterCoreSync({ themes: [githubLight, githubDark], langs: LANGS, engine });

const shikis = highlighterWith(createJavaScriptRegexEngine());
const remembering = highlighterWith(createRememberingEngine());

const options = (lang: string) =>
	({ lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false }) as const;

/** The block as both highlighters colour it (a new run for each block, as `highlightBlock` starts one). */
function both(code: string, lang: string): [string, string] {
	startHighlightRun();
	return [
		JSON.stringify(remembering.codeToHast(code, options(lang))),
		JSON.stringify(shikis.codeToHast(code, options(lang))),
	];
}

/** The code blocks of the corpora in the languages above: `<syntaxhighlight lang>` tags and Markdown fences. */
async function corpusBlocks(): Promise<{ code: string; lang: string }[]> {
	const known = new Set(['bash', 'json', 'markdown', 'python', 'yaml', 'sh', 'shell', 'py', 'yml', 'md']);
	const blocks: { code: string; lang: string }[] = [];
	const files = (await Promise.all([KAPSO, UNSLOTH].map((dir) => loadContent(dir)))).flatMap((r) => r.files);
	for (const { text } of files) {
		for (const m of text.matchAll(
			/<syntaxhighlight lang="(\w+)"[^>]*>([\s\S]*?)<\/syntaxhighlight>|^```(\w+)\n([\s\S]*?)^```/gmu,
		)) {
			const lang = (m[1] ?? m[3])!.toLowerCase();
			if (known.has(lang)) blocks.push({ code: (m[2] ?? m[4])!, lang });
		}
	}
	return blocks;
}

describe('the remembering regex engine', () => {
	test('colours every code block of the corpora as Shiki does', async () => {
		const blocks = await corpusBlocks();
		expect(blocks.length).toBeGreaterThan(2500);
		const differing = blocks.filter(({ code, lang }) => {
			const [ours, theirs] = both(code, lang);
			return ours !== theirs;
		});
		expect(differing).toEqual([]);
	});

	test('colours generated code as Shiki does, blocks after blocks', () => {
		const piece = fc.constantFrom(
			...[
				'def ',
				'class ',
				'f(',
				')',
				':',
				'\n',
				'    ',
				'"""',
				"'",
				'"',
				'#',
				' = ',
				'[',
				']',
				'{',
				'}',
				'\\',
				'x',
				'1.5e-3',
			],
			...['$(', '`', '${', '<<EOF\n', 'EOF\n', '- ', ': ', '|\n', '>', '&', '*', '**', '`code`', '\n\n'],
		);
		const code = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
		fc.assert(
			fc.property(code, fc.constantFrom('python', 'bash', 'yaml', 'markdown', 'json'), (text, lang) => {
				const [ours, theirs] = both(text, lang);
				expect(ours).toBe(theirs);
			}),
			{ numRuns: 1500 },
		);
	});

	test('matches each line once for both themes', () => {
		let asked = 0;
		const base = createJavaScriptRegexEngine();
		const counting: RegexEngine = {
			createScanner: (patterns) => {
				const scanner = base.createScanner(patterns);
				return {
					findNextMatchSync: (...args: Parameters<typeof scanner.findNextMatchSync>) => {
						asked++;
						return scanner.findNextMatchSync(...args);
					},
				};
			},
			createString: (s) => base.createString(s),
		};
		const highlighter = createHighlighterCoreSync({
			themes: [githubLight, githubDark],
			langs: LANGS,
			engine: createRememberingEngine(counting),
		});
		const code = 'def f(x):\n    return x + 1  # one\n';
		startHighlightRun();
		highlighter.codeToHast(code, { lang: 'python', theme: 'github-light' });
		const onePass = asked;
		expect(onePass).toBeGreaterThan(0);
		startHighlightRun();
		highlighter.codeToHast(code, options('python'));
		expect(asked - onePass).toBe(onePass);
	});
});
