import type { PageId } from '../load/index.ts';
import type { PageCache } from './cache.ts';

/** Where one page's output is: in the cache folder under `stored`, or `held` in memory. */
export interface StoredRef<T> {
	readonly stored?: string;
	readonly held?: T;
}

/** How one kind of page output is checked, made again and given its page's query results. */
export interface OutputKind<T> {
	/** The shape check of a value read back from the cache folder. */
	readonly isValue: (value: unknown) => value is T;
	/** Makes a page's output again, for a stored one that has gone bad or missing since the run began. */
	readonly remake: (id: PageId) => Promise<T | undefined>;
	/** The output with its queries' results put in place of their placeholders. */
	readonly withResults: (value: T, results: readonly string[]) => T | Promise<T>;
}

/**
 * One kind of output of a run's pages (rendered bodies, Markdown). Outputs are most of a run's memory, so those
 * written to the cache folder are read back when they are used instead of being held; without a cache they are
 * held. A stored output that is gone, unreadable or of the wrong shape (the cache folder was cleared or damaged
 * meanwhile) is made again and stored. Query results, known only once the graph is built, are put in when an
 * output is read.
 */
export class StoredOutputs<T, R extends StoredRef<T> = StoredRef<T>> {
	protected readonly refs = new Map<PageId, R>();
	/** Each page's query results, put in place of their placeholders when its output is read. */
	protected readonly answers = new Map<PageId, readonly string[]>();

	constructor(
		private readonly cache: PageCache,
		private readonly kind: OutputKind<T>,
	) {}

	/** Records where a page's output is. */
	add(id: PageId, ref: R): void {
		this.refs.set(id, ref);
	}

	/** Records the results of a page's queries (made by every run once the graph is built). */
	fill(id: PageId, results: readonly string[]): void {
		if (results.length > 0) this.answers.set(id, results);
	}

	/** Whether the run made this page's output. */
	has(id: PageId): boolean {
		return this.refs.has(id);
	}

	/** A page's output with its queries' results, read from the cache folder when it is stored there. */
	async get(id: PageId): Promise<T | undefined> {
		const value = await this.stored(id);
		const results = this.answers.get(id);
		return value !== undefined && results ? this.kind.withResults(value, results) : value;
	}

	/** A page's output as made, its queries' places still marked. */
	private async stored(id: PageId): Promise<T | undefined> {
		const ref = this.refs.get(id);
		if (!ref) return undefined;
		if (ref.held !== undefined) return ref.held;
		const stored = await this.cache.get(ref.stored!, this.kind.isValue);
		if (stored !== undefined) return stored;
		const again = await this.kind.remake(id);
		if (again !== undefined) await this.cache.set(ref.stored!, again);
		return again;
	}
}
