import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';
import { findUnsafe, visibleText } from './html-safety.ts';
import { crashes, renderText } from './pipeline.ts';

const DIR = join(REPO_ROOT, 'test', 'fixtures', 'hostile');
const FIXTURES = readdirSync(DIR).sort();

describe('hostile fixtures through load, parse and render', () => {
	test('there is a fixture for each class of attack', () => {
		expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
	});

	test.each(FIXTURES)('%s: nothing script-capable in the HTML, and no stage crashed on it', async (name) => {
		const { html, diagnostics } = await renderText(readFileSync(join(DIR, name)), `heuristics/${name}`);
		expect(findUnsafe(html), html).toEqual([]);
		expect(crashes(diagnostics)).toEqual([]);
	});

	test.each(FIXTURES)('%s: every KEEP- marker written outside comments is still visible', async (name) => {
		const source = readFileSync(join(DIR, name), 'utf8');
		const { html } = await renderText(source, `heuristics/${name}`);
		const visible = visibleText(html);
		const markers = [...source.replace(/<!--[^]*?-->/gu, '').matchAll(/KEEP-[a-z]+\d+/gu)].map((m) => m[0]);
		expect(markers.length).toBeGreaterThan(0);
		const lost = markers.filter((marker) => !new RegExp(`${marker}(?!\\d)`, 'u').test(visible));
		expect(lost, html).toEqual([]);
	});

	test('external links carry rel="noopener nofollow"', async () => {
		const { html } = await renderText(readFileSync(join(DIR, 'script-urls.wiki')));
		const tree = fromHtml(html, { fragment: true });
		const links: { href: string; rel: string[] }[] = [];
		const walk = (node: {
			type: string;
			tagName?: string;
			properties?: Record<string, unknown>;
			children?: unknown[];
		}): void => {
			if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
				links.push({ href: node.properties.href, rel: (node.properties.rel as string[] | undefined) ?? [] });
			}
			for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
		};
		walk(tree);
		const external = links.filter((link) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(link.href));
		expect(external.length).toBeGreaterThan(0);
		for (const link of external) expect(link.rel, link.href).toEqual(expect.arrayContaining(['noopener', 'nofollow']));
	});
});
