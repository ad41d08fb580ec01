// The /lr/ page of the site built from the repository's content/ (its richest LR rules), in Chromium: the table
// filter shows what the recommender matches, answers split per method or size band, and the query lives in the
// address. Screenshots (phone 390x844, desktop 1280x800) go to $TMPDIR/wikikb-lr-screenshots for a person to look at.
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readParamCount } from '../../src/lr/conditions.ts';
import { recommendLr } from '../../src/lr/recommend.ts';
import type { LrMethod, LrRule, LrTask } from '../../src/lr/types.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { crawlSite } from './crawl.ts';
import { openSite, seriousViolations, watchErrors, type OpenSite } from './helpers.ts';
import { expectSearchFloor } from './search-floor.ts';
import { shoot } from './layout.ts';

const SHOTS = join(tmpdir(), 'wikikb-lr-screenshots');

let site: OpenSite | undefined;
let rules: LrRule[];

beforeAll(async () => {
	site = await openSite(join(REPO_ROOT, 'content'));
	rules = JSON.parse(await readFile(join(site.outDir, 'api', 'lr-rules.json'), 'utf8')).rules;
	await mkdir(SHOTS, { recursive: true });
}, 900_000);

afterAll(() => site?.close());

const lr = (path = '') => `${site!.server.url}/lr/${path}`;
const search = (page: Page) => new URL(page.url()).search;
const form = (page: Page) =>
	page.evaluate(() =>
		['task', 'params', 'method'].map((id) => (document.getElementById(`rec-${id}`) as HTMLInputElement).value),
	);
const range = (page: Page) => page.locator('#rec-range').textContent();

