// `{{#ask:}}`, `{{#show:}}` and `{{#concept:}}` in pages, end to end through the pipeline: each result format as
// the page shows it, problems as diagnostics at their line, the same bytes on every run, and a cached page whose
// query result changes is shown with the new result (and only such a page gets a new digest).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageId } from '../../src/load/types.ts';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { SMW_QUERIES } from '../helpers/paths.ts';

let result: PipelineResult;
let overview: string;
let work: string;

/** The HTML of one query's result on a page, by its place among the page's results. */
function results(html: string): string[] {
	return [
		...html.matchAll(/<(div|span) class="smw-query">([\s\S]*?)<\/\1>(?=<(?:p|div|h2|\/p)|$| towns| people)/gu),
	].map((m) => m[2]!);
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'wikikb-queries-'));
	result = await runPipeline({ contentDir: SMW_QUERIES, render: true, cacheDir: false, threads: 1 });
	overview = (await result.bodies.get('Town_overview' as PageId))!.html;
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('result formats on a page', () => {
	test('every query of the page is answered in place: no placeholder is left', () => {
		expect(overview).not.toContain('wikikb-query');
		expect(results(overview).length).toBeGreaterThanOrEqual(12);
	});

	test('table: a header per printout, rows in the order asked, numbers formatted with their sort value', () => {
		const table = /<table class="sortable wikitable smwtable">[\s\S]*?<\/table>/u.exec(overview)![0];
		expect([...table.matchAll(/<th[^>]*>(.*?)<\/th>/gu)].map((m) => m[1]!.replace(/<[^>]+>/gu, ''))).toEqual([
			'\u00a0',
			'Population',
			'Country',
		]);
		expect(
			[...table.matchAll(/data-row-number="\d+" class="row-\w+"><td class="smwtype_wpg"><a href="([^"]+)"/gu)].map(
				(m) => m[1],
			),
		).toEqual(['/page/Westport/', '/page/Nordhavn/', '/page/Millbrook/', '/page/Fjellby/', '/help/Isby/']);
		expect(table).toContain('<td class="Population smwtype_num" data-sort-value="2100000">2,100,000</td>');
		// the country column links the property page under its label
		expect(table).toContain('<th class="Country"><a href="/property/Located_in/">Country</a></th>');
	});

	test('list, ul, ol: items in order, printouts in brackets, a link to further results after a limit', () => {
		expect(overview).toMatch(
			/<span class="smw-format list-format">.*Millbrook.*<\/span>, <span class="smw-row">.*Westport/u,
		);
		expect(overview).toMatch(
			/<ul class="smw-format ul-format"><li class="smw-row">.*Nordhavn.*Population.*709,000.*<\/li><li class="smw-row">.*Westport/u,
		);
		expect(overview).toMatch(
			/<ol class="smw-format ol-format" start="1"><li class="smw-row">.*Isby.*<\/li><li class="smw-row">.*Fjellby.*<\/li><\/ol><span class="smw-ol-furtherresults"><a href="\/ask\/\?q=[^"]*offset%3D2">… further results<\/a><\/span>/u,
		);
	});

	test('count inline, plainlist with its separator, template rows, category columns', () => {
		expect(overview).toContain('<p>There are <span class="smw-query">5</span> towns.</p>');
		expect(overview).toContain('<p><a href="/page/Arland/">Arland</a>;<a href="/page/Borea/">Borea</a></p>');
		expect(overview).toContain('<ul><li>Nordhavn: 709,000 people</li><li>Westport: 2,100,000 people</li></ul>');
		expect([...overview.matchAll(/<div class="smw-column-header">(.)<\/div>/gu)].map((m) => m[1])).toEqual([
			'A',
			'I',
			'M',
			'N',
			'W',
		]);
	});

	test('broadtable with plain headers and a main label; `default` when nothing is found', () => {
		expect(overview).toContain(
			'<table class="sortable wikitable smwtable broadtable"><tr><th class="Town">Town</th><th class="Population">Population</th></tr>',
		);
		expect(overview).toContain('<p>No town is that large.</p>');
	});

	test('embedded: each page under a heading, its text transcluded', () => {
		expect(overview).toMatch(
			/<h3><a href="\/page\/Nordhavn\/">Nordhavn<\/a><\/h3><p><b>Nordhavn<\/b> is the capital of Borea\./u,
		);
		expect(overview).toMatch(
			/<h3><a href="\/page\/Westport\/">Westport<\/a><\/h3><p><b>Westport<\/b> is the capital of Arland\./u,
		);
	});

	test('csv links to the /ask/ page with the query; #show gives one value inline', () => {
		expect(overview).toContain(
			'<span class="smw-csv-furtherresults"><a href="/ask/?q=%5B%5BCategory%3ATown%5D%5D%7Cformat%3Dcsv">CSV</a></span>',
		);
		expect(overview).toContain('<p>Nordhavn has <span class="smw-query">709,000</span> people.</p>');
	});

	test("a query a template writes is run once per call, with the call's parameters", async () => {
		const html = (await result.bodies.get('Towns_by_country' as PageId))!.html;
		const towns = (country: string) =>
			[
				.../* one paragraph per call */ new RegExp(
					`<p>Towns of ${country}: <span class="smw-query">(.*?)</span></p>`,
					'u',
				)
					.exec(html)![1]!
					.matchAll(/<a href="[^"]+">([^<]+)<\/a>/gu),
			].map((m) => m[1]);
		expect(towns('Borea')).toEqual(['Fjellby', 'Isby', 'Nordhavn']);
		expect(towns('Arland')).toEqual(['Millbrook', 'Westport']);
	});

	test('a problem of a query inside a paragraph is noted inline (no block inside the paragraph)', async () => {
		const html = (await result.bodies.get('Towns_by_country' as PageId))!.html;
		const call =
			/<p>Towns of <a href="\/page\/Nowhere\/">Nowhere<\/a>: <span class="smw-query">(.*)<\/span><\/p>$/su.exec(
				html,
			)![1]!;
		expect(call).not.toMatch(/<(?:p|div|ul)[\s>]/u);
		expect(call).toContain(
			'<span class="smw-query-errors" role="note"><strong>Problems with this query:</strong><span class="smw-query-error">The value <code>[[Nowhere</code>',
		);
	});

	test('a concept page lists its members under its description and query', async () => {
		const concept = (await result.bodies.get('Concept:Large_towns' as PageId))!.html;
		expect(concept).toContain('<div class="smw-concept-description">Towns of more than half a million people.</div>');
		expect([...concept.matchAll(/<li class="smw-row">.*?>([^<>]+)<\/a>/gu)].map((m) => m[1])).toEqual([
			'Millbrook',
			'Nordhavn',
			'Westport',
		]);
	});
});

