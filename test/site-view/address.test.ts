// Where a site is served: base paths and addresses as users write them, links moved under the base path, JSON-LD
// that page text cannot break out of, and the config file that can hold them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/cli/config.ts';
import { readSiteOptions } from '../../src/cli/site-options.ts';
import { rewriteSiteLinks } from '../../src/site/view/body-links.ts';
import { articleJsonLd, scriptJson } from '../../src/site/view/page-meta.ts';
import { normalizeBase, normalizeSite, withBase } from '../../src/site/view/site-address.ts';

describe('normalizeBase', () => {
	test.each([
		['', '/'],
		['/', '/'],
		['repo', '/repo/'],
		['/repo', '/repo/'],
		['/repo/', '/repo/'],
		['a/b', '/a/b/'],
		['/a/b/c/', '/a/b/c/'],
		['//a//', '/a/'],
		['/wiki-ü/', '/wiki-%C3%BC/'],
		['/%20x/', '/%20x/'],
		['/v1.2/', '/v1.2/'],
	])('%j is %j', (raw, base) => expect(normalizeBase(raw)).toBe(base));

	test.each([
		['/a//b/', /empty segment/u],
		['/../', /holds `\.\.`/u],
		['/a/%2e%2e/', /holds `%2e%2e`/u],
		['/a b/', /U\+0020/u],
		['/a?b/', /U\+003F \(`\?`\)/u],
		['/a#b/', /U\+0023/u],
		['/a\\b/', /U\+005C/u],
		['/%zz/', /starts no escape/u],
		['https://example.org/repo/', /full address/u],
	])('%j is refused', (raw, why) => expect(() => normalizeBase(raw)).toThrow(why));
});

describe('normalizeSite and readSiteOptions', () => {
	test('an address with a path gives the base path', () => {
		expect(normalizeSite('https://user.github.io/repo')).toEqual({ origin: 'https://user.github.io', path: '/repo/' });
		expect(readSiteOptions({ site: 'https://user.github.io/repo/' })).toEqual({
			base: '/repo/',
			site: 'https://user.github.io',
		});
	});

	test('the base path may be given twice when both agree, and not when they differ', () => {
		expect(readSiteOptions({ site: 'https://x.org/a/', base: 'a' })).toEqual({ base: '/a/', site: 'https://x.org' });
		expect(() => readSiteOptions({ site: 'https://x.org/a/', base: '/b/' })).toThrow(
			/has the path `\/a\/`, but the base path is `\/b\/`/u,
		);
	});

	test('no options: the site root, no address', () => expect(readSiteOptions({})).toEqual({ base: '/' }));

	test.each(['ftp://x.org/', 'example.org', 'https://x.org/?q=1', 'https://u:p@x.org/', 'https://x.org/#top'])(
		'%j is refused',
		(raw) => {
			expect(() => readSiteOptions({ site: raw })).toThrow(/site address/u);
		},
	);

	test('withBase leaves full, protocol-relative and fragment links alone', () => {
		expect(withBase('/r/', '/x/')).toBe('/r/x/');
		for (const link of ['https://x.org/', '//evil.org/x', '#a', 'mailto:a@b']) expect(withBase('/r/', link)).toBe(link);
	});
});

describe('rewriteSiteLinks', () => {
	const site = (path: string) => `/base${path === '/heuristic/Old/' ? '/heuristic/New/' : path}`;

	test('moves root-relative href and src, keeping fragments and queries', () => {
		expect(rewriteSiteLinks('<p><a href="/heuristic/X/#A" class="x">X</a> <img src="/img.png" alt=""></p>', site)).toBe(
			'<p><a href="/base/heuristic/X/#A" class="x">X</a> <img src="/base/img.png" alt=""></p>',
		);
		expect(rewriteSiteLinks('<a href="/heuristic/Old/?v=1#s">o</a>', site)).toBe(
			'<a href="/base/heuristic/New/?v=1#s">o</a>',
		);
	});

	test('leaves external, protocol-relative and fragment links, and text that looks like a link', () => {
		const html =
			'<p>Write &#x3C;a href="/x/"> or href="/y/" in text. <a href="https://x.org/a/">x</a> <a href="//x.org/">p</a> <a href="#top">t</a> <code>&#x3C;img src="/z"></code></p>';
		expect(rewriteSiteLinks(html, site)).toBe(html);
	});

	test('an attribute value holding `>` or another attribute name does not confuse it', () => {
		const html = '<a title="a > b href=&#x22;/no/&#x22;" href="/heuristic/X/">X</a>';
		expect(rewriteSiteLinks(html, site)).toBe('<a title="a > b href=&#x22;/no/&#x22;" href="/base/heuristic/X/">X</a>');
	});
});