describe('the site of content/', () => {
	test('every link, script, style and image of every page answers, and no count reads "1 pages"', async () => {
		const report = await crawlSite(site!.outDir, site!.server.url);
		expect(report.pages).toBeGreaterThan(34);
		expect(report.broken).toEqual([]);
		expect(report.plurals).toEqual([]);
	});

	test('the notes of the LR table read as text: inline code as code, no backticks', async () => {
		const page = await site!.context.newPage();
		await page.goto(lr());
		const cells = page.locator('#rules-table tbody td:first-child');
		expect((await cells.allTextContents()).filter((t) => /`|\*\*/u.test(t))).toEqual([]);
		expect(await cells.locator('code').count()).toBeGreaterThan(3);
		await page.close();
	});

	test('screenshots of its home, a heuristic and the graph, phone and desktop, light and dark', async () => {
		expect(
			(await shoot(site!.browser, site!.server.url, 'content', ['/', '/heuristic/Learning_Rate_Tuning/', '/graph/']))
				.length,
		).toBe(12);
	}, 300_000);
});

describe('/lr/ on content/', () => {
	test('the table filter shows exactly the rules the recommender matches, for every query the filter offers', async () => {
		const page = await site!.context.newPage();
		await page.goto(lr());
		const shown = await page.evaluate(async () => {
			const filter = document.getElementById('rule-filter') as HTMLFormElement;
			const select = (name: string) => filter.elements.namedItem(name) as HTMLSelectElement;
			const options = (name: string) => [...select(name).options].map((o) => o.value);
			const out: Record<string, string[]> = {};
			for (const task of options('task')) {
				for (const method of options('method')) {
					for (const size of options('size')) {
						select('task').value = task;
						select('method').value = method;
						select('size').value = size;
						filter.dispatchEvent(new Event('change'));
						out[`${task}|${method}|${size}`] = [
							...document.querySelectorAll<HTMLElement>('#rules-table tbody tr:not([hidden])'),
						].map((tr) => tr.dataset.rule!);
					}
				}
			}
			return out;
		});
		await page.close();
		const advice = new Set(rules.filter((r) => r.kind === 'recommendation').map((r) => r.id));
		expect(Object.keys(shown).length).toBeGreaterThan(100);
		for (const [key, ids] of Object.entries(shown)) {
			const [task, method, size] = key.split('|');
			const rec = recommendLr(
				{
					...(task ? { task: task as LrTask } : {}),
					...(method ? { method: method as LrMethod } : {}),
					...(size ? { params: readParamCount(size)! } : {}),
				},
				rules,
			);
			expect(ids.filter((id) => advice.has(id)).sort(), key).toEqual(rec.matches.map((m) => m.rule.id).sort());
		}
	});

	test('an address with a query fills the form and shows its answer', async () => {
		const page = await site!.context.newPage();
		const errors = watchErrors(page);
		await page.goto(lr('?task=dpo&params=7B&method=lora'));
		expect(await form(page)).toEqual(['dpo', '7B', 'lora']);
		expect(await range(page)).toBe('Learning rate: 5e-6');
		expect(await page.locator('#rec-link').getAttribute('href')).toBe('?task=dpo&params=7B&method=lora');
		// words work in the address as on the command line
		await page.goto(lr('?task=Instruction%20tuning&method=QLoRA&params=7B'));
		expect(await form(page)).toEqual(['instruction-tuning', '7B', 'qlora']);
		expect(await range(page)).toBe('Learning rate: 2e-4');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('rules that disagree along the method give one answer per method, each a link to its own answer', async () => {
		const page = await site!.context.newPage();
		const errors = watchErrors(page);
		await page.goto(lr('?task=dpo'));
		expect(await range(page)).toBe('The learning rate depends on the method:');
		expect(await page.locator('#rec-split li').allTextContents()).toEqual([
			'LoRA 5e-6',
			'full fine-tuning 1e-6 start with 1e-6',
		]);
		expect(await page.locator('#rec-rules > li > strong').allTextContents()).toEqual(['LoRA', 'full fine-tuning']);
		for (const [name, width, height] of [
			['desktop', 1280, 800],
			['phone', 390, 844],
		] as const) {
			await page.setViewportSize({ width, height });
			await page.locator('#recommender').screenshot({ path: join(SHOTS, `lr-dpo-split-${name}.png`) });
		}
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.click('#rec-split a >> text=LoRA');
		expect(search(page)).toBe('?task=dpo&method=lora');
		expect(await form(page)).toEqual(['dpo', '', 'lora']);
		expect(await range(page)).toBe('Learning rate: 5e-6');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('rec-range');
		await page.goto(lr('?task=sft'));
		expect(await page.locator('#rec-split li a').allTextContents()).toEqual([
			'QLoRA, 7B–13B',
			'QLoRA, ≥ 30B',
			'full fine-tuning',
		]);
		for (const [name, width, height] of [
			['desktop', 1280, 800],
			['phone', 390, 844],
		] as const) {
			await page.setViewportSize({ width, height });
			await page.screenshot({ path: join(SHOTS, `lr-sft-split-${name}.png`) });
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	test('every answer goes into the history: back and forward step through the answers and the empty form', async () => {
		const page = await site!.context.newPage();
		const errors = watchErrors(page);
		await page.goto(lr());
		expect(await page.locator('#rec-output').textContent()).toBe('');
		await page.selectOption('#rec-task', 'dpo');
		expect(search(page)).toBe('?task=dpo');
		await page.selectOption('#rec-method', 'full');
		expect(search(page)).toBe('?task=dpo&method=full');
		expect(await range(page)).toBe('Learning rate: 1e-6');
		await page.fill('#rec-params', '7B');
		await page.click('#rec-form button[type="submit"]');
		expect(search(page)).toBe('?task=dpo&params=7B&method=full');
		await page.goBack();
		expect(search(page)).toBe('?task=dpo&method=full');
		expect(await form(page)).toEqual(['dpo', '', 'full']);
		expect(await range(page)).toBe('Learning rate: 1e-6');
		await page.goBack();
		expect(await form(page)).toEqual(['dpo', '', '']);
		expect(await range(page)).toBe('The learning rate depends on the method:');
		await page.goBack();
		expect(search(page)).toBe('');
		expect(await form(page)).toEqual(['', '', '']);
		expect(await page.locator('#rec-output').textContent()).toBe('');
		await page.goForward();
		expect(await form(page)).toEqual(['dpo', '', '']);
		expect(await page.locator('#rec-split li').count()).toBe(2);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a value the form cannot read from the address is an alert that says what to write', async () => {
		const page = await site!.context.newPage();
		await page.goto(lr('?task=sft&method=adapter'));
		const alert = page.locator('#rec-problems[role="alert"]');
		expect(await alert.textContent()).toContain(
			'The method adapter is not one wikikb knows. Use one of: lora, qlora, full',
		);
		expect(await form(page)).toEqual(['sft', '', '']);
		for (const [name, width, height] of [
			['desktop', 1280, 800],
			['phone', 390, 844],
		] as const) {
			await page.setViewportSize({ width, height });
			await page.locator('#recommender').screenshot({ path: join(SHOTS, `lr-unknown-method-${name}.png`) });
		}
		await page.close();
	});

	test('axe finds no serious or critical violations in the answers, split or not, in light and dark', async () => {
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			const axeContext = await site!.browser.newContext({ bypassCSP: true, colorScheme });
			for (const path of ['?task=dpo', '?task=sft', '?task=dpo&params=7B&method=lora', '?task=sft&method=adapter']) {
				for (const v of await seriousViolations(axeContext, lr(path))) found.push(`${colorScheme} ${path}: ${v}`);
			}
			await axeContext.close();
		}
		expect(found).toEqual([]);
	});
});

test('typed questions about content/ find a page that answers them in the top 3 of the search page', async () => {
	await expectSearchFloor(site!.outDir, 'content', 0.7);
});
