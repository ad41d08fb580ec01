import type { NamespaceSettings, PageId, SourceFile } from '../load/index.ts';
import type { ParsedPage } from '../parse/index.ts';
import { bodyInfoOf, RenderedBodies, type BodyRef } from './bodies.ts';
import { cacheKey, PageCache } from './cache.ts';
import { isCacheEntry } from './cache-checks.ts';
import type { CacheEntry, ShapeCheck } from './cache-schemas.ts';
import { codeVersion } from './code-version.ts';
import { expansionSignature, linkDependencies, transcludedPages } from './dependencies.ts';
import { PageMarkdown, type MarkdownRef } from './markdown.ts';
import type { PageJob, PageOutput } from './page-job.ts';
import type { QueryAnswers } from './queries.ts';
import { processPages } from './workers.ts';

/** What a run makes of each page besides its data. */
export interface PageOutputs {
	/** Render every page's HTML (the site). */
	readonly render: boolean;
	/** Make every page's Markdown (the JSON export's per-page files, the site's `.md` files). */
	readonly markdown: boolean;
}

/** Options of `PageStore.open`. */
export interface PageStoreOptions extends PageOutputs {
	/** Parsed-page cache folder, or `false` for none. */
	readonly cacheDir: string | false;
	readonly namespaces: NamespaceSettings;
}

/** How `PageStore.pages` parses what the cache does not hold. */
export interface ParseOptions {
	/** Worker threads; default: every core. */
	readonly threads?: number;
	/** Called as pages are done (progress reporting). */
	readonly onPage?: (done: number, total: number) => void;
}

/** One page of the run: its data, and where its body and Markdown are when the run makes them. */
interface Kept {
	readonly page: ParsedPage;
	readonly body?: BodyRef;
	readonly markdown?: MarkdownRef;
}

/** Bumped when the layout of cache entries changes. */
const CACHE_FORMAT = '3';

const bodyKey = (key: string) => `${key}.body`;
const markdownKey = (key: string) => `${key}.md`;

/**
 * The pages of one run and their outputs, through the content-hash cache folder: it reads back what each page
 * file's entry still holds (the page is parsed again when its file, a template it expanded, the existence of a
 * page it links to or wikikb's code changed), parses the rest on every core and stores them, and keeps the stores
 * of rendered bodies and Markdown, which read their texts back from the folder when they are used.
 */
export class PageStore {
	/** The rendered bodies of the run (empty unless it renders). */
	readonly bodies: RenderedBodies;
	/** The Markdown of the run's pages (empty unless it makes Markdown). */
	readonly markdown: PageMarkdown;
	/** How many pages came from the cache and how many were parsed. */
	readonly stats = { cached: 0, processed: 0 };
	/** How many values `remember` made (found no stored copy of), by the first of their parts. */
	readonly made = new Map<string, number>();
	private readonly existing: ReadonlySet<string>;
	private readonly templates: readonly (readonly [string, string])[];
	private readonly expandedWith: (page: ParsedPage) => string;
	private readonly keys: readonly string[];
	private readonly fileById: ReadonlyMap<PageId, SourceFile>;

	private constructor(
		private readonly files: readonly SourceFile[],
		private readonly options: PageStoreOptions,
		private readonly cache: PageCache,
		private readonly version: string,
	) {
		this.existing = new Set<string>(files.map((f) => f.id));
		this.templates = transcludedPages(files).map((f) => [f.id as string, f.text] as const);
		this.expandedWith = expansionSignature(new Map(this.templates), this.existing);
		this.keys = files.map((f) => cacheKey(CACHE_FORMAT, version, f.path, f.hash));
		this.fileById = new Map(files.map((f) => [f.id, f]));
		this.bodies = new RenderedBodies(
			cache,
			async (id) => (await this.redo(id, { render: true, markdown: false }))?.rendered,
		);
		this.markdown = new PageMarkdown(
			cache,
			async (id) => (await this.redo(id, { render: false, markdown: true }))?.markdown,
		);
	}

	/** The store of a run over `files` (sorted by path), its cache folder opened. */
	static async open(files: readonly SourceFile[], options: PageStoreOptions): Promise<PageStore> {
		const cache = await PageCache.open(options.cacheDir === false ? undefined : options.cacheDir);
		return new PageStore(files, options, cache, await codeVersion());
	}

	/** The ids of every page of the run. */
	get ids(): ReadonlySet<string> {
		return this.existing;
	}

	/** A page file's text by id (what template calls and embedded queries read). */
	pageText(id: string): string | undefined {
		return this.fileById.get(id as PageId)?.text;
	}

