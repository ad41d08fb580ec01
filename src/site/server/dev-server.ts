import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportedFiles } from '../../export/index.ts';
import { llmsFullTxt, llmsTxt, markdownFiles } from '../view/llms-txt.ts';
import { indexInMemory } from './search-index.ts';
import { SEARCH_WORDS_PATH, searchWordsText } from './search-words.ts';
import { withBase } from '../view/site-address.ts';
import { loadSiteData, type SiteData } from './site-data.ts';
import { VENDOR_BASE, vendorFile } from './vendor.ts';

const TYPES: Readonly<Record<string, string>> = {
	js: 'text/javascript',
	mjs: 'text/javascript',
	json: 'application/json',
	css: 'text/css',
	wasm: 'application/wasm',
	md: 'text/markdown; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
};

function contentType(path: string): string {
	return TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** The files a build writes besides its pages (export, Markdown), made once per run of the content. */
let files: { data: SiteData; base: string; byPath: Promise<Map<string, string>> } | undefined;

async function madeFiles(data: SiteData, base: string): Promise<Map<string, string>> {
	const byPath = new Map<string, string>();
	for await (const file of exportedFiles(data.result)) byPath.set(`/${file.path}`, file.text);
	const place = (path: string) => withBase(base, path);
	const markdown = await markdownFiles(data.result, place);
	for (const file of markdown) byPath.set(file.path, file.text);
	byPath.set('/llms.txt', llmsTxt(data.result, place));
	byPath.set('/llms-full.txt', llmsFullTxt(markdown));
	byPath.set(SEARCH_WORDS_PATH, searchWordsText(data));
	return byPath;
}

let indexed: { data: SiteData; files: Promise<Map<string, Uint8Array>> } | undefined;

/** The in-memory search index of the current content (`/pagefind/*`), made again when the content was reloaded. */
async function searchFile(path: string): Promise<Uint8Array | undefined> {
	const data = await loadSiteData();
	if (indexed?.data !== data)
		indexed = { data, files: indexInMemory(data).then((list) => new Map(list.map((f) => [f.path, f.content]))) };
	return (await indexed.files).get(path);
}

async function builtFile(path: string, base: string): Promise<string | undefined> {
	const data = await loadSiteData();
	if (files?.data !== data || files.base !== base) files = { data, base, byPath: madeFiles(data, base) };
	return (await files.byPath).get(path);
}

/** Is this a file a build writes besides its pages? */
const isBuiltFile = (path: string) =>
	path.startsWith('/api/') ||
	path.endsWith('.md') ||
	path === '/llms.txt' ||
	path === '/llms-full.txt' ||
	path === SEARCH_WORDS_PATH;

/**
 * A connect middleware for `astro dev`: serves what a build writes besides the pages (the JSON export, each page's
 * `.md`, `llms.txt`, the search page's words) from the current pipeline run, `/pagefind/*` from an index built in
 * memory, and mermaid's browser build, so search, the JSON export and diagrams work without a build. Under a base
 * path (`/repo/`), they are served below it (`/repo/api/*`, `/repo/pagefind/*`).
 */
export function devMiddleware(base = '/'): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
	return (req, res, next) => {
		// Vite takes the base path off `req.url`; connect keeps the address as requested in `originalUrl`.
		const requested =
			((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0] ?? '';
		// Under a base path, the same files are served below it, and only there.
		if (!requested.startsWith(base)) return next();
		let path: string;
		try {
			path = decodeURI(`/${requested.slice(base.length)}`);
		} catch {
			return next();
		}
		const send = (body: string | Uint8Array | undefined) => {
			if (body === undefined) return next();
			res.setHeader('Content-Type', contentType(path));
			res.end(body);
		};
		const fail = (error: unknown) => {
			res.statusCode = 500;
			res.end(`wikikb dev: ${(error as Error).message}`);
		};
		if (path.startsWith('/pagefind/')) searchFile(path.slice('/pagefind/'.length)).then(send, fail);
		else if (path.startsWith(VENDOR_BASE)) vendorFile(path).then(send, fail);
		else if (isBuiltFile(path)) builtFile(path, base).then(send, fail);
		else next();
	};
}
