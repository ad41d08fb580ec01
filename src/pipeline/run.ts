import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { buildGraph, type Graph } from '../graph/index.ts';
import { loadContent } from '../load/discover.ts';
import type { PageId, SourceFile } from '../load/types.ts';
import { extractLrRules, type LrRule } from '../lr/index.ts';
import type { ParsedPage } from '../parse/types.ts';
import { cacheKey, PageCache } from './cache.ts';
import { codeVersion } from './code-version.ts';
import { linkDependencies } from './dependencies.ts';
import type { PageOutput, RenderedHtml } from './page-job.ts';
import { processPages } from './workers.ts';

/** Everything one run over a content folder produces, before anything is written. */
export interface PipelineResult {
	readonly files: readonly SourceFile[];
	/** Parsed pages, in the order of `files` (sorted by relative path). */
	readonly pages: readonly ParsedPage[];
	readonly graph: Graph;
	readonly rules: readonly LrRule[];
	/** Rendered page bodies by page id, when the run was asked to render. */
	readonly rendered: ReadonlyMap<PageId, RenderedHtml>;
	/** All diagnostics of all stages, sorted by file and line. */
	readonly diagnostics: readonly Diagnostic[];
	/** How many pages came from the cache and how many were processed. */
	readonly stats: { readonly cached: number; readonly processed: number };
}

/** Options of a pipeline run. */
export interface PipelineOptions {
	readonly contentDir: string;
	/** Also render every page's HTML (the site); the JSON export does not need it. */
	readonly render?: boolean;
	/** Cache folder; `false` disables caching. Default: `$WIKIKB_CACHE_DIR` or `node_modules/.cache/wikikb`. */
	readonly cacheDir?: string | false;
	/** Worker threads; default: every core. */
	readonly threads?: number;
	/** Called as pages are done (progress reporting). */
	readonly onPage?: (done: number, total: number) => void;
}

interface CacheEntry extends PageOutput {
	/** Existence signature of the pages this page links to, when it was rendered. */
	readonly renderedWith?: string;
}

/** The wikikb package folder, whose `node_modules/.cache` holds the default cache wherever the command runs. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The default cache folder: `$WIKIKB_CACHE_DIR` (`off` disables it), else wikikb's `node_modules/.cache/wikikb`. */
export function defaultCacheDir(): string | false {
	const fromEnv = process.env.WIKIKB_CACHE_DIR;
	if (fromEnv === 'off' || fromEnv === '0') return false;
	return fromEnv ? resolve(fromEnv) : resolve(PACKAGE_ROOT, 'node_modules/.cache/wikikb');
}

/**
 * The flow, written once: load -> parse (+ render) on every core, through the content-hash cache -> graph -> lr.
 * Output depends only on the input files, never on scheduling or cache state.
 * Throws `ContentError` only when output is impossible (unreadable folder, two files with one title).
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	const render = options.render ?? false;
	const loaded = await loadContent(options.contentDir);
	const files = loaded.files;
	const existing = new Set<string>(files.map((f) => f.id));
	const cacheDir = options.cacheDir ?? defaultCacheDir();
	const cache = await PageCache.open(cacheDir === false ? undefined : cacheDir);
	const version = await codeVersion();
	const keys = files.map((f) => cacheKey(version, f.path, f.hash));
	const signature = (page: ParsedPage) => linkDependencies(page).map((id) => (existing.has(id) ? '1' : '0')).join('');

	const outputs: (PageOutput | undefined)[] = await Promise.all(
		keys.map(async (key) => {
			const entry = await cache.get<CacheEntry>(key);
			if (!entry) return undefined;
			if (render && (!entry.rendered || entry.renderedWith !== signature(entry.page))) return undefined;
			return entry;
		}),
	);
	let done = outputs.filter(Boolean).length;
	options.onPage?.(done, files.length);
	const missIndexes = outputs.flatMap((o, i) => (o ? [] : [i]));
	const fresh = await processPages(
		missIndexes.map((i) => files[i]!),
		{ render, existing: [...existing] },
		{ threads: options.threads, onDone: (n) => options.onPage?.((done += n), files.length) },
	);
	await Promise.all(
		fresh.map((out, j) => {
			const i = missIndexes[j]!;
			outputs[i] = out;
			const entry: CacheEntry = out.rendered ? { ...out, renderedWith: signature(out.page) } : out;
			return cache.set(keys[i]!, entry);
		}),
	);

	const pages = outputs.map((o) => o!.page);
	const rendered = new Map<PageId, RenderedHtml>();
	if (render) for (const o of outputs) if (o!.rendered) rendered.set(o!.page.id, o!.rendered);
	const graph = buildGraph(pages);
	const lr = extractLrRules(pages, graph.graph);
	const diagnostics = [...loaded.diagnostics, ...pages.flatMap((p) => p.diagnostics), ...graph.diagnostics, ...lr.diagnostics].sort(compareDiagnostics);
	return { files, pages, graph: graph.graph, rules: lr.rules, rendered, diagnostics, stats: { cached: files.length - missIndexes.length, processed: missIndexes.length } };
}
