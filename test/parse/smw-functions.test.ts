import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/parse/index.ts';
import { sourceFile } from '../helpers/source.ts';

const parse = (text: string) => parsePage(sourceFile(text, 'heuristics/Test_Page.wiki')).page;

describe('Semantic MediaWiki #set and #subobject', () => {
	test('#set gives one fact per property, at the property, in its section', () => {
		const page = parse('== Tuning ==\n{{#set:learning_rate=2e-4| method = QLoRA }}');
		expect(page.facts).toEqual([
			{ property: 'learning_rate', value: '2e-4', line: 2, col: 8, section: ['Tuning'] },
			{ property: 'method', value: 'QLoRA', line: 2, col: 28, section: ['Tuning'] },
		]);
	});

	test('+sep splits the value before it; options are not facts', () => {
		const page = parse('{{#set:domain=LLMs;Optimization|+sep=;|@category=X}}');
		expect(page.facts.map((f) => [f.property, f.value])).toEqual([
			['domain', 'LLMs'],
			['domain', 'Optimization'],
		]);
	});

	test('#subobject facts stay on the page with the subobject name', () => {
		const page = parse('== Runs ==\n{{#subobject:run1|lr=1e-4|task=sft}}\n{{#subobject:|lr=5e-5}}');
		expect(page.facts).toEqual([
			{ property: 'lr', value: '1e-4', line: 2, col: 19, section: ['Runs'], subobject: 'run1' },
			{ property: 'task', value: 'sft', line: 2, col: 27, section: ['Runs'], subobject: 'run1' },
			{
				property: 'lr',
				value: '5e-5',
				line: 3,
				col: 15,
				section: ['Runs'],
				subobject: '_f163902658b43157ed75af849b73373f',
			},
		]);
	});

	test('facts of #set and [[p::v]] come in text order', () => {
		const page = parse('[[domain::A]] {{#set:domain=B}} [[domain::C]]');
		expect(page.facts.map((f) => f.value)).toEqual(['A', 'B', 'C']);
	});

	test('an argument with no = after a property is one more value of it (SMW)', () => {
		expect(parse('{{#set:lr=1|2e-4}}').facts.map((f) => [f.property, f.value])).toEqual([
			['lr', '1'],
			['lr', '2e-4'],
		]);
	});

	test('an argument with no = and no property before it is reported where it stands, not dropped silently', () => {
		const page = parse('x\n{{#set:oops|lr=1}}');
		expect(page.facts.map((f) => f.value)).toEqual(['1']);
		const d = page.diagnostics.find((x) => x.rule === 'malformed-annotation');
		expect(d).toMatchObject({ line: 2, col: 8 });
		expect(d?.message).toContain('`oops`');
	});

	test.each([
		['{{#subobject:|Member of=ABCD|@sortkey=A}}', '_cd630d70e4e469611f361bcda9cf919a'],
		['{{#subobject:Located in=Europe}}', '_261bcb222bdef3105c6906115585880c'],
		['{{#subobject: |@category=Q0625/1 |Has number=123,456,1001,9999|+sep=, }}', '_01f5f1816fe22509901fd7722f8da53d'],
		['{{#subobject:PropertyToBeRedirected=Two}}', '_b60804b67d37b781ac15c6e78102d13c'],
	])("an unnamed subobject gets Semantic MediaWiki's id: %s", (text, id) => {
		expect(new Set(parse(text).facts.map((f) => f.subobject))).toEqual(new Set([id]));
	});

	test('a named subobject id has _ for spaces', () => {
		expect(parse('{{#subobject:Foo bar|a=1}}').facts[0]?.subobject).toBe('Foo_bar');
	});

	test('calls inside code, comments or nowiki are not read', () => {
		const page = parse('<!-- {{#set:a=1}} -->\n<nowiki>{{#set:b=2}}</nowiki>\n```\n{{#set:c=3}}\n```\n`{{#set:d=4}}`');
		expect(page.facts).toEqual([]);
	});

	test('#ask query conditions are not facts', () => {
		expect(parse('{{#ask:[[domain::LLMs]]|?lr}}').facts).toEqual([]);
	});
});

describe('#set inside a footnote', () => {
	test('is read, like an annotation there', () => {
		const page = parsePage(
			sourceFile('== A ==\nx<ref>{{#set:lr=1e-4}} [[domain::D]]</ref>', 'heuristics/Test_Page.wiki'),
		).page;
		expect(page.facts.map((f) => [f.property, f.value])).toEqual([
			['lr', '1e-4'],
			['domain', 'D'],
		]);
	});
});
