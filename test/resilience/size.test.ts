import { describe, expect, test } from 'vitest';
import { findUnsafe } from '../security/html-safety.ts';
import { runBounded } from './bounded.ts';

/** Diagnostics that say a size or depth limit was hit and the page (or part) is shown as plain text. */
const LIMIT_RULES = ['page-too-large', 'parse-failed'];

/**
 * The hang guard: a page still parsing after this long has no limit where it needs one. Far above what any
 * page should take (the issue asks for well under 2 s for an ordinary page), so a loaded CI machine is no risk.
 */
const HANG_MS = 90_000;

/** Parses and renders a generated page in a worker, ended after `HANG_MS`; returns what the checks need. */
async function run(text: string) {
	const result = await runBounded(text, HANG_MS);
	expect(
		result.messages.filter(
			(m) => m.startsWith('render-failed') || (m.startsWith('parse-failed') && !/nested \d+ deep/u.test(m)),
		),
	).toEqual([]);
	return { ...result, limited: result.rules.some((r) => LIMIT_RULES.includes(r)) };
}

/**
 * Pathological pages (generated here, not committed). Each must come back without crashing or hanging
 * (`HANG_MS`; speed itself is `npm run bench`'s business), with safe HTML, and either be read in full or
 * carry a diagnostic saying which limit it hit. Its text is never lost.
 */
describe('size and depth limits', { timeout: HANG_MS + 30_000 }, () => {
	test('a 5 MB page: over the size limit, reported, shown in full as text', async () => {
		const text = ('Lorem ipsum dolor sit amet, [[domain::LLMs]] consectetur. '.repeat(40) + '\n\n').repeat(2200);
		expect(text.length).toBeGreaterThan(5_000_000);
		const { html, limited } = await run(text);
		expect(limited).toBe(true);
		expect(html.length).toBeGreaterThanOrEqual(text.length);
		expect(findUnsafe(html.slice(0, 100_000))).toEqual([]);
	});

	test('a page with 100,000 links: every link read, or a limit reported', async () => {
		// Short links keep the page (1.1 MB) under the character limit, so the link count itself is what is tested.
		const text = Array.from({ length: 100_000 }, (_, i) => `[[P${i}]]`).join(' ');
		expect(text.length).toBeLessThan(1_200_000);
		const { html, links, limited } = await run(text);
		if (!limited) expect(links).toBe(100_000);
		expect(html).toContain('P99999');
	});

	test('10,000 tables: every table read, or a limit reported', async () => {
		const text = '{| class="wikitable"\n! LR\n|-\n| 2e-4 || b\n|}\n'.repeat(10_000);
		const { html, tables, limited } = await run(text);
		if (!limited) expect(tables).toBe(10_000);
		expect(html.split('2e-4').length - 1).toBe(10_000);
	});

	test('lists nested 500 deep (wikitext and Markdown): every item shown', async () => {
		for (const text of [
			Array.from({ length: 500 }, (_, i) => `${'*'.repeat(i + 1)} item${i}`).join('\n'),
			Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item${i}`).join('\n'),
		]) {
			const { html } = await run(`== L ==\n${text}`);
			expect(html).toContain('item0');
			expect(html).toContain('item499');
		}
	});

	test.each([
		['templates nested 500 deep', '{{a|'.repeat(500) + 'deepest' + '}}'.repeat(500)],
		['tables nested 300 deep', '{|\n|\n'.repeat(300) + 'deepest\n' + '|}\n'.repeat(300)],
	])('%s: over the depth limit, reported, text shown', async (_label, text) => {
		const { html, limited } = await run(text);
		expect(limited).toBe(true);
		expect(html).toContain('deepest');
	});

	test.each([
		['2,000 nested <span>', '<span>'.repeat(2000) + 'deepest' + '</span>'.repeat(2000)],
		['5,000 unclosed <div>', '<div>'.repeat(5000) + 'deepest'],
		['1,000 nested definition lists', `${':'.repeat(1000)} deepest`],
		['1,000 nested Markdown quotes', `${'>'.repeat(1000)} deepest`],
		['a 1 MB line', `${'a'.repeat(1_000_000)} deepest`],
		['100,000 unclosed [[', `${'[['.repeat(100_000)} deepest`],
		['50,000 bold-italic runs', `${"'''''x".repeat(50_000)} deepest`],
	])('%s: no crash, text shown, HTML safe', async (_label, text) => {
		const { html } = await run(text);
		expect(html).toContain('deepest');
		expect(findUnsafe(html)).toEqual([]);
	});
});
