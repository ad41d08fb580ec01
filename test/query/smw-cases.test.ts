// The query language against what Semantic MediaWiki's own query test cases state (its JSONScript `q-*.json`
// files, named in each test), on our own pages (test/fixtures/smw-queries): which pages a condition finds,
// how results are ordered and paged, and what each printout holds.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Graph } from '../../src/graph/types.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { ask, askApiJson, queryStore, type AskResult } from '../../src/query/index.ts';
import { SMW_QUERIES, SMW_WIKI } from '../helpers/paths.ts';
import { toTextTable } from '../../src/query/index.ts';

let graph: Graph;

beforeAll(async () => {
	graph = (await runPipeline({ contentDir: SMW_QUERIES, cacheDir: false, threads: 1 })).graph;
}, 120_000);

/** The subjects a query finds, as SMW keys them (full title, `#subobject`), in result order. */
const subjects = (query: string): string[] => ask(query, graph).rows.map((r) => r.subject.fulltext);
/** The subjects as a sorted set (SMW's test cases compare results as sets unless they sort). */
const found = (query: string): string[] => subjects(query).sort();
/** The values of one column, row by row, as written. */
const column = (result: AskResult, index: number): string[][] =>
	result.rows.map((r) => r.cells[index]!.map((v) => v.written));

const TOWNS = ['Fjellby', 'Help:Isby', 'Millbrook', 'Nordhavn', 'Westport'];

describe('conditions (q-0101, q-0603, q-0604, q-0608, q-0611, q-0614)', () => {
	test("a category finds its pages and its subcategories' pages; `+depth=0` only its own", () => {
		expect(found('[[Category:Town]]')).toEqual(TOWNS);
		expect(found('[[Category:Town|+depth=0]]')).toEqual(['Fjellby', 'Help:Isby', 'Millbrook']);
		expect(found('[[Category:Capital]]')).toEqual(['Nordhavn', 'Westport']);
		expect(found('[[Category:Place]]')).toEqual(['Arland', 'Borea', ...TOWNS].sort());
	});

	test('`Subcategory of` reads a name without `Category:` as a category, as with it (q-0623)', () => {
		expect(found('[[Subcategory of::Town]]')).toEqual(['Category:Capital']);
		expect(found('[[Subcategory of::Category:Town]]')).toEqual(['Category:Capital']);
		expect(found('[[Subcategory of::Place]]')).toEqual(['Category:Country', 'Category:Town']);
	});

	test('a namespace with `+` finds every page in it (q-0611)', () => {
		expect(found('[[Help:+]]')).toEqual(['Help:Isby']);
		expect(found('[[Help:+]] [[Category:Town]]')).toEqual(['Help:Isby']);
	});

	test('conditions side by side are AND; `OR` and `||` are OR (q-0603)', () => {
		expect(found('[[Category:Town]] [[Located in::Arland]]')).toEqual(['Millbrook', 'Westport']);
		expect(found('[[Located in::Arland]] OR [[Capital of::Borea]]')).toEqual(['Millbrook', 'Nordhavn', 'Westport']);
		expect(found('[[Located in::Arland||Borea]]')).toEqual(TOWNS);
	});

	test('a page condition names pages, and a redirect names its target (q-0604, q-0608)', () => {
		expect(found('[[Westport]] OR [[Fjellby]]')).toEqual(['Fjellby', 'Westport']);
		expect(found('[[:Old Westport]]')).toEqual(['Westport']);
		expect(found('[[~*brook]]')).toEqual(['Millbrook']);
	});

	test('a value that is a redirect matches its target, and a property redirect is the property (q-0604)', () => {
		// Millbrook is twinned with `Old Westport`, which redirects to Westport
		expect(found('[[Twinned with::Westport]]')).toEqual(['Millbrook']);
		expect(found('[[Twinned with::Old Westport]]')).toEqual(['Millbrook']);
		// Fjellby writes `Country`, a redirect to `Located in`
		expect(found('[[Located in::Borea]] [[Category:Town|+depth=0]]')).toEqual(['Fjellby', 'Help:Isby']);
		expect(found('[[Country::Borea]]')).toEqual(found('[[Located in::Borea]]'));
	});

	test("a subproperty's values count for its parent; `+depth=0` leaves them out (q-0401, q-0615)", () => {
		expect(found('[[Located in::Borea]]')).toEqual(['Fjellby', 'Help:Isby', 'Nordhavn']);
		expect(found('[[Located in::Borea|+depth=0]]')).toEqual(['Fjellby', 'Help:Isby']);
		expect(found('[[Capital of::+]]')).toEqual(['Nordhavn']);
	});
});

