/**
 * Checks over every page of a built site, from its HTML files and its server: every link, script, style and image
 * a page names must answer (no 404), and no count reads "1 pages". Run on the sites the browser tests build
 * anyway (kapso, unsloth, content/), never on a site of its own.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import pLimit from 'p-limit';
import { sitePages } from './helpers.ts';

/** Attributes that name another resource of the site, by element. */
const LINK_ATTRIBUTES: Readonly<Record<string, string>> = {
	a: 'href',
	link: 'href',
	script: 'src',
	img: 'src',
	source: 'src',
	iframe: 'src',
	form: 'action',
};

/** Nouns a count may be followed by: "1 pages" is the mistake this catches. */
const PLURAL_AFTER_ONE =
	/(?<![\d.,/])\b1 (?:[a-z-]+ )?(pages|rules|nodes|connections|neighbours|domains|sources|categories|properties|times|values|files|entries|diagnostics|errors|warnings|infos|findings|links|steps|results|annotations|members|sequences)\b/u;

function* elements(node: Root | RootContent): Generator<Element> {
	if (node.type === 'element') yield node;
	if ('children' in node) for (const child of node.children) yield* elements(child);
}

function textOf(node: Root | RootContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template'))
		return '';
	return 'children' in node
		? node.children
				.map(textOf)
				.join(node.type === 'element' && /^(?:p|li|td|th|h\d|div|dt|dd|section)$/u.test(node.tagName) ? ' \n' : '')
		: '';
}

/** What a crawl of a built site found. */
export interface CrawlReport {
	/** Pages read. */
	readonly pages: number;
	/** Distinct addresses of the site that the pages name. */
	readonly targets: number;
	/** `address (status) from page` for each address that did not answer 200. */
	readonly broken: string[];
	/** `page: text` for each count followed by a plural noun. */
	readonly plurals: string[];
}

/**
 * Reads every page of a built site, requests each address of the site its links, scripts, styles, images and
 * forms name (once each) from the server, and reads its text for counts like "1 pages".
 * @param base the base path the site is built for (`/` or `/repo/`)
 */
export async function crawlSite(outDir: string, serverUrl: string, base = '/'): Promise<CrawlReport> {
	const pages = await sitePages(outDir);
	const from = new Map<string, string>();
	const plurals: string[] = [];
	for (const path of [...pages, '/404.html']) {
		const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
		const tree = fromHtml(await readFile(file, 'utf8'));
		const pageUrl = new URL(path === '/404.html' ? '/404.html' : `${base}${path.slice(1)}`, 'http://site');
		for (const el of elements(tree)) {
			const attribute = LINK_ATTRIBUTES[el.tagName];
			const value = attribute ? el.properties[attribute] : undefined;
			if (typeof value !== 'string' || value === '' || value.startsWith('#')) continue;
			const target = new URL(value, pageUrl);
			if (target.origin !== 'http://site') continue;
			const address = target.pathname;
			if (!from.has(address)) from.set(address, path);
		}
		const text = textOf(tree).replace(/\s+/gu, ' ');
		const plural = PLURAL_AFTER_ONE.exec(text);
		if (plural) plurals.push(`${path}: …${text.slice(Math.max(0, plural.index - 40), plural.index + 40)}…`);
	}
	const limit = pLimit(8);
	const broken = (
		await Promise.all(
			[...from].map(([address, page]) =>
				limit(async () => {
					const response = await fetch(serverUrl + address);
					await response.arrayBuffer();
					return response.status === 200 ? [] : [`${address} (${response.status}) from ${page}`];
				}),
			),
		)
	).flat();
	return { pages: pages.length, targets: from.size, broken: broken.sort(), plurals };
}
