import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/parse/index.ts';
import { sourceFile } from '../helpers/source.ts';

const parse = (text: string) => parsePage(sourceFile(text));

describe('parsePage on hostile input', () => {
	test('templates nested 1,000 deep become plain text with parse-failed', () => {
		const r = parse(`${'{{a|'.repeat(1000)}x${'}}'.repeat(1000)}`);
		expect(r.tree.kind).toBe('plain');
		expect(r.page.diagnostics).toMatchObject([{ rule: 'parse-failed', severity: 'error' }]);
	});

	test('tables nested 1,000 deep become plain text with parse-failed', () => {
		const r = parse('{|\n|\n'.repeat(1000));
		expect(r.tree.kind).toBe('plain');
		expect(r.page.diagnostics.map((d) => d.rule)).toEqual(['parse-failed']);
	});

	test('a page over 2 MB becomes plain text with page-too-large', () => {
		const r = parse(`[[domain::X]]\n${'x'.repeat(2_100_000)}`);
		expect(r.tree.kind).toBe('plain');
		expect(r.page.facts).toEqual([]);
		expect(r.page.diagnostics.map((d) => d.rule)).toEqual(['page-too-large']);
	});

	test.each([
		['open brackets', '[['.repeat(5000)],
		['open tags', '<div>'.repeat(5000)],
		['quotes', "'''''".repeat(5000)],
		['deep list markers', `${'*'.repeat(3000)} x\n`],
		['backticks', '`'.repeat(5000)],
		['open comments', '<!--'.repeat(3000)],
		['open mermaid', `{{#mermaid:${'{'.repeat(100)}`],
		['NUL and bidi characters', '\u0000[[a::b]]\u202e'],
		['lone surrogate', '\ud800[[a::b]]'],
		['fence storm', '```\n'.repeat(2000)],
		['only a title line', '# Heuristic: X'],
		['empty page', ''],
	])('survives %s', (_name, text) => {
		const r = parse(text);
		expect(r.page.id).toBe('Heuristic:Test_Page');
		expect(Array.isArray(r.page.facts)).toBe(true);
	});

	test('never throws and keeps positions inside the file on random wikitext and Markdown', () => {
		const piece = fc.constantFrom(
			'[[',
			']]',
			'::',
			'|',
			'||',
			'{|',
			'|}',
			'|-',
			'!',
			'{{',
			'}}',
			'#mermaid:',
			'<code>',
			'</code>',
			'<nowiki>',
			'<!--',
			'-->',
			'```',
			'`',
			'**',
			'*',
			'## ',
			'== ',
			' ==',
			'- ',
			'1. ',
			'\n',
			' ',
			'a',
			'p::v',
			'<math>',
			'</math>',
			'<syntaxhighlight lang="py">',
			'</syntaxhighlight>',
			'---\n',
			'[t](https://x.y)',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
				const text = parts.join('');
				const r = parse(text);
				const lines = text.split('\n');
				for (const f of r.page.facts) {
					expect(f.line).toBeGreaterThanOrEqual(1);
					expect(f.line).toBeLessThanOrEqual(lines.length);
					expect(lines[f.line - 1]!.slice(f.col - 1, f.col + 1)).toBe('[[');
				}
				if (r.tree.kind === 'wikitext') expect(r.tree.root.toString()).toBe(r.tree.text);
			}),
			{ numRuns: 300, seed: 42 },
		);
	});
});
