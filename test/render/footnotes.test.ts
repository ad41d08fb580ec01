import { describe, expect, test } from 'vitest';
import { all, classes, render, renderTree, textOf } from './helpers.ts';

describe('<ref> footnotes (Cite)', () => {
	test('a ref is a superscript [n] linking to its note in <references />', async () => {
		const tree = await renderTree(
			"LR 2e-4<ref>Smith, [https://x.org paper] ''2023''</ref> and 1e-4<ref>Other</ref>.\n== Notes ==\n<references />",
		);
		const sups = all(tree, 'sup');
		expect(sups.map(textOf)).toEqual(['[1]', '[2]']);
		expect(classes(sups[0]!)).toContain('reference');
		expect(all(sups[0]!, 'a')[0]!.properties.href).toBe('#cite_note-1');
		const [ol] = all(tree, 'ol');
		expect(classes(ol!)).toContain('references');
		const items = all(ol!, 'li');
		expect(items.map((li) => li.properties.id)).toEqual(['cite_note-1', 'cite_note-2']);
		expect(textOf(items[0]!)).toContain('Smith, paper 2023');
		expect(all(items[0]!, 'i').map(textOf)).toEqual(['2023']);
		// the note links back to its citation
		expect(all(items[0]!, 'a')[0]!.properties.href).toBe('#cite_ref-1');
		expect(sups[0]!.properties.id).toBe('cite_ref-1');
	});

	test('a named ref cited again keeps its number and gets a backlink per use', async () => {
		const tree = await renderTree('a<ref name="s">Src</ref> b<ref name="s" /> c<ref>x</ref>\n<references />');
		expect(all(tree, 'sup').map(textOf)).toEqual(['[1]', '[1]', '[2]']);
		const [first] = all(tree, 'li');
		expect(all(first!, 'a').map((a) => a.properties.href)).toEqual(['#cite_ref-s_1', '#cite_ref-s_1-1']);
	});

	test('without <references /> the notes are listed at the end of the page', async () => {
		const { html } = await render('== A ==\nText<ref>Note text</ref>\n== B ==\nMore');
		expect(html).toMatch(
			/More<\/p><div class="mw-references-wrap"><ol class="references"><li id="cite_note-1">.*Note text/su,
		);
	});

	test('groups are numbered apart and listed by their own <references group>', async () => {
		const tree = await renderTree(
			'a<ref group="note">N</ref> b<ref>R</ref>\n<references group="note" />\n<references />',
		);
		expect(all(tree, 'sup').map(textOf)).toEqual(['[note 1]', '[1]']);
		expect(all(tree, 'ol').map((ol) => textOf(ol).replace(/\W/gu, ''))).toEqual(['N', 'R']);
	});

	test('a named note may get its text inside <references>', async () => {
		const tree = await renderTree(
			'a<ref name="late"/> b\n<references>\n<ref name="late">Defined in the list</ref>\n</references>',
		);
		expect(all(tree, 'sup').map(textOf)).toEqual(['[1]']);
		expect(all(tree, 'li').map((li) => textOf(li).trim())).toEqual(['↑ Defined in the list']);
	});

	test('note text is page text: it goes through the sanitiser', async () => {
		const { html } = await render('x<ref><span onclick="alert(1)">t</span><script>alert(2)</script></ref>');
		expect(html).not.toMatch(/onclick|<script/iu);
		expect(html).toContain('<span>t</span>');
	});
});
