import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, serve } from '../../test/site/helpers.ts';
import type { Answered } from './score.ts';
import type { Question } from './questions.ts';

/**
 * Asks a built site's search page each question as a reader would: types it into the search box of `/search/`,
 * waits for the result list of that query, and reads the first three result links (mapped to page ids through
 * the site's own `api/graph.json`).
 */
export async function answerWithSite(siteDir: string, questions: readonly Question[]): Promise<Answered[]> {
	const graph = JSON.parse(await readFile(join(siteDir, 'api', 'graph.json'), 'utf8')) as {
		nodes: { id: string; url: string }[];
	};
	const idByPath = new Map(graph.nodes.map((n) => [n.url, n.id]));
	const server = await serve(siteDir);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}/search/`);
		const answered: Answered[] = [];
		for (const question of questions) {
			await page.fill('#search-q', question.question);
			// The status line names the query once its results are known; the list fills just after (or stays empty).
			await page.waitForFunction(
				(q) => {
					const status = document.getElementById('search-status')?.textContent ?? '';
					return (
						status.includes(`“${q.trim()}”`) &&
						(/^0 pages/u.test(status) || document.querySelectorAll('#search-results li').length > 0)
					);
				},
				question.question,
				{ timeout: 15_000 },
			);
			const hrefs = await page
				.locator('#search-results li > a')
				.evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			answered.push({
				question,
				top: hrefs.map((path) => idByPath.get(decodeURI(path)) ?? idByPath.get(path) ?? path),
			});
		}
		return answered;
	} finally {
		await browser.close();
		await server.close();
	}
}
