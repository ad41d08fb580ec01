import { extractComparator } from './comparators.ts';
import { CLOSE_STOP, ChunkReader, VALUE_STOP, type Chunk } from './reader.ts';
import type { QueryStore } from './store.ts';
import type { Comparator, Condition, PropertyRef } from './types.ts';
import { valueTest } from './values.ts';

/** A problem found while reading conditions, placed in the condition text. */
export interface ConditionIssue {
	readonly code: string;
	readonly message: string;
	readonly start: number;
	readonly end: number;
}

/** Characters a property name cannot hold. */
const BAD_PROPERTY = /[[\]{}|<>#]/u;

/** A disjunction or conjunction of two conditions, flattened; an absent side is no condition. */
function combine(kind: 'and' | 'or', a: Condition | undefined, b: Condition | undefined): Condition | undefined {
	if (!a) return b;
	if (!b) return a;
	const parts = [...(a.kind === kind ? a.parts : [a]), ...(b.kind === kind ? b.parts : [b])];
	return { kind, parts };
}

/** Sets `|+depth=N` on a category or property condition (each one of a disjunction). */
function withDepth(condition: Condition, depth: number): Condition {
	if (condition.kind === 'class' || condition.kind === 'property') return { ...condition, depth };
	if (condition.kind === 'or') return { kind: 'or', parts: condition.parts.map((p) => withDepth(p, depth)) };
	return condition;
}

const THING: Condition = { kind: 'thing' };

/**
 * Semantic MediaWiki's query condition parser (`LegacyParser`), ported: `[[...]]` atoms joined by juxtaposition (and),
 * `OR`/`||` (or, weaker), `<q>...</q>` (parentheses), `AND` (opens a subquery to the end); atoms are categories
 * (`[[Category:A||B|+depth=1]]`), concepts, property conditions with chains (`[[A.B::v]]`), inverses (`-P`), value
 * lists (`v1||v2`), `+`, `!+` and subqueries, pages (`[[Foo]]`, `[[~Foo*]]`), namespaces (`[[Help:+]]`). What it
 * cannot read is an issue with the offsets of the part meant, and reading goes on as SMW does; it never throws.
 */
export class ConditionParser {
	private readonly reader: ChunkReader;
	private readonly closers: string[] = [];
	readonly issues: ConditionIssue[] = [];

	constructor(
		private readonly store: QueryStore,
		readonly text: string,
	) {
		this.reader = new ChunkReader(text);
	}

	/** The whole condition: what could be read (`thing` when nothing could). */
	parse(): Condition {
		if (this.text.trim() === '') {
			this.issue(
				'smw-query-condition-empty',
				'The query has no condition. Write one such as `[[Category:Example]]` or `[[Has property::+]]`.',
				{ text: '', start: 0, end: 0 },
			);
			return THING;
		}
		return this.subquery() ?? THING;
	}

	private issue(code: string, message: string, at: Chunk): void {
		this.issues.push({ code, message, start: at.start, end: Math.max(at.end, at.start + 1) });
	}

	private unexpected(chunk: Chunk): void {
		this.issue(
			'smw_unexpectedpart',
			`The part \`${chunk.text}\` of the query was not understood, so it is ignored. Write conditions as \`[[...]]\`, joined by \`OR\`, \`||\` or \`<q>...</q>\`.`,
			chunk,
		);
	}

	/** A query or `<q>` subquery: conjunctions of atoms, joined by `OR`/`||`, up to `</q>` or the end. */
	private subquery(): Condition | undefined {
		let conjunction: Condition | undefined;
		const disjuncts: (Condition | undefined)[] = [];
		const opened = this.reader.offset;
		let chunk = this.reader.read();
		let going = chunk.text !== '';
		while (going) {
			const word = chunk.text.toLowerCase();
			if (word === '[[') conjunction = combine('and', conjunction, this.link());
			else if (chunk.text === 'AND' || word === '<q>') {
				this.closers.push('</q>');
				conjunction = combine('and', conjunction, this.subquery());
			} else if (chunk.text === 'OR' || word === '||' || word === '' || word === '</q>') {
				disjuncts.push(conjunction);
				conjunction = undefined;
				if (word === '</q>') {
					if (this.closers.pop() !== '</q>') {
						this.issue(
							'smw_toomanyclosing',
							'There are more `</q>` than `<q>` in the query. Remove the extra `</q>`.',
							chunk,
						);
						return undefined;
					}
					going = false;
				} else if (word === '') going = false;
			} else if (word !== '+') this.unexpected(chunk);
			if (going) chunk = this.reader.read();
		}
		if (disjuncts.length === 0 || disjuncts.some((d) => d === undefined)) {
			this.issue(
				'smw_emptysubquery',
				'A part of the query between `OR`s or inside `<q>...</q>` has no condition that could be read. Write a condition there or remove the empty part.',
				{ text: '', start: opened, end: this.reader.offset },
			);
			return undefined;
		}
		return disjuncts.reduce<Condition | undefined>((all, d) => combine('or', all, d), undefined);
	}

	/** The inside of `[[...]]`: a category or concept, a property condition, or a page or namespace. */
	private link(): Condition | undefined {
		const chunk = this.reader.read(undefined, true, false);
		const prefix = chunk.text.toLowerCase();
		if (prefix === 'category:' || prefix === 'concept:') return this.classCondition(prefix === 'category:', chunk);
		const separator = this.reader.read(undefined, false);
		if (separator.text === '::' || separator.text === ':=') {
			if (!chunk.text.startsWith(':')) return this.propertyCondition(chunk);
			const rest = this.reader.read(VALUE_STOP);
			return this.pageCondition({ text: (chunk.text + rest.text).trim(), start: chunk.start, end: rest.end });
		}
		const trimmed = chunk.text.trim();
		const lead = chunk.text.length - chunk.text.trimStart().length;
		return this.pageCondition({ text: trimmed, start: chunk.start + lead, end: chunk.start + lead + trimmed.length });
	}

	/** `[[Category:A||B]]`, `[[Category:+]]` (the namespace), `[[Concept:C]]`. */
	private classCondition(category: boolean, prefix: Chunk): Condition | undefined {
		let condition: Condition | undefined;
		let invalid = '';
		let chunk: Chunk;
		do {
			chunk = this.reader.read();
			if (chunk.text === '+')
				condition = combine('or', condition, { kind: 'namespace', namespace: category ? 'Category' : 'Concept' });
			else {
				let name = chunk.text;
				if (name.startsWith('!')) {
					this.issue(
						'wikikb-unsupported',
						`\`[[Category:!${name.slice(1)}]]\` (not in a category) works only with Semantic MediaWiki's Elasticsearch store; it is read as \`[[Category:${name.slice(1)}]]\`, as SMW's SQL store reads it. Use a condition on something the pages have instead.`,
						chunk,
					);
					name = name.slice(1);
				}
				const written = `${category ? 'Category' : 'Concept'}:${name}`;
				if (written.includes('::')) invalid += written;
				else if (invalid) invalid += `||${name}`;
				const title = this.store.readTitle(written.includes('::') ? '' : written);
				if (title) {
					const named =
						title.namespace === (category ? 'Category' : 'Concept') ? title.name : `${title.namespace}:${title.name}`;
					condition = combine(
						'or',
						condition,
						category
							? { kind: 'class', categories: [named] }
							: { kind: 'concept', concept: this.store.resolve(title.id), start: chunk.start, end: chunk.end },
					);
				}
			}
			chunk = this.reader.read();
		} while (chunk.text === '||' && category);
		if (invalid) {
			this.issue(
				'smw-category-invalid-value-assignment',
				`\`[[${invalid}]]\` is neither a category nor a property condition: \`Category\` cannot be a property. Write \`[[Category:${invalid.split('::')[1] ?? ''}]]\` for pages in the category.`,
				{ text: invalid, start: prefix.start, end: chunk.start },
			);
			return this.finish(chunk, undefined);
		}
		return this.finish(chunk, mergeClasses(condition));
	}

	/** `[[P::v]]`, `[[P::v1||v2]]`, `[[P::+]]`, `[[P::<q>...</q>]]`, `[[A.B::v]]`, `[[-P::v]]`. */
	private propertyCondition(nameChunk: Chunk): Condition | undefined {
		this.reader.read();
		// an initial space escapes chains: `[[ A.B::v]]` is the property `A.B`
		const names = nameChunk.text.startsWith(' ') ? [nameChunk.text] : nameChunk.text.split('.');
		const chain: PropertyRef[] = [];
		let pageValued = true;
		let at = nameChunk.start;
		for (const raw of names) {
			const span = { text: raw, start: at, end: at + raw.length };
			at += raw.length + 1;
			if (!pageValued) {
				this.issue(
					'smw_valuesubquery',
					`\`${chain.at(-1)?.name}\` has no page values, so \`${raw.trim()}\` cannot follow it in a property chain. Only properties of type Page can be followed by \`.\`.`,
					span,
				);
				return undefined;
			}
			const inverse = raw.trim().startsWith('-');
			const bare = inverse ? raw.trim().slice(1) : raw.trim();
			if (bare === '' || BAD_PROPERTY.test(bare)) {
				this.issue(
					'smw-datavalue-property-invalid-character',
					`\`${raw.trim()}\` is not a property name: a name cannot be empty or hold \`[]{}|<>#\`.`,
					span,
				);
				return undefined;
			}
			const name = this.store.property(bare).name;
			chain.push({ name, inverse });
			pageValued = inverse || this.store.property(bare).type === '_wpg';
		}
		const last = chain.at(-1)!;
		let value: Condition | undefined;
		let absent = false;
		let chunk: Chunk;
		do {
			chunk = this.reader.read();
			if (chunk.text === '!+') {
				absent = true;
				chunk = this.reader.read();
			} else if (chunk.text === '+') {
				value = combine('or', value, THING);
				chunk = this.reader.read();
			} else if (chunk.text.toLowerCase() === '<q>') {
				if (pageValued) {
					this.closers.push('</q>');
					value = combine('or', value, this.subquery());
				} else {
					this.issue(
						'smw_valuesubquery',
						`Subqueries are not supported for values of \`${last.name}\`, which are no pages; it is read as "any value".`,
						chunk,
					);
					value = combine('or', value, THING);
				}
				chunk = this.reader.read();
			} else {
				const read = this.readValue(chunk);
				chunk = read.next;
				value = combine('or', value, this.valueCondition(last, read.value));
			}
		} while (chunk.text === '||');
		if (absent && value === undefined) value = { kind: 'thing' };
		if (value === undefined) {
			value = THING;
			this.issue(
				'smw_propvalueproblem',
				`The value of \`${last.name}\` was not understood, so the condition is read as "any value". Write a value after \`::\`, or \`+\` for any value.`,
				{ text: '', start: nameChunk.start, end: chunk.end },
			);
		}
		let condition: Condition = absent
			? { kind: 'property', property: last, value, absent: true }
			: { kind: 'property', property: last, value };
		for (const property of chain.slice(0, -1).reverse()) condition = { kind: 'property', property, value: condition };
		return this.finish(chunk, condition);
	}

	/** A value up to `||`, `|` or the closing `]]`, keeping balanced `[[...]]` inside it. */
	private readValue(first: Chunk): { value: Chunk; next: Chunk } {
		let open = 1;
		let text = first.text;
		let end = first.end;
		let chunk = first;
		while (open > 0) {
			chunk = this.reader.read(VALUE_STOP);
			if (chunk.text === '[[') open++;
			else if (chunk.text === ']]') open--;
			else if ((chunk.text === '|' || chunk.text === '||') && open === 1) open = 0;
			else if (chunk.text === '') break;
			if (open !== 0) {
				text += chunk.text;
				end = chunk.end;
			}
		}
		return { value: { text, start: first.start, end }, next: chunk };
	}

	/** A value of the last property of a chain, read by its type (an inverse's values are pages). */
	private valueCondition(property: PropertyRef, value: Chunk): Condition {
		const info = property.inverse
			? { name: property.name, type: '_wpg' as const, source: 'default' as const, declaration: {} }
			: this.store.property(property.name);
		const outcome = valueTest(this.store, info, value.text);
		if ('test' in outcome) return { kind: 'value', ...outcome.test };
		this.issue(
			outcome.problem.code,
			`The value \`${value.text}\` of \`${property.name}\` cannot be read: ${outcome.problem.message} The condition is read as "any value".`,
			value,
		);
		return THING;
	}

	/** `[[Foo]]`, `[[!Foo]]`, `[[~Foo*]]`, `[[Help:~A*]]`, `[[Help:+]]`, `[[:+]]`, `[[A||B]]`. */
	private pageCondition(first: Chunk): Condition | undefined {
		let condition: Condition | undefined;
		let chunk = first;
		for (;;) {
			if (chunk.text.toLowerCase() === '<q>') {
				this.issue(
					'smw_misplacedsubquery',
					'A subquery `<q>...</q>` cannot stand alone inside `[[...]]`. Write it as the value of a property: `[[Property::<q>...</q>]]`.',
					chunk,
				);
				return undefined;
			}
			const parts = chunk.text.split(':');
			const list = parts[0] === '' && parts.length === 3 ? parts.slice(1) : parts;
			if (list.length === 2 && list[1] === '+') {
				const namespace = list[0] === '' ? { name: '' } : this.store.namespace(list[0]!);
				if (namespace) condition = combine('or', condition, { kind: 'namespace', namespace: namespace.name });
			} else condition = combine('or', condition, this.pageValue(chunk));
			chunk = this.reader.read(VALUE_STOP);
			if (chunk.text !== '||') break;
			chunk = this.reader.read(VALUE_STOP);
		}
		return this.finish(chunk, condition);
	}

	/** One page of a page condition: by identity for `=` and `!`, else by sort key (in a namespace when one is written). */
	private pageValue(chunk: Chunk): Condition | undefined {
		let { comparator, value } = extractComparator(chunk.text);
		let namespace: string | undefined;
		const colon = value.indexOf(':');
		const ns = colon > 0 ? this.store.namespace(value.slice(0, colon)) : undefined;
		if (ns && ns.name !== '') {
			const inner = extractComparator(value.slice(colon + 1));
			if ((comparator === 'eq' || comparator === 'neq') && inner.comparator !== 'eq') ({ comparator } = inner);
			if (comparator !== 'eq' && comparator !== 'neq') {
				namespace = ns.name;
				value = inner.comparator === 'eq' ? value.slice(colon + 1) : inner.value;
			}
		}
		if (comparator === 'eq' || comparator === 'neq') {
			const title = this.store.readTitle(value);
			if (!title) {
				this.issue(
					'smw-datavalue-wikipage-invalid-title',
					`\`${value}\` is not a page name (it is empty or holds \`[]{}|<>\`), so the condition is ignored.`,
					chunk,
				);
				return undefined;
			}
			const page = this.store.resolve(title.id);
			return { kind: 'page', comparator, id: title.fragment ? `${page}#${title.fragment.replace(/ /gu, '_')}` : page };
		}
		const compared: Condition =
			comparator === 'like' || comparator === 'nlike'
				? { kind: 'page', comparator, pattern: value.replace(/_/gu, ' ') }
				: { kind: 'page', comparator: comparator as Comparator, key: value.replace(/_/gu, ' ') };
		return namespace === undefined ? compared : { kind: 'and', parts: [{ kind: 'namespace', namespace }, compared] };
	}

	/** The end of an atom: `|+depth=N`, then `]]`; anything else is reported and skipped to the next `]]`. */
	private finish(chunk: Chunk, condition: Condition | undefined): Condition | undefined {
		let result = condition;
		if (!result) this.unexpected(chunk);
		if (chunk.text === '|') {
			const bar = chunk;
			chunk = this.reader.read(CLOSE_STOP);
			let label = '|';
			let wrong = true;
			if (chunk.text.includes('+depth=')) {
				const depth = Number.parseInt(chunk.text.split('=')[1] ?? '', 10);
				if (result) result = withDepth(result, Number.isFinite(depth) ? depth : 0);
				chunk = this.reader.read(CLOSE_STOP);
				wrong = false;
			}
			if (chunk.text !== ']]') {
				label += chunk.text;
				chunk = this.reader.read(CLOSE_STOP);
			}
			if (wrong)
				this.issue(
					'smw_unexpectedpart',
					`The part \`${label}\` of the query was not understood, so it is ignored: a single \`|\` ends a condition's value (only \`|+depth=N\` may follow). Use \`||\` for "or".`,
					{ text: label, start: bar.start, end: chunk.start },
				);
		}
		if (chunk.text !== ']]') {
			if (chunk.text !== '') {
				this.issue(
					'smw_misplacedsymbol',
					`The symbol \`${chunk.text}\` was used where it has no use, so the rest up to \`]]\` is skipped.`,
					chunk,
				);
				chunk = this.reader.read(CLOSE_STOP);
				if (chunk.text !== ']]') chunk = this.reader.read(CLOSE_STOP);
			}
			if (chunk.text === '')
				this.issue('smw_noclosingbrackets', 'A `[[` in the query is not closed by a matching `]]`. Add the `]]`.', {
					text: '',
					start: Math.max(0, this.text.length - 1),
					end: this.text.length,
				});
		}
		return result;
	}
}

/** `[[Category:A||B]]` is one class condition with both categories. */
function mergeClasses(condition: Condition | undefined): Condition | undefined {
	if (condition?.kind !== 'or' || !condition.parts.every((p) => p.kind === 'class')) return condition;
	return { kind: 'class', categories: condition.parts.flatMap((p) => (p.kind === 'class' ? p.categories : [])) };
}

/** A concept's query as read (once per store), or undefined when the store has no such concept. */
export interface ReadConcept {
	readonly condition: Condition;
	readonly issues: readonly ConditionIssue[];
}

const concepts = new WeakMap<QueryStore, Map<string, ReadConcept>>();

/**
 * The condition of a concept page's `{{#concept:...}}` query, read once per store.
 * @example readConcept(store, 'Concept:High_peaks')?.condition
 */
export function readConcept(store: QueryStore, id: string): ReadConcept | undefined {
	const concept = store.concepts.get(id);
	if (!concept) return undefined;
	let cache = concepts.get(store);
	if (!cache) concepts.set(store, (cache = new Map()));
	let read = cache.get(id);
	if (!read) {
		const parser = new ConditionParser(store, concept.query.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>'));
		read = { condition: parser.parse(), issues: parser.issues };
		cache.set(id, read);
	}
	return read;
}
