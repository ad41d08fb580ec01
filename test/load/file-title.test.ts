import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { pathForTitle, takenPaths, titleFromPath } from '../../src/load/file-title.ts';
import { namespaces, useNamespaces } from '../../src/load/namespaces.ts';
import { parseTitle, type Title } from '../../src/load/title.ts';

afterEach(() => useNamespaces());

describe('titleFromPath', () => {
	test.each([
		['heuristics/Learning_Rate_Tuning.wiki', 'Heuristic:Learning_Rate_Tuning'],
		['Help/Examples/Q1/2.wiki', 'Help:Examples/Q1/2'],
		['help/foo.md', 'Help:Foo'],
		['User_talk/Ann.wiki', 'User_talk:Ann'],
		['Image/Logo.png.wiki', 'File:Logo.png'],
		['Main_Page.wiki', 'Main_Page'],
		['Example/P0101/1.wiki', 'Example/P0101/1'],
		['Property/Foaf%3Aname.wiki', 'Property:Foaf:name'],
		['Tool%3AX.wiki', 'Tool:X'],
		['Help%3AFoo.txt', 'Help:Foo'],
		['%48elp/X.wiki', 'Help/X'],
		['A%2F%2FB.wiki', 'A//B'],
		['smw%2Fschema/Rule.wiki', 'smw/schema:Rule'],
		['100%_sure.wiki', '100%_sure'],
		['%E2%82%AC_rate.wiki', '€_rate'],
	])('%s -> %s', (path, id) => expect(titleFromPath(path)?.id).toBe(id));

	test.each(['heuristics/.wiki', 'Help/A#b.wiki', 'x.json', 'Help//X.wiki', 'A%23b.wiki'])(
		'%s names no title',
		(path) => expect(titleFromPath(path)).toBeUndefined(),
	);

	test('custom namespaces get their folder', () => {
		useNamespaces([{ name: 'Tool', folder: 'tools' }]);
		expect(titleFromPath('tools/Vllm.wiki')).toEqual({ id: 'Tool:Vllm', namespace: 'Tool', name: 'Vllm' });
		expect(pathForTitle(parseTitle('tool:vllm')!)).toBe('tools/Vllm.wiki');
	});
});

describe('pathForTitle', () => {
	test.each([
		['Heuristic:Learning Rate Tuning', 'heuristics/Learning_Rate_Tuning.wiki'],
		['Help:Examples/Q1/2', 'Help/Examples/Q1/2.wiki'],
		['Tool:X', 'Tool%3AX.wiki'],
		['Help/X', '%48elp/X.wiki'],
		['A//B', 'A%2F%2FB.wiki'],
		['Con', '%43on.wiki'],
		['Foo./Bar', 'Foo%2E/Bar.wiki'],
		['.htaccess', '%2Ehtaccess.wiki'],
		['Foo/ bar', 'Foo/%5Fbar.wiki'],
		['What? "Yes" 50% *', 'What%3F_%22Yes%22_50%25_%2A.wiki'],
	])('%s -> %s', (text, path) => expect(pathForTitle(parseTitle(text)!)).toBe(path));

	test('uses the extension asked for, else .wiki', () => {
		expect(pathForTitle(parseTitle('Principle:Q')!, { extension: '.md' })).toBe('principles/Q.md');
		expect(pathForTitle(parseTitle('Principle:Q')!, { extension: '.py' })).toBe('principles/Q.wiki');
	});

	test('no file can hold a Special: or Media: page', () => {
		expect(pathForTitle(parseTitle('Special:Ask')!)).toBeUndefined();
	});

	test('escapes the letters of a part that differs from a taken path only in case', () => {
		const taken = takenPaths(['Help/Foo/bar.wiki']);
		expect(pathForTitle(parseTitle('Help:Foo/Bar')!, { taken })).toBe('Help/Foo/%42%61%72.wiki');
		expect(pathForTitle(parseTitle('Help:FOO/x')!, { taken })).toBe('Help/%46%4F%4F/x.wiki');
		expect(pathForTitle(parseTitle('Help:Foo/bar')!, { taken })).toBe('Help/Foo/bar.wiki');
	});
});

