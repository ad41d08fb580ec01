import type { AsPlainObject } from 'minisearch';
import { indexTerms, tokenize } from './analyzer.ts';
import type { SearchDocument } from './types.ts';
import { compareCodeUnits } from '../text/index.ts';

/** Indexed fields and how much a match in each counts (BM25 score times boost). */
export const FIELD_BOOSTS = {
	title: 3,
	name: 2,
	domains: 2,
	headings: 1.5,
	summary: 1.5,
	facts: 1.5,
	text: 1,
} as const;

/** What the index keeps of each page to show it in a result list (`StoredPage`). */
export const STORED_FIELDS = ['title', 'type', 'url', 'domains'] as const;

/** The indexed text of a field: a list (domains) is joined; stored fields keep their type. */
export function stringifyField(value: unknown): string {
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * What one page adds to the index, made from its document alone: per indexed field (by field id), the number of
 * distinct words (`null` for a field the document lacks) and each term with how often the field holds it. A run
 * keeps these per page in its cache folder, so after an edit only the edited page is analysed again.
 */
export interface DocumentTerms {
	/** Distinct words per field id, as MiniSearch counts a field's length; `null` where the field is missing. */
	readonly lengths: readonly (number | null)[];
	/** Per field id, the field's terms (empty for a missing field). */
	readonly terms: readonly (readonly string[])[];
	/** Per field id, how often each of `terms` occurs, in the same order. */
	readonly counts: readonly (readonly number[])[];
}

/** The index terms of one page's document (see `DocumentTerms`). */
export function documentTerms(doc: SearchDocument): DocumentTerms {
	const lengths: (number | null)[] = [];
	const terms: string[][] = [];
	const counts: number[][] = [];
	Object.keys(FIELD_BOOSTS).forEach((field, fieldId) => {
		const value = doc[field as keyof SearchDocument];
		const byTerm = new Map<string, number>();
		if (value == null) lengths.push(null);
		else {
			const tokens = tokenize(stringifyField(value));
			lengths.push(new Set(tokens).size);
			// Counted per page: a page repeats its words, the shared postings are touched once per term.
			for (const token of tokens) for (const term of indexTerms(token)) byTerm.set(term, (byTerm.get(term) ?? 0) + 1);
		}
		terms.push([...byTerm.keys()]);
		counts.push([...byTerm.values()]);
	});
	return { lengths, terms, counts };
}

/** Is this value (read back from a cache folder) a page's `DocumentTerms`? */
export function isDocumentTerms(value: unknown): value is DocumentTerms {
	if (typeof value !== 'object' || value === null) return false;
	const { lengths, terms, counts } = value as Record<string, unknown>;
	const fields = Object.keys(FIELD_BOOSTS).length;
	if (!Array.isArray(lengths) || !Array.isArray(terms) || !Array.isArray(counts)) return false;
	if (lengths.length !== fields || terms.length !== fields || counts.length !== fields) return false;
	return lengths.every((n, i) => {
		const t: unknown = terms[i];
		const c: unknown = counts[i];
		if (!Array.isArray(t) || !Array.isArray(c) || t.length !== c.length) return false;
		if (n === null) return t.length === 0;
		return (
			Number.isInteger(n) &&
			t.every((term) => typeof term === 'string') &&
			c.every((count) => Number.isInteger(count) && count > 0)
		);
	});
}

/**
 * MiniSearch's serialized index (`toJSON`, serialization version 2) of the pages, as JSON text made directly:
 * the same documents, field lengths, running field-length averages, stored fields and term postings that adding
 * them one by one (sorted by id) to a MiniSearch with `SearchIndex`'s options and serializing it gives, without
 * building MiniSearch's radix tree and then an object per posting list (which cost most of an export after an
 * edit). Terms are listed in code unit order and every object's keys are in sorted order, as `stableStringify`
 * writes them, so the text is byte-stable.
 * @param analysed each document's terms, in the order of `documents` (made from the documents when left out)
 */
export function serializedIndexText(
	documents: readonly SearchDocument[],
	analysed: readonly DocumentTerms[] = documents.map(documentTerms),
): string {
	const order = documents.map((_, i) => i).sort((a, b) => compareCodeUnits(documents[a]!.id, documents[b]!.id));
	const averageFieldLength: number[] = [];
	const fieldLength: string[] = [];
	const storedFields: string[] = [];
	// Per term and field, the pages that hold it and how often, flat (`[docId, count, docId, count, ...]`) and in
	// page order, since pages are read in order.
	const postings = new Map<string, number[][]>();
	const storedNames = [...STORED_FIELDS].sort(compareCodeUnits);
	order.forEach((at, docId) => {
		const doc = documents[at]!;
		const { lengths, terms, counts } = analysed[at]!;
		storedFields.push(
			`"${docId}":{${storedNames
				.filter((name) => doc[name] !== undefined)
				.map((name) => `"${name}":${JSON.stringify(doc[name])}`)
				.join(',')}}`,
		);
		lengths.forEach((length, fieldId) => {
			if (length === null) return;
			// MiniSearch's running average, computed the same way so the numbers are the same.
			averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * docId + length) / (docId + 1);
			const fieldTerms = terms[fieldId]!;
			const fieldCounts = counts[fieldId]!;
			for (let i = 0; i < fieldTerms.length; i++) {
				const term = fieldTerms[i]!;
				let byField = postings.get(term);
				if (!byField) postings.set(term, (byField = []));
				(byField[fieldId] ??= []).push(docId, fieldCounts[i]!);
			}
		});
		// A missing field is a hole in MiniSearch's array (`null` in JSON), and one at the end is left out.
		let end = lengths.length;
		while (end > 0 && lengths[end - 1] === null) end--;
		const written = lengths.slice(0, end);
		fieldLength.push(`"${docId}":${JSON.stringify(written)}`);
	});
	const index = [...postings.keys()].sort(compareCodeUnits).map((term) => {
		const byField = postings.get(term)!;
		const entries: string[] = [];
		byField.forEach((flat, fieldId) => {
			const pairs: string[] = [];
			for (let i = 0; i < flat.length; i += 2) pairs.push(`"${flat[i]}":${flat[i + 1]}`);
			entries.push(`"${fieldId}":{${pairs.join(',')}}`);
		});
		return `[${JSON.stringify(term)},{${entries.join(',')}}]`;
	});
	const fieldIds = Object.keys(FIELD_BOOSTS)
		.map((field, id) => [field, id] as const)
		.sort((a, b) => compareCodeUnits(a[0], b[0]));
	return [
		`{"averageFieldLength":${JSON.stringify(averageFieldLength)}`,
		`"dirtCount":0`,
		`"documentCount":${documents.length}`,
		`"documentIds":{${order.map((at, docId) => `"${docId}":${JSON.stringify(documents[at]!.id)}`).join(',')}}`,
		`"fieldIds":{${fieldIds.map(([field, id]) => `"${field}":${id}`).join(',')}}`,
		`"fieldLength":{${fieldLength.join(',')}}`,
		`"index":[${index.join(',')}]`,
		`"nextId":${documents.length}`,
		`"serializationVersion":2`,
		`"storedFields":{${storedFields.join(',')}}}`,
	].join(',');
}

/** The serialized index of `serializedIndexText` as data (what `SearchIndex.load` takes). */
export function serializedIndex(documents: readonly SearchDocument[]): AsPlainObject {
	return JSON.parse(serializedIndexText(documents)) as AsPlainObject;
}
