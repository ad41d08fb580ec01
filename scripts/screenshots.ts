/**
 * `npm run screenshots`: the README's screenshots (docs/*.png), taken from the current build of content/ in
 * Debian's Chromium. Build first (`npm run build`), then run it; `--site DIR` takes another built site, and
 * `--all DIR` also writes every main page kind, phone and desktop, light and dark, into DIR to look at.
 * `--paths /a/,/b/` chooses the pages `--all` takes: with it, a site of any content (the SMW test wiki) will do,
 * and the README's images are written only when the site is a build of content/.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serve } from '../test/site/helpers.ts';
import { shoot } from '../test/site/layout.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = '/heuristic/Learning_Rate_Tuning/';

/** The README's images: what each shows and how. */
const README_SHOTS = [
	{ file: 'screenshot-desktop.png', path: SEED, viewport: { width: 1280, height: 860 }, scale: 1 },
	{ file: 'screenshot-phone.png', path: SEED, viewport: { width: 390, height: 844 }, scale: 2 },
	{
		file: 'screenshot-graph.png',
		path: '/graph/?focus=Workflow:QLoRA_Finetuning&depth=2',
		viewport: { width: 1280, height: 860 },
		scale: 1,
	},
] as const;

/** The page kinds `--all` takes from a build of content/. */
const ALL_PATHS = [
	'/',
	SEED,
	'/workflow/QLoRA_Finetuning/',
	'/heuristic/',
	'/domain/',
	'/lr/',
	'/graph/',
	'/search/?q=learning+rate',
	'/diagnostics/',
	'/wanted/',
];

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: join(ROOT, 'dist') },
		all: { type: 'string' },
		paths: { type: 'string' },
	},
});
const site = resolve(values.site);
const paths = values.paths
	? values.paths
			.split(',')
			.map((p) => p.trim())
			.filter(Boolean)
	: undefined;
const readmeShots = existsSync(join(site, SEED, 'index.html'));
if (!readmeShots && !(paths && values.all)) {
	process.stderr.write(
		`There is no built site of content/ in \`${site}\` (no \`${SEED}\`). Run \`npm run build\` first, or give one with --site DIR; a site of other content needs --all DIR and --paths.\n`,
	);
	process.exit(2);
}
const server = await serve(site);
const browser = await launchBrowser();
try {
	for (const shot of readmeShots ? README_SHOTS : []) {
		const context = await browser.newContext({
			viewport: shot.viewport,
			deviceScaleFactor: shot.scale,
			colorScheme: 'light',
		});
		const page = await context.newPage();
		await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
		if (shot.path.startsWith('/graph/')) {
			await page.locator('#graph-canvas canvas').first().waitFor();
			// The legend and the focus search at the top of the window, just below the sticky header.
			await page.evaluate(() => {
				const controls = document.getElementById('graph-controls')!;
				const header = document.querySelector<HTMLElement>('.site-header')?.offsetHeight ?? 0;
				window.scrollTo(0, controls.getBoundingClientRect().top + window.scrollY - header - 16);
			});
		}
		await page.waitForTimeout(500);
		await page.screenshot({ path: join(ROOT, 'docs', shot.file) });
		process.stderr.write(`Wrote docs/${shot.file}.\n`);
		await context.close();
	}
	if (values.all) {
		const written = await shoot(browser, server.url, resolve(values.all), paths ?? ALL_PATHS);
		process.stderr.write(`Wrote ${written.length} screenshots into ${resolve(values.all)}.\n`);
	}
} finally {
	await browser.close();
	await server.close();
}