	/**
	 * Every page of the run, in the order of the files: read from the cache where it still holds the page (and the
	 * outputs asked for), else parsed on every core and stored as each arrives.
	 */
	async pages(parse: ParseOptions = {}): Promise<ParsedPage[]> {
		const total = this.files.length;
		const kept: (Kept | undefined)[] = await Promise.all(this.keys.map((key) => this.cached(key)));
		const missIndexes = kept.flatMap((k, i) => (k ? [] : [i]));
		let done = total - missIndexes.length;
		parse.onPage?.(done, total);
		const fresh = await processPages(
			missIndexes.map((i) => this.files[i]!),
			this.job(this.options),
			(out, j) => this.keepFresh(out, this.keys[missIndexes[j]!]!),
			{
				threads: parse.threads,
				onDone: (n) => parse.onPage?.((done += n), total),
			},
		);
		for (const [j, out] of fresh.entries()) kept[missIndexes[j]!] = out;
		this.stats.cached = total - missIndexes.length;
		this.stats.processed = missIndexes.length;
		for (const { page, body, markdown } of kept as Kept[]) {
			if (body) this.bodies.add(page.id, body);
			if (markdown) this.markdown.add(page.id, markdown);
		}
		return kept.map((k) => k!.page);
	}

	/** Puts the results of the run's queries into the pages' bodies and Markdown. */
	fill(answers: QueryAnswers): void {
		for (const [id, results] of answers.html) this.bodies.fill(id, results);
		for (const [id, results] of answers.markdown) this.markdown.fill(id, results);
	}

	/**
	 * A value made from the run's pages by `make`, kept in the cache folder under the digest of `parts` and
	 * wikikb's code: a later run that asks with the same parts (the same inputs) reads it back instead.
	 */
	async remember<T>(parts: readonly string[], isShaped: ShapeCheck<T>, make: () => T | Promise<T>): Promise<T> {
		const key = cacheKey(CACHE_FORMAT, this.version, ...parts);
		const stored = await this.cache.get(key, isShaped);
		if (stored !== undefined) return stored;
		const value = await make();
		this.made.set(parts[0] ?? '', (this.made.get(parts[0] ?? '') ?? 0) + 1);
		await this.cache.set(key, value);
		return value;
	}

	/** What the cache holds of one page file, when it still holds everything the run asks for. */
	private async cached(key: string): Promise<Kept | undefined> {
		const { render, markdown } = this.options;
		const entry = await this.cache.get(key, isCacheEntry);
		if (!entry || (entry.expandedWith ?? '') !== this.expandedWith(entry.page)) return undefined;
		const made = render || markdown ? this.linkSignature(entry.page) : '';
		if (markdown && entry.markdown?.renderedWith !== made) return undefined;
		const md = markdown ? { markdown: { stored: markdownKey(key) } } : {};
		if (!render) return { page: entry.page, ...md };
		if (!entry.body || entry.body.renderedWith !== made) return undefined;
		const { digest, hasDiagrams } = entry.body;
		return { page: entry.page, body: { info: { digest, hasDiagrams }, stored: bodyKey(key) }, ...md };
	}

	/** Stores a freshly parsed page and its outputs; a body or Markdown that cannot be stored is held instead. */
	private async keepFresh(out: PageOutput, key: string): Promise<Kept> {
		const expanded = this.expandedWith(out.page);
		const used = expanded ? { expandedWith: expanded } : {};
		const renderedWith = this.linkSignature(out.page);
		let markdown: MarkdownRef | undefined;
		if (out.markdown !== undefined)
			markdown = (await this.cache.set(markdownKey(key), out.markdown))
				? { stored: markdownKey(key) }
				: { held: out.markdown };
		const mdEntry = markdown?.stored ? { markdown: { renderedWith } } : {};
		const withMarkdown = markdown ? { markdown } : {};
		if (!out.rendered) {
			await this.cache.set(key, { page: out.page, ...used, ...mdEntry } satisfies CacheEntry);
			return { page: out.page, ...withMarkdown };
		}
		const info = bodyInfoOf(out.rendered);
		const stored = await this.cache.set(bodyKey(key), out.rendered);
		await this.cache.set(key, {
			page: out.page,
			...used,
			body: { ...info, renderedWith },
			...mdEntry,
		} satisfies CacheEntry);
		return {
			page: out.page,
			body: stored ? { info, stored: bodyKey(key) } : { info, held: out.rendered },
			...withMarkdown,
		};
	}

	/** Which of the pages a page links to exist: its HTML and Markdown are made again when this changes (red links). */
	private linkSignature(page: ParsedPage): string {
		return linkDependencies(page)
			.map((id) => (this.existing.has(id) ? '1' : '0'))
			.join('');
	}

	private job(outputs: PageOutputs): Omit<PageJob, 'files'> {
		return { ...outputs, existing: [...this.existing], templates: this.templates, namespaces: this.options.namespaces };
	}

	/** One page parsed again in this thread, for an output that has gone from the cache folder since the run began. */
	private async redo(id: PageId, outputs: PageOutputs): Promise<PageOutput | undefined> {
		const file = this.fileById.get(id);
		if (!file) return undefined;
		// Loaded only here: the page builder rarely needs the parser in its own thread.
		const { runJob } = await import('./page-job.ts');
		return (await runJob({ files: [file], ...this.job(outputs) }))[0];
	}
}
