import type { AsPlainObject } from 'minisearch';
import { indexTerms, tokenize } from './analyzer.ts';
import type { SearchDocument } from './types.ts';
import { compareCodeUnits } from '../text/index.ts';

/** Indexed fields and how much a match in each counts (BM25 score times boost). */
export const FIELD_BOOSTS = { title: 3, name: 2, domains: 2, headings: 1.5, summary: 1.5, facts: 1.5, text: 1 } as const;

/** What the index keeps of each page to show it in a result list (`StoredPage`). */
export const STORED_FIELDS = ['title', 'type', 'url', 'domains'] as const;

/** The indexed text of a field: a list (domains) is joined; stored fields keep their type. */
export function stringifyField(value: unknown): string {
	return Array.isArray(value) ? value.join(' ') : String(value);
}


/**
 * MiniSearch's serialized index (`toJSON`, serialization version 2) of the pages, as JSON text made directly:
 * the same documents, field lengths, running field-length averages, stored fields and term postings that adding
 * them one by one (sorted by id) to a MiniSearch with `SearchIndex`'s options and serializing it gives, without
 * building MiniSearch's radix tree and then an object per posting list (which cost most of an export after an
 * edit). Terms are listed in code unit order and every object's keys are in sorted order, as `stableStringify`
 * writes them, so the text is byte-stable.
 */
export function serializedIndexText(documents: readonly SearchDocument[]): string {
	const sorted = [...documents].sort((a, b) => compareCodeUnits(a.id, b.id));
	const fields = Object.keys(FIELD_BOOSTS);
	const averageFieldLength: number[] = [];
	const fieldLength: string[] = [];
	const storedFields: string[] = [];
	// Per term and field, the pages that hold it and how often, flat (`[docId, count, docId, count, ...]`) and in
	// page order, since pages are read in order.
	const postings = new Map<string, number[][]>();
	const storedNames = [...STORED_FIELDS].sort(compareCodeUnits);
	sorted.forEach((doc, docId) => {
		storedFields.push(`"${docId}":{${storedNames.filter((name) => doc[name] !== undefined).map((name) => `"${name}":${JSON.stringify(doc[name])}`).join(',')}}`);
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
				if (!byField) postings.set(term, (byField = []));
				(byField[fieldId] ??= []).push(docId, count);
			}
		});
		fieldLength.push(`"${docId}":${JSON.stringify(lengths)}`);
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
	const fieldIds = fields.map((field, id) => [field, id] as const).sort((a, b) => compareCodeUnits(a[0], b[0]));
	return [
		`{"averageFieldLength":${JSON.stringify(averageFieldLength)}`,
		`"dirtCount":0`,
		`"documentCount":${sorted.length}`,
		`"documentIds":{${sorted.map((doc, docId) => `"${docId}":${JSON.stringify(doc.id)}`).join(',')}}`,
		`"fieldIds":{${fieldIds.map(([field, id]) => `"${field}":${id}`).join(',')}}`,
		`"fieldLength":{${fieldLength.join(',')}}`,
		`"index":[${index.join(',')}]`,
		`"nextId":${sorted.length}`,
		`"serializationVersion":2`,
		`"storedFields":{${storedFields.join(',')}}}`,
	].join(',');
}

/** The serialized index of `serializedIndexText` as data (what `SearchIndex.load` takes). */
export function serializedIndex(documents: readonly SearchDocument[]): AsPlainObject {
	return JSON.parse(serializedIndexText(documents)) as AsPlainObject;
}
