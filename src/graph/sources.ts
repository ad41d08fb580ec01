/** The sources a page cites, read the one way the graph reads them (facts first, else metadata). Pure. */
import type { ParsedPage } from '../parse/index.ts';
import { normalizePropertyName } from './registry.ts';
import { pageMetadata } from './metadata.ts';
import type { SourceRef } from './types.ts';
import { parseSource, sourceIdentity } from './values.ts';

/**
 * The sources of a page as its graph node holds them: its well-formed `[[source::Type|Title|URL]]` facts in
 * written order, unique by identity; when it has none, the sources its metadata states without a property
 * (a `Source File` row of a metadata table, an infobox link, a Knowledge Sources section).
 */
export function pageSources(page: ParsedPage): SourceRef[] {
	const out: SourceRef[] = [];
	const add = (ref: SourceRef) => {
		if (!out.some((s) => sourceIdentity(s) === sourceIdentity(ref))) out.push(ref);
	};
	for (const fact of page.facts) {
		const ref = normalizePropertyName(fact.property) === 'source' ? parseSource(fact.value.trim()) : undefined;
		if (ref) add(ref);
	}
	if (out.length === 0) pageMetadata(page).sources.forEach(add);
	return out;
}
