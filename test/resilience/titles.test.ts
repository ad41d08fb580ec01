import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { urlFor } from '../../src/graph/url.ts';
import { ContentError, loadContent } from '../../src/load/index.ts';
import { parsePage } from '../../src/parse/index.ts';
import { renderPage } from '../../src/render/index.ts';
import { findUnsafe } from '../security/html-safety.ts';

const dirs: string[] = [];

/** A temporary content folder holding the given files (`heuristics/A.wiki` -> text). */
function contentFolder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'wikikb-titles-'));
	dirs.push(dir);
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(join(dir, rel, '..'), { recursive: true });
		writeFileSync(join(dir, rel), text);
	}
	return dir;
}

afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Loads a folder and returns the ContentError it throws (or fails). */
async function clash(files: Record<string, string>): Promise<ContentError> {
	const error = await loadContent(contentFolder(files)).then(
		() => undefined,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(ContentError);
	return error as ContentError;
}

describe('titles that collide after normalisation', () => {
	test.each([
		['space and underscore', 'heuristics/Learning_Rate.wiki', 'heuristics/Learning Rate.md'],
		['first letter case', 'heuristics/learning_rate.wiki', 'heuristics/Learning_rate.txt'],
		['NFC and NFD', 'heuristics/Caf\u00e9.wiki', 'heuristics/Cafe\u0301.md'],
		['runs of spaces', 'heuristics/A__B.wiki', 'heuristics/A B.mediawiki'],
		['a %XX escape', 'heuristics/A_B.wiki', 'heuristics/A%20B.md'],
	])('%s: ContentError naming both files', async (_label, a, b) => {
		const error = await clash({ [a]: 'a', [b]: 'b' });
		expect(error.diagnostics.length).toBeGreaterThan(0);
		expect(error.diagnostics[0]!.rule).toBe('duplicate-title');
		// The thrown message is what the CLI prints: it must name both files.
		expect(error.message).toContain(a.split('/').pop()!);
		expect(error.message).toContain(b.split('/').pop()!);
		const diagnostic = error.diagnostics[0]!;
		expect(`${diagnostic.file} ${diagnostic.message}`).toContain(a.split('/').pop()!);
		expect(`${diagnostic.file} ${diagnostic.message}`).toContain(b.split('/').pop()!);
	});

	test('a sub-folder holds subpages: a different page', async () => {
		const { files } = await loadContent(contentFolder({ 'heuristics/X.wiki': 'a', 'heuristics/sub/X.md': 'b' }));
		expect(files.map((f) => f.id)).toEqual(['Heuristic:X', 'Heuristic:Sub/X']);
	});

	test('different case after the first letter is a different page', async () => {
		const { files } = await loadContent(
			contentFolder({ 'heuristics/Learning_rate.wiki': 'a', 'heuristics/Learning_Rate.wiki': 'b' }),
		);
		expect(files.map((f) => f.id)).toEqual(['Heuristic:Learning_Rate', 'Heuristic:Learning_rate']);
		expect(new Set(files.map((f) => urlFor(f.id))).size).toBe(2);
	});
});

describe('titles with odd characters', () => {
	const names = [
		'What?.wiki',
		'100%.wiki',
		'A.B.C.wiki',
		'A..B.wiki',
		'x...wiki',
		'-.wiki',
		'Über Größe.wiki',
		'学习率.wiki',
		'تعلم.wiki',
		'Emoji 😀.md',
		'Tab\there.wiki',
		'O\'Brien "q".wiki',
		'a&b;c.wiki',
		'Zero\u200bwidth.wiki',
		'RTL\u202eevil.wiki',
	];

	test('load, parse and render with distinct, safe URLs', async () => {
		const files: Record<string, string> = {};
		for (const name of names) files[`heuristics/${name}`] = `== About ==\nPage ${name} [[domain::LLMs]]`;
		const loaded = await loadContent(contentFolder(files));
		expect(loaded.files.length + loaded.diagnostics.filter((d) => d.rule === 'bad-file-name').length).toBe(
			names.length,
		);
		const urls = new Set<string>();
		for (const file of loaded.files) {
			const url = urlFor(file.id);
			expect(url).toMatch(/^\/heuristic\/[^/?#%\\\s]+\/$/u);
			urls.add(url);
			const parsed = parsePage(file);
			const rendered = await renderPage(parsed, { pageExists: () => true });
			expect(findUnsafe(rendered.html)).toEqual([]);
		}
		expect(urls.size).toBe(loaded.files.length);
	});

	test.each(['A#B.wiki', '[x].wiki', 'a|b.wiki', '{t}.wiki', '<i>.wiki'])(
		'%s cannot be a title: reported, not loaded, no crash',
		async (name) => {
			const loaded = await loadContent(contentFolder({ [`heuristics/${name}`]: 'x', 'heuristics/Ok.wiki': 'y' }));
			expect(loaded.files.map((f) => f.id)).toEqual(['Heuristic:Ok']);
			expect(loaded.diagnostics.map((d) => d.rule)).toEqual(['bad-file-name']);
			expect(loaded.diagnostics[0]!.message).toContain(name);
		},
	);
});
