// The Semantic MediaWiki-style test wiki (test/fixtures/smw-wiki): every namespace, declared types, templates, redirects.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run.ts';
import { SMW_WIKI } from '../helpers/paths.ts';

let result: PipelineResult;
beforeAll(async () => {
	result = await runPipeline({ contentDir: SMW_WIKI, cacheDir: false });
}, 120_000);

const node = (id: string) => result.graph.nodes.find((n) => n.id === id);

describe('the SMW test wiki', () => {
	test('pages of every namespace get their titles from their paths', () => {
		const ids = result.files.map((f) => f.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'Main_Page',
				'Example/P01/1',
				'Help:Examples/Q1/2',
				'Property:Has_height',
				'Category:Eight-thousanders',
				'Template:Infobox_mountain',
				'Concept:High_peaks',
			]),
		);
		expect(result.files).toHaveLength(39);
	});

	test('every link and page value resolves: no red link, no wanted page', () => {
		expect(result.graph.nodes.filter((n) => n.missing)).toEqual([]);
		expect(result.diagnostics.filter((d) => d.rule === 'missing-page')).toEqual([]);
	});

	test('every fact is typed by its declared type, none is invalid', () => {
		expect(result.graph.facts.filter((f) => !f.typed)).toEqual([]);
		const types = Object.fromEntries(
			result.graph.facts.filter((f) => f.subject === 'Mount_Everest' && !f.subobject).map((f) => [f.property, f.type]),
		);
		expect(types).toEqual({
			'Has height': '_qty',
			'Has prominence': '_num',
			'Has country': '_wpg',
			'Has website': '_uri',
			'Has first ascent': '_dat',
			'Has summit temperature': '_tem',
			'Has contact': '_ema',
			'Has phone': '_tel',
			'Is eight-thousander': '_boo',
			'Has ID': '_eid',
			'Has annotation': '_anu',
		});
		const lhotse = result.graph.facts.find((f) => f.subject === 'Lhotse' && f.property === 'Has height');
		expect(lhotse).toMatchObject({
			value: '27,940 ft',
			template: 'Infobox mountain',
			line: 1,
			typed: { unit: 'm', written: { number: 27940, unit: 'ft' } },
		});
	});

	test('properties carry their declarations; undeclared properties have the default type', () => {
		const height = result.graph.properties.find((p) => p.name === 'Has height');
		expect(height).toMatchObject({
			type: '_qty',
			source: 'page',
			page: 'Property:Has_height',
			declaration: { displayUnits: ['m', 'ft'] },
		});
		expect(height?.declaration.units?.map((u) => u.names[0])).toEqual(['m', 'ft', 'km']);
		expect(result.graph.properties.find((p) => p.name === 'Located in')?.declaration.subpropertyOf).toEqual([
			'Has country',
		]);
		expect(result.graph.properties.find((p) => p.name === 'Has elevation')?.redirectTo).toBe('Has height');
	});

	test('redirects are alias nodes; links through them reach the target; chains and loops are reported', () => {
		expect(node('Everest')).toMatchObject({ kind: 'redirect', redirectTo: 'Mount_Everest' });
		expect(node('Chomolungma')).toMatchObject({ kind: 'redirect', redirectTo: 'Mount_Everest' });
		const fromMain = result.graph.edges.filter((e) => e.from === 'Main_Page' && e.relation === 'link').map((e) => e.to);
		expect(fromMain).toContain('Mount_Everest');
		expect(fromMain).not.toContain('Everest');
		const rules = result.diagnostics
			.filter((d) => d.rule.startsWith('redirect-'))
			.map((d) => `${d.rule} ${d.file.split('/').pop()}`);
		expect(rules.sort()).toEqual([
			'redirect-chain Chomolungma.wiki',
			'redirect-loop Loop_A.wiki',
			'redirect-loop Loop_B.wiki',
		]);
	});

	test('display titles, sort keys, subobjects and category sort keys', () => {
		expect(node('Mount_Everest')).toMatchObject({
			title: 'Mount Everest',
			displayTitle: 'Mount Everest',
			categorySortKeys: { 'Eight-thousanders': 'Everest' },
		});
		expect(node('Lhotse')?.defaultSort).toBe('Lhotse, Mount');
		expect(result.graph.subobjects.map((s) => s.id)).toEqual([
			'Mount_Everest#South_Col_route',
			'Mount_Everest#_4acb2a1f74346abeeb7d66e0dc0cb41c',
		]);
		// the infobox's category comes first: the template call stands at the top of the page
		expect(node('Mount_Everest')?.categories).toEqual(['Mountains', 'Eight-thousanders', 'Peaks in Nepal']);
	});
});

test('a page whose template changed is parsed again from the cache', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'wikikb-template-cache-'));
	const cacheDir = join(dir, 'cache');
	try {
		await cp(SMW_WIKI, join(dir, 'wiki'), { recursive: true });
		const first = await runPipeline({ contentDir: join(dir, 'wiki'), cacheDir });
		expect(first.stats.processed).toBe(39);
		await writeFile(
			join(dir, 'wiki', 'Template', 'Elevation_ft.wiki'),
			'<includeonly>{{#expr: {{{1|0}}} * 3.28084 round 1}} feet</includeonly>',
		);
		const second = await runPipeline({ contentDir: join(dir, 'wiki'), cacheDir });
		// the template itself and the four pages whose infobox looks it up (in both branches of its #if, as MediaWiki does)
		expect(second.stats.processed).toBe(5);
		await writeFile(join(dir, 'wiki', 'Nepal.wiki'), '#REDIRECT [[China]]');
		// #ifexist still finds Nepal; only Nepal changed
		expect((await runPipeline({ contentDir: join(dir, 'wiki'), cacheDir })).stats.processed).toBe(1);
		await rm(join(dir, 'wiki', 'Pakistan.wiki'));
		// K2's infobox asked #ifexist about Pakistan
		expect((await runPipeline({ contentDir: join(dir, 'wiki'), cacheDir })).stats.processed).toBe(1);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}, 120_000);
