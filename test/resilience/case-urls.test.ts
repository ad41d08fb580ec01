// Two titles never get site paths that differ only in letter case: a site copied to a case-insensitive file
// system (macOS, Windows) would keep one page of the two.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseSafeUrls, urlFor } from '../../src/graph/url.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { parsePage } from '../../src/parse/index.ts';
import { sourceFile } from '../helpers/source.ts';

const parseText = (text: string, relPath: string) => parsePage(sourceFile(text, relPath)).page;

/** As a case-insensitive file system compares names. */
const folded = (path: string) => path.toLowerCase().toUpperCase().toLowerCase();

const letters = fc.constantFrom(
	'a',
	'A',
	'b',
	'B',
	'ß',
	'ẞ',
	'SS',
	'ss',
	'k',
	'K',
	'\u212a',
	'σ',
	'Σ',
	'ς',
	'i',
	'I',
	'İ',
	'ı',
	'_',
	'1',
);
const name = fc.array(letters, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const id = fc
	.tuple(fc.constantFrom('Heuristic', 'Workflow', 'Concept', 'CONCEPT', ''), name)
	.map(([ns, n]) => (ns ? `${ns}:${n}` : n).normalize('NFC'));

describe('caseSafeUrls', () => {
	test('no two ids share a path, even compared case-insensitively', () => {
		fc.assert(
			fc.property(fc.uniqueArray(id, { maxLength: 30 }), (ids) => {
				const urls = caseSafeUrls(ids);
				expect(new Set([...urls.values()].map(folded)).size).toBe(new Set(ids).size);
			}),
			{ numRuns: 3_000 },
		);
	});

	test('titles that do not clash keep urlFor; of clashing ones, one keeps it', () => {
		fc.assert(
			fc.property(fc.uniqueArray(id, { maxLength: 30 }), (ids) => {
				const urls = caseSafeUrls(ids);
				const byFold = new Map<string, string[]>();
				for (const i of ids) byFold.set(folded(urlFor(i)), [...(byFold.get(folded(urlFor(i))) ?? []), i]);
				for (const group of byFold.values()) expect(group.filter((i) => urls.get(i) === urlFor(i))).toHaveLength(1);
			}),
			{ numRuns: 3_000 },
		);
	});

	test('the paths depend on the set of ids, not their order', () => {
		fc.assert(
			fc.property(fc.uniqueArray(id, { maxLength: 30 }), fc.integer(), (ids, seed) => {
				const shuffled = [...ids].sort(
					(a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (a < b ? 1 : -1),
				);
				expect(caseSafeUrls(shuffled)).toEqual(caseSafeUrls(ids));
			}),
			{ numRuns: 1_000 },
		);
	});

	test('a case-only pair: upper case first keeps its path, the other gets a marked one', () => {
		const urls = caseSafeUrls(['Heuristic:Learning_rate', 'Heuristic:Learning_Rate', 'Heuristic:Batch_size']);
		expect(urls.get('Heuristic:Learning_Rate')).toBe('/heuristic/Learning_Rate/');
		expect(urls.get('Heuristic:Learning_rate')).toMatch(/^\/heuristic\/Learning_rate~~case-[0-9a-f]{8}\/$/u);
		expect(urls.get('Heuristic:Batch_size')).toBe('/heuristic/Batch_size/');
	});
});

test('the graph gives two pages whose titles differ only in case two paths, and keeps other paths', () => {
	const pages = [
		parseText('== Overview ==\nOne.\n', 'heuristics/Learning_Rate.wiki'),
		parseText('== Overview ==\nTwo. [[Heuristic:Learning rate]]\n', 'heuristics/Learning_rate.wiki'),
		parseText('== Overview ==\nThree.\n', 'heuristics/Warmup.wiki'),
	];
	const { graph } = buildGraph(pages);
	const url = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId)!.url;
	expect(url('Heuristic:Learning_Rate')).toBe('/heuristic/Learning_Rate/');
	expect(url('Heuristic:Learning_rate')).toMatch(/~~case-/u);
	expect(url('Heuristic:Warmup')).toBe('/heuristic/Warmup/');
});