describe('problems', () => {
	test('each bad query is a diagnostic at its file, line and column', () => {
		const found = result.diagnostics
			.filter((d) => d.rule.startsWith('query'))
			.map((d) => [d.file.split('/').pop(), d.line, d.col, d.rule]);
		expect(found).toEqual([
			['Bad_queries.wiki', 3, 23, 'query-error'],
			['Bad_queries.wiki', 5, 28, 'query-error'],
			['Bad_queries.wiki', 7, 28, 'query-ignored'],
			// written by a template: placed at the call, which the message names
			['Towns_by_country.wiki', 7, 1, 'query-error'],
			['Towns_by_country.wiki', 7, 1, 'query-error'],
		]);
		expect(
			result.diagnostics
				.filter((d) => d.file.endsWith('Towns_by_country.wiki') && d.rule === 'query-error')
				.every((d) => d.message.endsWith('(written by the template `Towns of`)')),
		).toBe(true);
	});

	test('the page shows what could be read, then the problem', async () => {
		const html = (await result.bodies.get('Bad_queries' as PageId))!.html;
		expect(html).toContain(
			'<span class="smw-query-errors" role="note"><strong>Problem with this query: </strong>The value <code>>></code> of <code>Population</code> cannot be read',
		);
		expect(html.match(/smw-query-errors/gu)).toHaveLength(2);
	});

	test('query text cannot put markup on the page', async () => {
		const dir = join(work, 'hostile');
		cpSync(SMW_QUERIES, dir, { recursive: true });
		writeFileSync(
			join(dir, 'Hostile.wiki'),
			'{{#ask: [[Category:Town]] |intro=<script>alert(1)</script> |default=<img src=x onerror=alert(1)> |format=nonsense<svg onload=alert(1)> }}\n{{#ask: [[Has motto::No such motto]] |default=<b onclick="x()">none</b> }}\n',
		);
		const hostile = await runPipeline({ contentDir: dir, render: true, cacheDir: false, threads: 1 });
		const html = (await hostile.bodies.get('Hostile' as PageId))!.html;
		// written as text at most, never as a tag or an attribute
		expect(html).not.toMatch(/<(?:script|svg|img)|<[a-z][^>]*\son\w+=/iu);
		expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
		expect(html).toContain('<b>none</b>');
	});
});

describe('runs', () => {
	test('the same input gives the same bytes', async () => {
		const again = await runPipeline({ contentDir: SMW_QUERIES, render: true, cacheDir: false, threads: 2 });
		expect((await again.bodies.get('Town_overview' as PageId))!.html).toBe(overview);
		expect(again.diagnostics).toEqual(result.diagnostics);
	}, 120_000);

	test('a cached page shows the new result when a page its query reads changes, and only its digest moves', async () => {
		const dir = join(work, 'content');
		const cache = join(work, 'cache');
		cpSync(SMW_QUERIES, dir, { recursive: true });
		const before = await runPipeline({ contentDir: dir, render: true, cacheDir: cache, threads: 1 });
		const fjellby = join(dir, 'Fjellby.wiki');
		writeFileSync(fjellby, readFileSync(fjellby, 'utf8').replace('291000', '3000000'));
		const after = await runPipeline({ contentDir: dir, render: true, cacheDir: cache, threads: 1 });
		expect(after.stats.processed).toBe(1);
		const html = (await after.bodies.get('Town_overview' as PageId))!.html;
		expect(html).toMatch(
			/<tr data-row-number="1" class="row-odd"><td class="smwtype_wpg"><a href="\/page\/Fjellby\/">Fjellby<\/a><\/td><td class="Population smwtype_num" data-sort-value="3000000">3,000,000<\/td>/u,
		);
		const moved = (id: string) => before.bodies.info(id as PageId)!.digest !== after.bodies.info(id as PageId)!.digest;
		expect(moved('Town_overview')).toBe(true);
		expect(moved('Concept:Large_towns')).toBe(true);
		// its first query prints every town's population
		expect(moved('Bad_queries')).toBe(true);
		expect(moved('Concept:Large_or_northern')).toBe(false);
		expect(moved('Arland')).toBe(false);
		expect(moved('Millbrook')).toBe(false);
		const unchanged = await runPipeline({ contentDir: dir, render: true, cacheDir: cache, threads: 1 });
		expect(unchanged.stats.processed).toBe(0);
		expect(unchanged.bodies.info('Town_overview' as PageId)).toEqual(after.bodies.info('Town_overview' as PageId));
	}, 180_000);
});