describe('comparators and typed values (q-0605, q-0610, q-0613, q-0616, q-0617)', () => {
	test('numbers: `>` and `<` include the value (SMW is not strict), `>>` and `<<` do not, `!` is "not"', () => {
		expect(found('[[Population::>522000]]')).toEqual(['Millbrook', 'Nordhavn', 'Westport']);
		expect(found('[[Population::>>522000]]')).toEqual(['Nordhavn', 'Westport']);
		expect(found('[[Population::<522000]]')).toEqual(['Fjellby', 'Help:Isby', 'Millbrook']);
		expect(found('[[Population::<<522000]]')).toEqual(['Fjellby', 'Help:Isby']);
		expect(found('[[Population::!522000]]')).toEqual(['Fjellby', 'Help:Isby', 'Nordhavn', 'Westport']);
		expect(found('[[Population::522,000]]')).toEqual(['Millbrook']);
	});

	test('dates compare at the precision written: a year is the whole year', () => {
		expect(found('[[Founded::<1900]]')).toEqual(['Nordhavn', 'Westport']);
		expect(found('[[Founded::1048]]')).toEqual(['Nordhavn']);
		expect(found('[[Founded::>1 June 1901]]')).toEqual(['Help:Isby', 'Millbrook']);
		expect(found('[[Founded::4 March 1802]]')).toEqual(['Westport']);
	});

	test('text patterns: `~` and `!~` with `*` and `?`, whole value, case kept (q-0605)', () => {
		expect(found('[[Has motto::~*of*]]')).toEqual(['Arland', 'Borea']);
		expect(found('[[Has motto::~Kingdom*]]')).toEqual(['Borea']);
		expect(found('[[Has motto::~kingdom*]]')).toEqual([]);
		expect(found('[[Has motto::~Open to the se?]]')).toEqual(['Westport']);
		expect(found('[[Has motto::!~*of*]]')).toEqual(['Westport']);
	});

	test('`+` is any value; a property nobody uses finds nothing', () => {
		expect(found('[[Founded::+]]')).toEqual(['Help:Isby', 'Millbrook', 'Nordhavn', 'Westport']);
		expect(found('[[Has no such property::+]]')).toEqual([]);
	});

	test('`<` and `>` on pages compare sort keys, which `DEFAULTSORT` sets (q-0610)', () => {
		// Fjellby sorts as `Aa Fjellby`
		expect(found('[[Category:Town]] [[>M]]')).toEqual(['Millbrook', 'Nordhavn', 'Westport']);
		expect(found('[[Category:Town]] [[<B]]')).toEqual(['Fjellby']);
	});
});

describe('quantities, dates and `in:` on the SMW test wiki (q-0501, q-0616)', () => {
	let wiki: Graph;
	beforeAll(async () => {
		wiki = (await runPipeline({ contentDir: SMW_WIKI, cacheDir: false, threads: 1 })).graph;
	}, 120_000);
	const on = (query: string) =>
		ask(query, wiki)
			.rows.map((r) => r.subject.fulltext)
			.sort();

	test('a quantity compares in any of its units (Lhotse is written in feet)', () => {
		expect(on('[[Has height::>8000 m]]')).toEqual(['K2', 'Kangchenjunga', 'Lhotse', 'Mount Everest']);
		expect(on('[[Has height::>28000 ft]]')).toEqual(['K2', 'Kangchenjunga', 'Mount Everest']);
		expect(on('[[Has height::<8.6 km]]')).toEqual(['Kangchenjunga', 'Lhotse']);
		expect(on('[[Has summit temperature::<-30 °C]]')).toEqual(['K2']);
	});

	test('printouts show a quantity in its display unit, in a unit asked (`#ft`), or raw (`#-`)', () => {
		const table = toTextTable(
			queryStore(wiki),
			ask(
				'[[Has height::+]]|?Has height|?Has height#ft=Feet|?Has height#-=Raw|sort=Has height|order=desc|limit=2',
				wiki,
			),
		);
		expect(table.split('\n').slice(2, 4)).toEqual([
			'Mount Everest  8,849 m     29,032.153 ft  8849 m',
			'K2             8,611 m     28,251.313 ft  8611 m',
		]);
	});

	test('`in:` is a range: the year for a year, 0 to the value for a number, a part for a text (q-0616)', () => {
		expect(on('[[Has first ascent::in:1953]]')).toEqual(['Mount Everest', 'Mount Everest#South Col route']);
		expect(ask('[[Population::in:600000]]', graph).rows.map((r) => r.subject.fulltext)).toEqual([
			'Fjellby',
			'Help:Isby',
			'Millbrook',
		]);
		expect(ask('[[Has motto::in:Kingdom]]', graph).rows.map((r) => r.subject.fulltext)).toEqual(['Borea']);
	});

	test('dates sort by value, a page with several values by its earliest when ascending', () => {
		expect(
			ask('[[Has first ascent::+]]|sort=Has first ascent|limit=3', wiki).rows.map((r) => r.subject.fulltext),
		).toEqual(['Example/P01/2', 'Mount Everest#South Col route', 'Mount Everest']);
	});
});