/** Titles in any namespace (five types, MediaWiki's, an open one, main) with names of any characters a title holds. */
const titles = fc
	.tuple(
		fc.constantFrom('', 'Heuristic', 'Help', 'Property', 'User talk', 'Category', 'Tool', 'File'),
		fc.array(
			fc.string({
				unit: fc.oneof(
					fc.constantFrom(
						'a',
						'B',
						' ',
						'.',
						'_',
						'/',
						':',
						'%',
						'*',
						'?',
						'"',
						'\\',
						'é',
						'€',
						'𝒳',
						'C',
						'O',
						'N',
						'2',
					),
					fc.string({ minLength: 1, maxLength: 1 }),
				),
				minLength: 1,
				maxLength: 12,
			}),
			{ minLength: 1, maxLength: 3 },
		),
	)
	.map(([ns, parts]) => parseTitle(`${ns ? `${ns}:` : ''}${parts.join('/')}`))
	.filter((t): t is Title => t !== undefined && !t.fragment);

describe('the mapping round-trips (fast-check)', () => {
	test('titleFromPath(pathForTitle(t)) is t', () => {
		fc.assert(
			fc.property(titles, (title) => {
				const path = pathForTitle(title);
				expect(path).toBeDefined();
				expect(titleFromPath(path!)?.id).toBe(title.id);
			}),
			{ numRuns: 3000 },
		);
	});

	test('paths are portable: no character Windows forbids, no hidden or skipped name, no device name, no trailing dot on a folder', () => {
		fc.assert(
			fc.property(titles, (title) => {
				const segments = pathForTitle(title)!.split('/');
				for (const [i, s] of segments.entries()) {
					expect(s).not.toMatch(/[\\:*?"<>|\u0000-\u001f]/u);
					expect(s).not.toMatch(/^[._]/u);
					expect(s).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/iu);
					if (i < segments.length - 1) expect(s).not.toMatch(/\.$/u);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test('two titles never get paths that differ only in case when the first is taken', () => {
		fc.assert(
			fc.property(titles, fc.integer({ min: 0, max: 1000 }), (title, seed) => {
				// a case variant of the title: flip the case of one letter after the first
				const chars = [...title.name];
				const at = 1 + (seed % Math.max(1, chars.length - 1));
				const ch = chars[at];
				if (!ch || ch.toLowerCase() === ch.toUpperCase()) return;
				chars[at] = ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
				const variant = parseTitle(`${title.namespace ? `${title.namespace}:` : ''}${chars.join('')}`);
				if (!variant || variant.id === title.id) return;
				const first = pathForTitle(title)!;
				const second = pathForTitle(variant, { taken: takenPaths([first]) })!;
				expect(second.toLowerCase()).not.toBe(first.toLowerCase());
				expect(titleFromPath(second)?.id).toBe(variant.id);
			}),
			{ numRuns: 2000 },
		);
	});

	test('any path that names a title maps back to a path of the same title', () => {
		const segment = fc.string({
			unit: fc.constantFrom('a', 'Z', '_', '.', '%', '3', 'A', 'F', ':', 'é', ' ', '-'),
			minLength: 1,
			maxLength: 8,
		});
		const folder = fc.constantFrom('', 'Help/', 'heuristics/', 'Property/', 'Example/', 'help/');
		fc.assert(
			fc.property(
				folder,
				fc.array(segment, { minLength: 1, maxLength: 3 }),
				fc.constantFrom('.wiki', '.md'),
				(dir, parts, ext) => {
					const title = titleFromPath(`${dir}${parts.join('/')}${ext}`);
					if (!title) return;
					expect(titleFromPath(pathForTitle(title)!)?.id).toBe(title.id);
				},
			),
			{ numRuns: 3000 },
		);
	});
});

test('the namespace table knows MediaWiki, Semantic MediaWiki and the five page types', () => {
	expect(namespaces().byName('property')?.id).toBe(102);
	expect(namespaces().byName('image')?.name).toBe('File');
	expect(namespaces().byFolderName('heuristics')?.name).toBe('Heuristic');
	expect(namespaces().byFolderName('Example')).toBeUndefined();
	expect(() => useNamespaces([{ name: 'Help' }])).toThrow(/declared twice/u);
});
