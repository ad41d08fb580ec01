import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/load/index.ts';
import type { SourceFile } from '../../src/load/types.ts';
import { parsePage } from '../../src/parse/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { findUnsafe, visibleText } from '../security/html-safety.ts';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'resilience');

/** Which diagnostic rule each damaged file must raise (the others must raise none of these). */
const EXPECTED_RULE: Record<string, string | undefined> = {
	'invalid-utf8.wiki': 'invalid-encoding',
	'utf16le.wiki': 'invalid-encoding',
	'utf16be.wiki': 'invalid-encoding',
	'controls.wiki': 'control-character',
	'bidi.wiki': 'control-character',
	'nul.wiki': 'control-character',
};

let dir: string;
let files: readonly SourceFile[];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'wikikb-encodings-'));
	mkdirSync(join(dir, 'heuristics'));
	for (const name of readdirSync(FIXTURES)) cpSync(join(FIXTURES, name), join(dir, 'heuristics', name));
	files = (await loadContent(dir)).files;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('encodings and odd characters through loadContent, parsePage and renderPage', () => {
	test('every fixture is loaded', () => {
		expect(files.map((f) => f.relPath.split('/')[1]).sort()).toEqual(readdirSync(FIXTURES).sort());
	});

	test.each(readdirSync(FIXTURES).sort())(
		'%s: decoded to LF text, fact and link read, rendered safely, damage reported',
		async (name) => {
			const file = files.find((f) => f.relPath === `heuristics/${name}`)!;
			expect(file.text).not.toMatch(/\r/u);
			expect(file.text.charCodeAt(0)).not.toBe(0xfeff);
			const parsed = parsePage(file);
			expect(parsed.page.facts.find((f) => f.property.toLowerCase() === 'domain')?.value).toBe('LLMs');
			expect(parsed.page.links.some((l) => l.target.replace(/_/gu, ' ') === 'Heuristic:Other Page')).toBe(true);
			expect(parsed.page.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Values']));
			const rendered = await renderPage(parsed, { pageExists: () => false });
			expect(findUnsafe(rendered.html)).toEqual([]);
			const key = /KEEP-[a-z]+/u.exec(file.text)![0];
			expect(visibleText(rendered.html)).toContain(key);
			expect(visibleText(rendered.html)).toContain(`${key}b`);
			const rules = new Set([...parsed.page.diagnostics, ...rendered.diagnostics].map((d) => d.rule));
			const expected = EXPECTED_RULE[name];
			if (expected) expect([...rules]).toContain(expected);
			else expect([...rules].filter((r) => r === 'invalid-encoding' || r === 'control-character')).toEqual([]);
			for (const d of parsed.page.diagnostics) {
				expect(d.line).toBeGreaterThanOrEqual(0);
				expect(d.message.length).toBeGreaterThan(10);
			}
		},
	);
});
