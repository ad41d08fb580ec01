import { describe, expect, test } from 'vitest';
import { parsePage, type WikiSource } from '../../src/parse/index.ts';
import { sourceFile } from '../helpers/source.ts';
import { evaluateExpr } from '../../src/parse/expr.ts';

/** A wiki of template pages (by id) in which `Help:Exists` exists. */
function wiki(templates: Record<string, string>): WikiSource {
	return { pageText: (id) => templates[id], exists: (id) => id === 'Help:Exists' || Object.hasOwn(templates, id) };
}

const INFOBOX = `<noinclude>Doc. [[Has x::doc]]</noinclude><includeonly>{| class="infobox"
| [[Has height::{{{height}}}]] {{#set:Has name={{{name|{{PAGENAME}}}}}}}
|}{{#subobject:|Has note={{{note|none}}}}}[[Category:Boxes|{{{key|}}}]]</includeonly>`;

const parse = (
	text: string,
	templates: Record<string, string> = { 'Template:Infobox': INFOBOX },
	path = 'Help/My_page.wiki',
) => parsePage(sourceFile(text, path), { wiki: wiki(templates) });

describe('template expansion', () => {
	test("facts, #set, #subobject and categories a template writes count for the calling page, at the call, with the template's name", () => {
		const { page } = parse('Intro\n\n{{Infobox|height=8,849 m|note=high}}\n');
		expect(page.facts.map((f) => [f.property, f.value, f.line, f.col, f.template])).toEqual([
			['Has height', '8,849 m', 3, 1, 'Infobox'],
			['Has name', 'My page', 3, 1, 'Infobox'],
			['Has note', 'high', 3, 1, 'Infobox'],
		]);
		expect(page.categories).toEqual(['Boxes']);
		expect(page.subobjects).toHaveLength(1);
		expect(page.expansion).toEqual({ templates: ['Template:Infobox'], checked: [] });
	});

	test('a template without a page stays a box with its parameters (template-shown)', () => {
		const { page } = parse('{{Missing|a=1}}');
		expect(page.templates).toEqual([{ line: 1, col: 1, name: 'Missing', params: [{ name: 'a', value: '1' }] }]);
		expect(page.diagnostics.map((d) => d.rule)).toContain('template-shown');
		expect(page.expansion?.templates).toEqual(['Template:Missing']);
	});

	test('#if, #ifeq, #switch, #expr and #ifexist (against the wiki) are evaluated', () => {
		const templates = {
			'Template:T':
				'{{#if:{{{a|}}}|A|noA}} {{#ifeq:{{{b}}}|x|same|other}} {{#switch:{{{b}}}|x=X|#default=D}} {{#expr:{{{n}}} * 2}} {{#ifexist:{{{p}}}|yes|no}}',
		};
		const { page } = parse('[[Has r::{{T|b=x|n=21|p=Help:Exists}}]]', templates);
		expect(page.facts[0]?.value).toBe('noA same X 42 yes');
		expect(page.expansion?.checked).toEqual(['Help:Exists']);
	});

	test('a template that calls itself is reported and shown, not expanded forever', () => {
		const { page } = parse('{{Loop}}', { 'Template:Loop': 'x{{Loop}}' });
		expect(page.diagnostics.find((d) => d.rule === 'template-loop')).toMatchObject({ line: 1, col: 1 });
	});

	test('a template that would expand beyond the limits is left as written and reported', () => {
		const templates: Record<string, string> = { 'Template:L5': 'y' };
		for (let l = 0; l < 5; l++) templates[`Template:L${l}`] = `{{L${l + 1}}}`.repeat(10);
		const { page } = parse('{{L0}}', templates);
		expect(page.diagnostics.find((d) => d.rule === 'template-limit')?.message).toContain(
			'more than 200 template expansions',
		);
		const doubling = { 'Template:D': '{{{1}}}{{{1}}}' };
		let call = 'x'.repeat(100);
		for (let i = 0; i < 20; i++) call = `{{D|${call}}}`;
		expect(parse(call, doubling).page.diagnostics.map((d) => d.rule)).toContain('template-limit');
	});

	test('annotations on a Template page are not its facts; its <includeonly> part is not read there', () => {
		const { page } = parsePage(sourceFile(INFOBOX, 'Template/Infobox.wiki'), {
			wiki: wiki({ 'Template:Infobox': INFOBOX }),
		});
		expect(page.facts).toEqual([]);
		expect(page.categories).toEqual([]);
		expect(page.diagnostics.find((d) => d.rule === 'annotation-not-stored')?.message).toContain(
			'1 annotation of this page is not a fact',
		);
	});
});

describe('page model', () => {
	test('#REDIRECT (any case) makes a redirect; its annotations and categories are dropped and reported', () => {
		const { page } = parse('#redirect [[Help:Target|x]]\n[[Has x::1]] [[Category:C]]');
		expect(page.model?.redirect).toEqual({ target: 'Help:Target', line: 1, col: 11 });
		expect(page.facts).toEqual([]);
		expect(page.categories).toEqual([]);
		expect(page.diagnostics.find((d) => d.rule === 'annotation-not-stored')).toMatchObject({
			line: 1,
			col: 11,
			message: expect.stringContaining('2 annotations of this page are not facts'),
		});
	});

	test('DISPLAYTITLE, DEFAULTSORT and category sort keys, also from templates', () => {
		const { page } = parse(
			"{{DISPLAYTITLE:Mount ''Everest''}}{{DEFAULTSORT:Everest, Mount}}[[Category:Peaks|E]]{{Infobox|height=1|key=Z}}",
		);
		expect(page.model).toEqual({
			displayTitle: 'Mount Everest',
			defaultSort: 'Everest, Mount',
			categorySortKeys: { Peaks: 'E', Boxes: 'Z' },
		});
	});
});

describe('#expr', () => {
	test.each([
		['2 + 3 * 4', '14'],
		['(2 + 3) * 4', '20'],
		['2 ^ 3 ^ 2', '512'],
		['1 / 3', '0.33333333333333'],
		['7 mod 3', '1'],
		['8849 * 3.28084 round 0', '29032'],
		['-2e3', '-2000'],
		['3 > 2 and 1', '1'],
		['not 0', '1'],
		['pi', '3.1415926535898'],
		['1e20', '1.0E+20'],
	])('%s = %s', (expression, result) => expect(evaluateExpr(expression)).toEqual({ ok: true, text: result }));
	test('errors read as MediaWiki', () => {
		expect(evaluateExpr('1/0')).toEqual({ ok: false, message: 'Expression error: Division by zero.' });
		expect(evaluateExpr('2 +')).toMatchObject({ ok: false });
		expect(evaluateExpr('foo')).toEqual({ ok: false, message: 'Expression error: Unrecognized word "foo".' });
	});
});