describe('JSON-LD', () => {
	test('page text cannot close the script element or open a comment', () => {
		const hostile = '</script><script>alert(1)</script><!-- & \u2028';
		const json = scriptJson({ name: hostile });
		expect(json).not.toMatch(/[<>&\u2028]/u);
		expect(JSON.parse(json)).toEqual({ name: hostile });
		const tree = fromHtml(`<script type="application/ld+json">${json}</script>`, { fragment: true });
		expect(tree.children).toHaveLength(1);
	});

	test('a knowledge page is a TechArticle with its sources as citations and domains as subjects', () => {
		const data = articleJsonLd(
			{
				title: 'LR',
				namespace: 'Heuristic',
				url: '/heuristic/LR/',
				overview: 'Use 2e-4.',
				lastUpdated: '2025-12-12T00:00:00Z',
				domains: [
					{
						id: 'Domain:llms',
						title: 'LLMs',
						url: '/domain/llms/',
						kind: 'domain',
						missing: false,
						namespace: 'Domain',
					},
				],
				sources: [
					{ type: 'Paper', title: 'LoRA', href: 'https://arxiv.org/abs/2106.09685', url: '/source/LoRA/' },
					{ type: 'Code', title: 'train.py', note: 'scripts/train.py', url: '/source/train.py/' },
				],
			},
			(path) => `https://x.org/r${path}`,
		);
		expect(data).toMatchObject({
			'@type': 'TechArticle',
			url: 'https://x.org/r/heuristic/LR/',
			dateModified: '2025-12-12T00:00:00Z',
			about: [{ name: 'LLMs', url: 'https://x.org/r/domain/llms/' }],
			citation: [
				{ '@type': 'CreativeWork', name: 'LoRA', url: 'https://arxiv.org/abs/2106.09685' },
				{ '@type': 'CreativeWork', name: 'train.py' },
			],
		});
	});
});

describe('the config file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'wikikb-config-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const write = (name: string, text: string) => {
		writeFileSync(join(dir, name), text);
		return join(dir, name);
	};

	test('holds settings; folders are read relative to it', async () => {
		const file = write(
			'a.json',
			JSON.stringify({ $schema: 'x', content: 'kb', out: '../site', base: '/repo/', site: 'https://x.org' }),
		);
		expect(await loadConfig(file)).toEqual({
			content: join(dir, 'kb'),
			out: join(dir, '..', 'site'),
			base: '/repo/',
			site: 'https://x.org',
		});
	});

	test('declares custom namespaces', async () => {
		const file = write('ns.json', JSON.stringify({ namespaces: [{ name: 'Tool', folder: 'tools' }] }));
		expect((await loadConfig(file)).namespaces).toEqual([{ name: 'Tool', folder: 'tools' }]);
	});

	test('is optional in the working directory, required when named', async () => {
		expect(await loadConfig(undefined, join(dir, 'nowhere'))).toEqual({});
		await expect(loadConfig(join(dir, 'missing.json'))).rejects.toThrow(/cannot be read \(ENOENT\)/u);
	});

	test.each([
		['{ "base": "/a/", }', /is not valid JSON/u],
		[
			'{ "bse": "/a/" }',
			/holds unknown settings `bse`; the settings are `content`, `out`, `base`, `site`, `namespaces`/u,
		],
		['{ "namespaces": [{ "folder": "tools" }] }', /is wrong at `namespaces.0.name`/u],
		['{ "base": 5 }', /is wrong at `base`: Expected string, received number/u],
		['[1]', /is wrong at the top level/u],
	])('%s is refused with the file and the setting named', async (text, why) => {
		const file = write('bad.json', text);
		await expect(loadConfig(file)).rejects.toThrow(why);
		await expect(loadConfig(file)).rejects.toThrow(file);
	});
});
