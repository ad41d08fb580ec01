import { compareDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { buildGraph, type Graph } from '../graph/index.ts';
import { loadContent, type NamespaceSettings, type PageId, type SourceFile } from '../load/index.ts';
import { extractLrRules, type LrRule } from '../lr/index.ts';
import type { ParsedPage, WikiSource } from '../parse/index.ts';
import { cacheKey, PageCache } from './cache.ts';
import { pageCacheDir } from './cache-root.ts';
import { isCachedText, isCacheEntry, type CacheEntry } from './cache-schemas.ts';
import { codeVersion } from './code-version.ts';
import { expansionSignature, linkDependencies, transcludedPages } from './dependencies.ts';
import { bodyInfoOf, RenderedBodies, type BodyRef } from './bodies.ts';
import { markdownLinks, PageMarkdown, type MarkdownRef } from './markdown.ts';
import type { PageOutput } from './page-job.ts';
import type { QueryAnswers } from './queries.ts';
import { processPages } from './workers.ts';

/** Everything one run over a content folder produces, before anything is written. */
export interface PipelineResult {
	readonly files: readonly SourceFile[];
	/** Parsed pages, in the order of `files` (sorted by relative path). */
	readonly pages: readonly ParsedPage[];
	readonly graph: Graph;
	readonly rules: readonly LrRule[];
	/** Rendered page bodies by page id, when the run was asked to render (read on demand). */
	readonly bodies: RenderedBodies;
	/** Each page's Markdown, when the run was asked for it (read on demand). */
	readonly markdown: PageMarkdown;
	/** All diagnostics of all stages, sorted by file and line. */
	readonly diagnostics: readonly Diagnostic[];
	/** How many pages came from the cache and how many were processed. */
	readonly stats: { readonly cached: number; readonly processed: number };
	/**
	 * A text made from the whole run (the search index), kept in the cache folder under `name` for these exact page
	 * files and this wikikb: a run over unchanged files reads it back instead of making it again.
	 */
	derived(name: string, make: () => string): Promise<string>;
}

/** Options of a pipeline run. */
export interface PipelineOptions {
	readonly contentDir: string;
	/** Also render every page's HTML (the site); the JSON export does not need it. */
	readonly render?: boolean;
	/** Also make every page's Markdown (the JSON export's per-page files, the site's `.md` files). */
	readonly markdown?: boolean;
	/** Parsed-page cache folder; `false` disables caching. Default: `pages/` in the cache folder (`cacheRoot()`). */
	readonly cacheDir?: string | false;
	/** Worker threads; default: every core. */
	readonly threads?: number;
	/** Called as pages are done (progress reporting). */
	readonly onPage?: (done: number, total: number) => void;
	/** Custom namespaces (`wikikb.config.json`'s `namespaces`). */
	readonly namespaces?: NamespaceSettings;
}

/** Bumped when the layout of cache entries changes. */
const CACHE_FORMAT = '3';

const bodyKey = (key: string) => `${key}.body`;
const markdownKey = (key: string) => `${key}.md`;

/**
 * The flow, written once: load -> parse (+ render) on every core, through the content-hash cache -> graph -> lr.
 * Output depends only on the input files, never on scheduling or cache state.
 * Throws `ContentError` only when output is impossible (unreadable folder, two files with one title).
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
	const render = options.render ?? false;
	const markdown = options.markdown ?? false;
	const namespaceSettings = options.namespaces ?? [];
	const loaded = await loadContent(options.contentDir, namespaceSettings);
	const files = loaded.files;
	const existing = new Set<string>(files.map((f) => f.id));
	const templates = transcludedPages(files).map((f) => [f.id as string, f.text] as const);
	const expandedWith = expansionSignature(new Map(templates), existing);
	const cacheDir = options.cacheDir ?? pageCacheDir();
	const cache = await PageCache.open(cacheDir === false ? undefined : cacheDir);
	const version = await codeVersion();
	const keys = files.map((f) => cacheKey(CACHE_FORMAT, version, f.path, f.hash));
	const signature = (page: ParsedPage) => linkDependencies(page).map((id) => (existing.has(id) ? '1' : '0')).join('');

	type Kept = { readonly page: ParsedPage; readonly body?: BodyRef; readonly markdown?: MarkdownRef };
	const kept: (Kept | undefined)[] = await Promise.all(
		keys.map(async (key): Promise<Kept | undefined> => {
			const entry = await cache.get(key, isCacheEntry);
			if (!entry || (entry.expandedWith ?? '') !== expandedWith(entry.page)) return undefined;
			const made = render || markdown ? signature(entry.page) : '';
			if (markdown && entry.markdown?.renderedWith !== made) return undefined;
			const md = markdown ? { markdown: { stored: markdownKey(key) } } : {};
			if (!render) return { page: entry.page, ...md };
			if (!entry.body || entry.body.renderedWith !== made) return undefined;
			const { digest, hasDiagrams } = entry.body;
			return { page: entry.page, body: { info: { digest, hasDiagrams }, stored: bodyKey(key) }, ...md };
		}),
	);
	let done = kept.filter(Boolean).length;
	options.onPage?.(done, files.length);
	const missIndexes = kept.flatMap((o, i) => (o ? [] : [i]));
	// Each fresh page is stored as it arrives; its body is then read back from the cache when its page is rendered.
	const keepFresh = async (out: PageOutput, j: number): Promise<Kept> => {
		const key = keys[missIndexes[j]!]!;
		const expanded = expandedWith(out.page);
		const used = expanded ? { expandedWith: expanded } : {};
		const renderedWith = signature(out.page);
		let md: MarkdownRef | undefined;
		if (out.markdown !== undefined) md = (await cache.set(markdownKey(key), out.markdown)) ? { stored: markdownKey(key) } : { held: out.markdown };
		const mdEntry = md?.stored ? { markdown: { renderedWith } } : {};
		if (!out.rendered) {
			await cache.set(key, { page: out.page, ...used, ...mdEntry } satisfies CacheEntry);
			return { page: out.page, ...(md ? { markdown: md } : {}) };
		}
		const info = bodyInfoOf(out.rendered);
		const stored = await cache.set(bodyKey(key), out.rendered);
		await cache.set(key, { page: out.page, ...used, body: { ...info, renderedWith }, ...mdEntry } satisfies CacheEntry);
		return { page: out.page, body: stored ? { info, stored: bodyKey(key) } : { info, held: out.rendered }, ...(md ? { markdown: md } : {}) };
	};
	const fresh = await processPages(
		missIndexes.map((i) => files[i]!),
		{ render, markdown, existing: [...existing], templates, namespaces: namespaceSettings },
		keepFresh,
		{ threads: options.threads, onDone: (n) => options.onPage?.((done += n), files.length) },
	);
	for (const [j, out] of fresh.entries()) kept[missIndexes[j]!] = out;

	const pages = kept.map((k) => k!.page);
	const fileById = new Map(files.map((f) => [f.id, f]));
	/** One page parsed again in this thread, for an output that has gone from the cache folder since the run began. */
	const redo = async (id: PageId, wanted: { render: boolean; markdown?: boolean }): Promise<PageOutput | undefined> => {
		const file = fileById.get(id);
		if (!file) return undefined;
		// Loaded only here: the page builder rarely needs the parser in its own thread.
		const { runJob } = await import('./page-job.ts');
		return (await runJob({ files: [file], ...wanted, existing: [...existing], templates, namespaces: namespaceSettings }))[0];
	};
	const bodies = new RenderedBodies(cache, async (id) => (await redo(id, { render: true }))?.rendered);
	const texts = new PageMarkdown(cache, async (id) => (await redo(id, { render: false, markdown: true }))?.markdown);
	for (const { page, body, markdown: md } of kept as Kept[]) {
		if (body) bodies.add(page.id, body);
		if (md) texts.add(page.id, md);
	}
	const graph = buildGraph(pages);
	const lr = extractLrRules(pages, graph.graph);
	// queries need the whole graph: they are answered here, after every page, and their results fill the bodies
	const wiki: WikiSource = { pageText: (id) => fileById.get(id as PageId)?.text, exists: (id) => existing.has(id) };
	// loaded only for pages with queries, like the parser below: answering renders wikitext
	const answers: QueryAnswers = pages.some((p) => p.queries && p.queries.length > 0)
		? await (await import('./queries.ts')).answerQueries({ pages, graph: graph.graph, wiki, existing, render, ...(markdown ? { markdown: markdownLinks(existing) } : {}) })
		: { html: new Map(), markdown: new Map(), diagnostics: [] };
	for (const [id, results] of answers.html) bodies.fill(id, results);
	for (const [id, results] of answers.markdown) texts.fill(id, results);
	const diagnostics = [...loaded.diagnostics, ...pages.flatMap((p) => p.diagnostics), ...graph.diagnostics, ...lr.diagnostics, ...answers.diagnostics].sort(compareDiagnostics);
	const runKey = cacheKey(CACHE_FORMAT, version, ...files.map((f) => `${f.path}\0${f.hash}`));
	const derived = async (name: string, make: () => string): Promise<string> => {
		const key = cacheKey(runKey, name);
		const stored = await cache.get(key, isCachedText);
		if (stored !== undefined) return stored;
		const value = make();
		await cache.set(key, value);
		return value;
	};
	return { files, pages, graph: graph.graph, rules: lr.rules, bodies, markdown: texts, diagnostics, derived, stats: { cached: files.length - missIndexes.length, processed: missIndexes.length } };
}
