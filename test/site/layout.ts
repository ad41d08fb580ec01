/**
 * Layout checks of the browser tests, each a question about the page as drawn: does a word break across lines,
 * does a heading run under a floated box; and screenshots of page kinds for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/**
 * Words (runs of up to 16 characters between spaces: longer ones, like paths and identifiers, may have to break on a
 * phone) that the browser broke across two lines, in the elements matching `selector`, as `word in <tag.class>`.
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((sel) => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(sel)) {
			if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const match of (node.textContent ?? '').matchAll(/(?<!\S)\S{2,16}(?!\S)/gu)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
					if (tops.size > 1) out.push(`${match[0]} in <${el.tagName.toLowerCase()}.${el.className}>`);
				}
			}
		}
		return [...new Set(out)];
	}, selector);
}

/** Headings of the page body whose box runs under a floated element (its rule would cross the box). */
export function overlapsOfFloats(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const floats = [...document.querySelectorAll<HTMLElement>('.prose *')]
			.filter((el) => getComputedStyle(el).float !== 'none')
			.map((el) => el.getBoundingClientRect());
		const out: string[] = [];
		for (const h of document.querySelectorAll<HTMLElement>('.prose h1, .prose h2, .prose h3, .prose h4')) {
			const r = h.getBoundingClientRect();
			if (floats.some((f) => r.left < f.right && f.left < r.right && r.top < f.bottom && f.top < r.bottom))
				out.push(h.textContent ?? '');
		}
		return out;
	});
}

/** Where the browser tests put their screenshots: `$TMPDIR/wikikb-screenshots/<site>/`. */
export const SCREENSHOTS = join(tmpdir(), 'wikikb-screenshots');

/** The height a screenshot is cut at, in CSS pixels: far more than a person looks at. */
const MAX_SHOT_HEIGHT = 12_000;

/**
 * Screenshots of each path (into `SCREENSHOTS/<site>`, or the folder `site` names when it is a path) on a phone (390x844) and a desktop (1366x900), light and dark: whole pages (at most 12,000 px tall), except the
 * graph views (the window). A graph is waited for until it is drawn, a page's small graph is scrolled to.
 * @returns the files written
 */
export async function shoot(
	browser: Browser,
	baseUrl: string,
	site: string,
	paths: readonly string[],
): Promise<string[]> {
	const dir = resolve(SCREENSHOTS, site);
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	for (const [mode, viewport] of [
		['phone', { width: 390, height: 844 }],
		['desktop', { width: 1366, height: 900 }],
	] as const) {
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport, colorScheme: scheme });
			const page = await context.newPage();
			for (const path of paths) {
				await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
				const graph = path.startsWith('/graph/');
				if (graph) await page.locator('#graph-canvas canvas').first().waitFor();
				const local = page.locator('#local-graph');
				if ((await local.count()) > 0) {
					await local.scrollIntoViewIfNeeded();
					await page.locator('#local-graph[data-drawn]').waitFor();
					await page.evaluate(() => window.scrollTo(0, 0));
				}
				await page.waitForTimeout(300);
				const file = join(
					dir,
					`${path.replace(/[^A-Za-z0-9]+/gu, '_').replace(/^_|_$/gu, '') || 'home'}-${mode}-${scheme}.png`,
				);
				// A whole page, but no taller than MAX_SHOT_HEIGHT: the kapso /diagnostics/ page is 245,000 px tall on a phone,
				// and Chromium takes longer than the screenshot timeout to paint it under load.
				const height = graph
					? viewport.height
					: Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_SHOT_HEIGHT);
				await page.screenshot({
					path: file,
					fullPage: !graph,
					...(graph ? {} : { clip: { x: 0, y: 0, width: viewport.width, height } }),
				});
				written.push(file);
			}
			await context.close();
		}
	}
	return written;
}
