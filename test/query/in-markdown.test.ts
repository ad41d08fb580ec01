// Query results in the pages' Markdown (the export's `markdown`, the site's `.md` files, llms-full.txt, the MCP
// server's get_page): each result in place of its call, in a run that renders no HTML too; page text cannot write
// the marker of a query's place; a cached page whose query result changes gets the new result in its Markdown.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeExport } from '../../src/export/index.ts';
import type { PageId } from '../../src/load/types.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { fillQueryMarkdown, queryMarkdownMarker } from '../../src/render/query-slot.ts';
import { SMW_QUERIES } from '../helpers/paths.ts';

let work: string;
let overview: string;

/** The exported Markdown of a page (`api/page/<url>.json`'s `markdown`). */
function exported(out: string, url: string): string {
	return (JSON.parse(readFileSync(join(out, 'api', 'page', `${url}.json`), 'utf8')) as { markdown: string }).markdown;
}

/** Exports a content folder as the `export` command does (Markdown, no HTML). */
async function exportOf(content: string, out: string, cacheDir: string | false = false): Promise<void> {
	await writeExport(await runPipeline({ contentDir: content, markdown: true, cacheDir, threads: 1 }), out);
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'wikikb-query-md-'));
	await exportOf(SMW_QUERIES, join(work, 'out'));
	overview = exported(join(work, 'out'), 'page/Town_overview');
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('query results in the exported Markdown', () => {
	test('no call is left as text and no marker is left', () => {
		expect(overview).not.toMatch(/#ask|#show|smw-query|[\uE004\uE005]/u);
	});

	test('a table result: a header per printout and its rows, largest first', () => {
		const rows = overview.split('\n').filter((l) => l.startsWith('| ['));
		expect(rows.slice(0, 5).map((r) => /^\| \[(\w+)\]/u.exec(r)![1])).toEqual([
			'Westport',
			'Nordhavn',
			'Millbrook',
			'Fjellby',
			'Isby',
		]);
		expect(rows[0]).toMatch(/\| 2,100,000 +\| \[Arland\]\(\/page\/Arland\.md\) +\|$/u);
		expect(overview).toMatch(
			/^\|\s+\| \[Population\]\(\/property\/Population\.md\) +\| \[Country\]\(\/property\/Located_in\.md\) +\|$/mu,
		);
	});

	test('an inline result stays in its sentence; a list stands on lines of its own', () => {
		expect(overview).toContain('\nThere are 5 towns.\n');
		expect(overview).toContain('\nNordhavn has 709,000 people.\n');
		expect(overview).toContain(
			'\n\n1. [Isby](/help/Isby.md)\n2. [Fjellby](/page/Fjellby.md)\n\n[… further results](/ask/?q=',
		);
		expect(overview).toContain('\n\n- Nordhavn: 709,000 people\n- Westport: 2,100,000 people\n\n');
	});

	test("a query's problems follow what could be read", () => {
		const bad = exported(join(work, 'out'), 'page/Bad_queries');
		expect(bad).toContain('**Problem with this query:**');
		expect(bad).not.toMatch(/#ask|[\uE004\uE005]/u);
	});
});

describe("the marker of a query's place", () => {
	test('page text cannot write it, not even in code', async () => {
		const dir = join(work, 'hostile');
		cpSync(SMW_QUERIES, dir, { recursive: true });
		const forged = [queryMarkdownMarker(0, false), queryMarkdownMarker(1, true), '<wikikb-query n="0"></wikikb-query>'];
		writeFileSync(
			join(dir, 'Hostile.wiki'),
			`Text ${forged.join(' ')} and <code>${forged[0]}</code>.\n\n<pre>${forged[1]}</pre>\n\nThere are {{#ask: [[Category:Town]] |format=count }} towns.\n`,
		);
		await exportOf(dir, join(work, 'hostile-out'));
		const hostile = exported(join(work, 'hostile-out'), 'page/Hostile');
		expect(hostile).toContain('There are 5 towns.');
		// the one real result is in its place only; the forged markers are left as harmless text
		expect(hostile.match(/\b5\b/gu)).toHaveLength(1);
		expect(hostile).not.toMatch(/[\uE004\uE005]/u);
		expect(hostile).toContain('\\<wikikb-query n="0">');
	});

	test('a block result inside a list item is indented under it; in a table row it stays on the row', () => {
		const list = fillQueryMarkdown(`- item ${queryMarkdownMarker(0, false)}\n`, ['- a\n- b\n']);
		expect(list).toBe('- item\n\n  - a\n  - b\n');
		expect(fillQueryMarkdown(`- ${queryMarkdownMarker(0, false)}\n`, ['- a\n- b\n'])).toBe('- - a\n  - b\n');
		expect(fillQueryMarkdown(`${queryMarkdownMarker(0, true)}\n\nNext.\n`, ['| a |\n| - |\n'])).toBe(
			'| a |\n| - |\n\nNext.\n',
		);
		const row = fillQueryMarkdown(`| x | ${queryMarkdownMarker(0, false)} |\n`, ['- a\n- b\n']);
		expect(row).toBe('| x | - a<br>- b |\n');
	});
});

describe('a cached page', () => {
	test('gets new Markdown when a page its query reads changes, though its own file did not', async () => {
		const dir = join(work, 'content');
		const cache = join(work, 'cache');
		cpSync(SMW_QUERIES, dir, { recursive: true });
		await exportOf(dir, join(work, 'before'), cache);
		const fjellby = join(dir, 'Fjellby.wiki');
		writeFileSync(fjellby, readFileSync(fjellby, 'utf8').replace('291000', '3000000'));
		const warm = await runPipeline({ contentDir: dir, markdown: true, cacheDir: cache, threads: 1 });
		expect(warm.stats.processed).toBe(1);
		await writeExport(warm, join(work, 'after'));
		const before = exported(join(work, 'before'), 'page/Town_overview');
		const after = exported(join(work, 'after'), 'page/Town_overview');
		expect(before).not.toContain('3,000,000');
		expect(after.split('\n').filter((l) => l.startsWith('| ['))[0]).toMatch(
			/^\| \[Fjellby\]\(\/page\/Fjellby\.md\) +\| 3,000,000 /u,
		);
		expect(await warm.markdown.get('Town_overview' as PageId)).toContain('3,000,000');
	});
});
