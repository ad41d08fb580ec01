import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportFiles, stableStringify } from '../../export/index.ts';
import { indexInMemory, type IndexFile } from './search-index.ts';
import { loadSiteData, type SiteData } from './site-data.ts';
import { MERMAID_BASE, vendorFile } from './vendor.ts';

const TYPES: Readonly<Record<string, string>> = {
	js: 'text/javascript',
	mjs: 'text/javascript',
	json: 'application/json',
	css: 'text/css',
	wasm: 'application/wasm',
};

function contentType(path: string): string {
	return TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

let indexed: { data: SiteData; files: Promise<Map<string, Uint8Array>> } | undefined;

/** The in-memory search index of the current content, rebuilt when the content was reloaded. */
async function searchFiles(): Promise<Map<string, Uint8Array>> {
	const data = await loadSiteData();
	if (indexed?.data !== data) {
		const files = indexInMemory(data).then((list: IndexFile[]) => new Map(list.map((f) => [f.path, f.content])));
		indexed = { data, files };
	}
	return indexed.files;
}

async function apiFile(name: string): Promise<string | undefined> {
	const { result } = await loadSiteData();
	for (const file of exportFiles(result)) {
		if (name === `${file.name}.json`) return stableStringify(file.payload);
		if (name === `schema/${file.name}.schema.json`) return stableStringify(file.schema);
	}
	return undefined;
}

/**
 * A connect middleware for `astro dev`: serves `/pagefind/*` from an index built in memory, `/api/*.json`
 * from the current pipeline run and mermaid's browser build, so search, the JSON export and diagrams work
 * without a build. Under a base path (`/repo/`), they are served below it (`/repo/pagefind/*`).
 */
export function devMiddleware(base = '/'): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
	return (req, res, next) => {
		// Vite takes the base path off `req.url`; connect keeps the address as requested in `originalUrl`.
		const requested = ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0] ?? '';
		// Under a base path, the same files are served below it, and only there.
		if (!requested.startsWith(base)) return next();
		const path = `/${requested.slice(base.length)}`;
		const send = (body: string | Uint8Array | undefined) => {
			if (body === undefined) return next();
			res.setHeader('Content-Type', contentType(path));
			res.end(body);
		};
		const fail = (error: unknown) => {
			res.statusCode = 500;
			res.end(`wikikb dev: ${(error as Error).message}`);
		};
		if (path.startsWith('/pagefind/')) {
			searchFiles().then((files) => send(files.get(path.slice('/pagefind/'.length))), fail);
		} else if (path.startsWith(MERMAID_BASE)) {
			vendorFile(path).then(send, fail);
		} else if (path.startsWith('/api/')) {
			apiFile(path.slice('/api/'.length)).then(send, fail);
		} else {
			next();
		}
	};
}
