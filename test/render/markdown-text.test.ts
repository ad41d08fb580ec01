// `markdownText` (the cheaper `text` handler) writes what the library's own `text` handler writes: on generated
// Markdown trees rich in the characters Markdown escapes, both whole documents compared.
import fc from 'fast-check';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { defaultHandlers, toMarkdown } from 'mdast-util-to-markdown';
import { expect, test } from 'vitest';
import { markdownOptions } from '../../src/render/to-markdown.ts';

const libraryOptions = { ...markdownOptions, handlers: { ...markdownOptions.handlers, text: defaultHandlers.text } };

/** Text made of what can start, end or break Markdown constructs, and of plain words. */
const text = fc
	.array(
		fc.oneof(
			fc.constantFrom(...'\\*_`[]()!#-+.1:@wWps/<>&|~$= \t\n\r'.split('')),
			fc.constantFrom('www.', 'http://', 'a_b', '1. ', '- ', '# ', '&amp;', '<b>', 'x', 'word', '  '),
		),
		{ maxLength: 12 },
	)
	.map((parts) => parts.join(''));

const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>((tie) => ({
	node: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		text.map((value): PhrasingContent => ({ type: 'text', value })),
		text.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
		text.map((value) => ({ type: 'inlineMath', value }) as unknown as PhrasingContent),
		fc.constant<PhrasingContent>({ type: 'break' }),
		fc.constant<PhrasingContent>({ type: 'html', value: '<br>' }),
		fc
			.tuple(fc.constantFrom('emphasis', 'strong', 'delete'), fc.array(tie('node'), { maxLength: 3 }))
			.map(([type, children]) => ({ type, children }) as PhrasingContent),
		fc
			.tuple(fc.constantFrom('/a/', 'https://x.org/(y)', '#z'), fc.array(tie('node'), { maxLength: 3 }))
			.map(([url, children]): PhrasingContent => ({ type: 'link', url, children: children as never })),
	),
})).node;

const inline = fc.array(phrasing, { maxLength: 5 });

const block: fc.Arbitrary<RootContent> = fc.oneof(
	inline.map((children): RootContent => ({ type: 'paragraph', children })),
	fc
		.tuple(fc.integer({ min: 1, max: 6 }), inline)
		.map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1, children })),
	fc.array(inline, { minLength: 1, maxLength: 3 }).map((items): RootContent => ({
		type: 'list',
		ordered: false,
		spread: false,
		children: items.map((children) => ({
			type: 'listItem',
			spread: false,
			children: [{ type: 'paragraph', children }],
		})),
	})),
	fc.array(inline, { minLength: 1, maxLength: 3 }).map((cells): RootContent => ({
		type: 'table',
		children: [cells, cells].map((row) => ({
			type: 'tableRow',
			children: row.map((children) => ({ type: 'tableCell', children })),
		})),
	})),
	inline.map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] })),
);

test('generated trees: the same Markdown as the library text handler writes', () => {
	fc.assert(
		fc.property(fc.array(block, { maxLength: 6 }), (children) => {
			const tree: Root = { type: 'root', children };
			expect(toMarkdown(tree as Nodes, markdownOptions)).toBe(toMarkdown(tree as Nodes, libraryOptions));
		}),
		{ numRuns: 3000 },
	);
});
