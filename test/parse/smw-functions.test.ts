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
		expect(page.facts.map((f) => [f.property, f.value])).toEqual([['domain', 'LLMs'], ['domain', 'Optimization']]);
	});

	test('#subobject facts stay on the page with the subobject name', () => {
		const page = parse('== Runs ==\n{{#subobject:run1|lr=1e-4|task=sft}}\n{{#subobject:|lr=5e-5}}');
		expect(page.facts).toEqual([
			{ property: 'lr', value: '1e-4', line: 2, col: 19, section: ['Runs'], subobject: 'run1' },
			{ property: 'task', value: 'sft', line: 2, col: 27, section: ['Runs'], subobject: 'run1' },
			{ property: 'lr', value: '5e-5', line: 3, col: 15, section: ['Runs'], subobject: '_L3C1' },
		]);
	});

	test('facts of #set and [[p::v]] come in text order', () => {
		const page = parse('[[domain::A]] {{#set:domain=B}} [[domain::C]]');
		expect(page.facts.map((f) => f.value)).toEqual(['A', 'B', 'C']);
	});

	test('an argument with no = is reported where it stands, not dropped silently', () => {
		const page = parse('x\n{{#set:lr=1|oops}}');
		expect(page.facts.map((f) => f.value)).toEqual(['1']);
		const d = page.diagnostics.find((x) => x.rule === 'malformed-annotation');
		expect(d).toMatchObject({ line: 2, col: 13 });
		expect(d?.message).toContain('`oops`');
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
		const page = parsePage(sourceFile('== A ==\nx<ref>{{#set:lr=1e-4}} [[domain::D]]</ref>', 'heuristics/Test_Page.wiki')).page;
		expect(page.facts.map((f) => [f.property, f.value])).toEqual([['lr', '1e-4'], ['domain', 'D']]);
	});
});