describe('chains, inverses, subqueries and subobjects (q-0204, q-0601, q-0606, q-0620)', () => {
	test('a property chain follows page values', () => {
		expect(found('[[Located in.Member of::Western Union]]')).toEqual(['Millbrook', 'Westport']);
	});

	test('subobjects are results of their own, reached from their page by `Has subobject`', () => {
		const harbour = found('[[Member of::Harbour League]]');
		expect(harbour).toHaveLength(2);
		expect(harbour.map((s) => s.split('#')[0])).toEqual(['Arland', 'Borea']);
		expect(harbour.every((s) => /#_[0-9a-f]{32}$/u.test(s))).toBe(true);
		expect(found('[[Has subobject.Member of::Harbour League]]')).toEqual(['Arland', 'Borea']);
		expect(found('[[Located in.Has subobject.Member of::Harbour League]]')).toEqual(TOWNS);
	});

	test('an inverse property finds the values of the pages that name the value', () => {
		expect(found('[[-Located in::Westport]]')).toEqual(['Arland']);
		expect(found('[[-Located in::Fjellby]]')).toEqual(['Borea']);
	});

	test('a subquery stands for the pages it finds, nested too', () => {
		expect(found('[[Located in::<q>[[Member of::Western Union]]</q>]]')).toEqual(['Millbrook', 'Westport']);
		expect(found('[[Has subobject::<q>[[Member of::Harbour League]]</q>]]')).toEqual(['Arland', 'Borea']);
		expect(
			found(
				'[[Located in::<q>[[Has subobject::<q>[[Member of::Harbour League]]</q>]] [[Member of::Western Union]]</q>]]',
			),
		).toEqual(['Millbrook', 'Westport']);
	});
});

describe('concepts (q-0201)', () => {
	test('a concept finds what its query finds, and a concept can use another', () => {
		expect(found('[[Concept:Large towns]]')).toEqual(['Millbrook', 'Nordhavn', 'Westport']);
		expect(found('[[Concept:Large or northern]]')).toEqual(TOWNS);
		expect(found('[[Concept:Large towns]] [[Located in::Arland]]')).toEqual(['Millbrook', 'Westport']);
	});
});

describe('sort, order, limit, offset (q-0625, q-0626)', () => {
	test('without `sort`, results follow their sort keys', () => {
		expect(subjects('[[Category:Town]]')).toEqual(['Fjellby', 'Help:Isby', 'Millbrook', 'Nordhavn', 'Westport']);
	});

	test('sort by a property, descending, paged', () => {
		const result = ask('[[Category:Town]]|?Population|sort=Population|order=desc|limit=2|offset=1', graph);
		expect(result.rows.map((r) => r.subject.fulltext)).toEqual(['Nordhavn', 'Millbrook']);
		expect(column(result, 1)).toEqual([['709000'], ['522000']]);
		expect(result.count).toBe(5);
		expect(result.further).toBe(true);
		expect(
			ask('[[Category:Town]]|sort=Population|order=asc|offset=3', graph).rows.map((r) => r.subject.fulltext),
		).toEqual(['Nordhavn', 'Westport']);
	});

	test('`order=random` is the same order on every run (seeded), and still every result', () => {
		const once = subjects('[[Category:Town]]|order=random');
		expect(subjects('[[Category:Town]]|order=random')).toEqual(once);
		expect([...once].sort()).toEqual(TOWNS);
	});

	test('`limit=0` gives no rows but says more exist', () => {
		const result = ask('[[Category:Town]]|limit=0', graph);
		expect(result.rows).toEqual([]);
		expect(result.further).toBe(true);
	});
});

describe('printouts (q-0624, q-0625)', () => {
	test('`?prop=Label` heads a column; `?Category` lists categories; `mainlabel` heads the subjects', () => {
		const result = ask('[[Category:Town]]|?Located in=Country|?Category|mainlabel=Town|sort=|limit=3', graph);
		expect(result.columns.map((c) => c.label)).toEqual(['Town', 'Country', 'Category']);
		expect(column(result, 1)).toEqual([['Borea'], ['Borea'], ['Arland']]);
		expect(column(result, 2)).toEqual([['Category:Town'], ['Category:Town'], ['Category:Town']]);
	});

	test("a printout of a parent property does not show its subproperty's values", () => {
		const result = ask('[[Nordhavn]]|?Located in|?Capital of', graph);
		expect(column(result, 1)).toEqual([[]]);
		expect(column(result, 2)).toEqual([['Borea']]);
	});

	test("printout parameters order and page a cell's values; an inverse printout lists who names the page (q-0626)", () => {
		expect(column(ask('[[Arland]]|?-Located in', graph), 1)).toEqual([['Millbrook', 'Westport']]);
		expect(column(ask('[[Arland]]|?-Located in|+order=desc', graph), 1)).toEqual([['Westport', 'Millbrook']]);
		expect(column(ask('[[Arland]]|?-Located in|+order=desc|+limit=1', graph), 1)).toEqual([['Westport']]);
		expect(column(ask('[[Arland]]|?-Located in|+offset=1', graph), 1)).toEqual([['Westport']]);
	});

	test('`?#` puts the subject column where it stands', () => {
		const result = ask('[[Westport]]|?Population|?#=Town', graph);
		expect(result.columns.map((c) => c.label)).toEqual(['Population', 'Town']);
		expect(result.rows[0]!.cells[1]!.map((v) => v.entity?.fulltext)).toEqual(['Westport']);
	});

	test('a printout chain shows the values at its end', () => {
		const result = ask('[[Westport]]|?Located in.Member of=Union', graph);
		expect(column(result, 1)).toEqual([['Western Union']]);
	});

	test("`mainlabel=-` drops the subject column; `#show` shows one page's values alone", () => {
		expect(ask('[[Westport]]|?Population|mainlabel=-', graph).columns.map((c) => c.label)).toEqual(['Population']);
		const shown = ask(['Nordhavn', '?Population'], graph, { mode: 'show' });
		expect(shown.columns).toHaveLength(1);
		expect(column(shown, 0)).toEqual([['709000']]);
	});

	test('the ask API JSON keys results by full title with their printouts, and counts them', () => {
		const json = askApiJson(queryStore(graph), ask('[[Category:Capital]]|?Population', graph));
		expect(Object.keys(json.query.results)).toEqual(['Nordhavn', 'Westport']);
		expect(
			(json.query.results as Record<string, { printouts: Record<string, unknown> }>).Westport!.printouts.Population,
		).toEqual([2100000]);
		expect(json.query.printrequests.map((p) => p.label)).toEqual(['', 'Population']);
		expect(json.query.meta.count).toBe(2);
	});
});

describe('problems (never a crash, never silent)', () => {
	test('a value that cannot be read is an error at its place, and the condition is read as any value', () => {
		const result = ask('[[Population::>>]]', graph);
		expect(result.issues.map((i) => [i.severity, i.at.arg, i.at.offset])).toEqual([['error', 0, 14]]);
		expect(result.count).toBe(5);
	});

	test('an unknown format is an error, an unknown parameter a warning', () => {
		expect(ask('[[Category:Town]]|format=nonsense', graph).issues.map((i) => i.severity)).toEqual(['error']);
		expect(ask('[[Category:Town]]|limt=5', graph).issues.map((i) => i.severity)).toEqual(['warning']);
	});

	test('unclosed brackets are an error at the end, and what was read is still asked (as SMW does)', () => {
		const unclosed = ask('[[Category:Town', graph);
		expect(unclosed.issues.map((i) => [i.severity, i.code, i.at.offset])).toEqual([
			['error', 'smw_noclosingbrackets', 14],
		]);
		expect(unclosed.count).toBe(5);
	});

	test('a query of nothing but text finds nothing and says why', () => {
		const result = ask('Category:Town', graph);
		expect(result.rows).toEqual([]);
		expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
	});
});
