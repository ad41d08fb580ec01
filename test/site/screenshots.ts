/**
 * Takes screenshots of the main page kinds of a built site at desktop (1280px) and phone (390px) widths.
 * Not a test: run it by hand to look at the site, e.g.
 * `npx tsx test/site/screenshots.ts <built-site-dir> <screenshot-dir> [light|dark]`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, serve } from './helpers.ts';

const PAGES: readonly [string, string][] = [
	['home', '/'],
	['heuristic', '/heuristic/Learning_Rate_Tuning/'],
	['workflow', '/workflow/QLoRA_Finetuning/'],
	['principle', '/principle/Low_Rank_Adaptation/'],
	['type-index', '/heuristic/'],
	['domain', '/domain/Fine_Tuning/'],
	['lr', '/lr/'],
	['graph', '/graph/'],
	['search', '/search/?q=learning+rate'],
	['property', '/property/Uses_heuristic/'],
	['wanted', '/wanted/'],
];

const [siteDir, outDir, scheme = 'light'] = process.argv.slice(2);
if (!siteDir || !outDir) throw new Error('Usage: tsx test/site/screenshots.ts <built-site-dir> <screenshot-dir> [light|dark]');
await mkdir(outDir, { recursive: true });
const server = await serve(siteDir);
const browser = await launchBrowser();
try {
	for (const [width, height, label] of [[1280, 900, 'desktop'], [390, 844, 'phone']] as const) {
		const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme === 'dark' ? 'dark' : 'light', deviceScaleFactor: label === 'phone' ? 2 : 1 });
		for (const [name, path] of PAGES) {
			const page = await context.newPage();
			await page.goto(server.url + path, { waitUntil: 'networkidle' });
			await page.waitForTimeout(name === 'graph' ? 2500 : 600);
			await page.screenshot({ path: join(outDir, `${name}-${label}-${scheme}.png`), fullPage: label === 'phone' ? false : name !== 'graph' && name !== 'lr' });
			await page.close();
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
