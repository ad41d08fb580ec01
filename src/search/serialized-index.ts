import type { AsPlainObject } from 'minisearch';
import { indexTerms, tokenize } from './analyzer.ts';
import type { SearchDocument } from './types.ts';

/** Indexed fields and how much a match in each counts (BM25 score times boost). */
export const FIELD_BOOSTS = { title: 3, name: 2, domains: 2, headings: 1.5, summary: 1.5, facts: 1.5, text: 1 } as const;

/** What the index keeps of each page to show it in a result list (`StoredPage`). */
export const STORED_FIELDS = ['title', 'type', 'url', 'domains'] as const;

/** The indexed text of a field: a list (domains) is joined; stored fields keep their type. */
export function stringifyField(value: unknown): string {
	return Array.isArray(value) ? value.join(' ') : String(value);
}

type Postings = Record<number, Record<number, number>>;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * MiniSearch's serialized index (`toJSON`, serialization version 2) of the pages, made directly: the same
 * documents, field lengths, running field-length averages, stored fields and term postings that adding them
 * one by one (sorted by id) to a MiniSearch with `SearchIndex`'s options and serializing it gives, without
 * building MiniSearch's radix tree first (which cost most of an export after an edit). Terms are listed in code
 * unit order and every object's keys are in sorted order, so `JSON.stringify` of it is byte-stable.
 */
export function serializedIndex(documents: readonly SearchDocument[]): AsPlainObject {
	const sorted = [...documents].sort((a, b) => byCodeUnit(a.id, b.id));
	const fields = Object.keys(FIELD_BOOSTS);
	const averageFieldLength: number[] = [];
	const documentIds: Record<number, string> = {};
	const fieldLength: Record<number, number[]> = {};
	const storedFields: Record<number, Record<string, unknown>> = {};
	const postings = new Map<string, Postings>();
	sorted.forEach((doc, docId) => {
		documentIds[docId] = doc.id;
		// Sorted keys, as the export writes every object.
		const stored: Record<string, unknown> = {};
		for (const name of [...STORED_FIELDS].sort(byCodeUnit)) if (doc[name] !== undefined) stored[name] = doc[name];
		storedFields[docId] = stored;
		const lengths: number[] = [];
		fields.forEach((field, fieldId) => {
			const value = doc[field as keyof SearchDocument];
			if (value == null) return;
			const tokens = tokenize(stringifyField(value));
			lengths[fieldId] = new Set(tokens).size;
			// MiniSearch's running average, computed the same way so the numbers are the same.
			averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * docId + lengths[fieldId]!) / (docId + 1);
			// Counted per page first: a page repeats its words, the shared postings are touched once per term.
			const counts = new Map<string, number>();
			for (const token of tokens) for (const term of indexTerms(token)) counts.set(term, (counts.get(term) ?? 0) + 1);
			for (const [term, count] of counts) {
				let byField = postings.get(term);
				if (!byField) postings.set(term, (byField = {}));
				(byField[fieldId] ??= {})[docId] = count;
			}
		});
		fieldLength[docId] = lengths;
	});
	const index = [...postings.keys()].sort(byCodeUnit).map((term) => [term, postings.get(term)!] as [string, Postings]);
	const fieldIds = Object.fromEntries(fields.map((field, id) => [field, id] as const).sort((a, b) => byCodeUnit(a[0], b[0])));
	return {
		averageFieldLength,
		dirtCount: 0,
		documentCount: sorted.length,
		documentIds,
		fieldIds,
		fieldLength,
		index,
		nextId: sorted.length,
		serializationVersion: 2,
		storedFields,
	};
}
